// What every benchmark gets: the options of this run, the databases (seeded), the
// bundled app, the figures collected for the table and bench/results.md.
import { join } from "node:path";
import { existsSync } from "node:fs";
import { repoRoot, scratchDir, startProcess, type Started } from "./processes.ts";
import { SERVER_ENV } from "../../scripts/server-env.mjs";

export type Options = {
  quick: boolean;
  /** Seconds of each measured load run, and of each warm-up. */
  seconds: number;
  warmupSeconds: number;
  /** Measured runs per figure (baseline and candidate interleaved); the figure is their median. */
  rounds: number;
  scale: number;
  pgliteScale: number;
};

export type Figure = {
  bench: string;
  what: string;
  value: string;
  goal: string;
  /** The figure from before the work (issue 10), or the baseline measured in this run. */
  baseline: string;
  met: boolean | null;
};

export type Context = {
  options: Options;
  /** PostgreSQL seeded at options.scale. */
  postgresUrl: () => Promise<string>;
  /** PostgreSQL seeded at options.pgliteScale (the same database when the scales match). */
  postgresUrlAtPgliteScale: () => Promise<string>;
  /** PostgreSQL database `name` of the run's cluster seeded at `scale` (BENCH_DATABASE_URL when given). */
  postgresUrlAt: (name: string, scale: number) => Promise<string>;
  /** A data folder whose pglite/ is seeded at options.pgliteScale. */
  pgliteDataDir: () => Promise<string>;
  bundles: { main: string; benchApp: string };
  figures: Figure[];
  notes: string[];
};

export const AUTH_SECRET = "hemicycle-bench-secret-0123456789abcdef";
const clientDist = join(repoRoot, "client", "dist");

/**
 * The environment of the app in production, on PostgreSQL or a PGlite folder (the client
 * served when built), with the settings `npm start` and `pnpm serve` start it with
 * (scripts/server-env.mjs).
 */
export async function appEnv(target: { databaseUrl: string } | { dataDir: string }): Promise<Record<string, string>> {
  return {
    ...SERVER_ENV,
    NODE_ENV: "production",
    AUTH_SECRET,
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    ...(existsSync(clientDist) ? { CLIENT_DIST: clientDist } : {}),
    ...("databaseUrl" in target
      ? { DATABASE_URL: target.databaseUrl, DATA_DIR: await scratchDir("app") }
      : { DATA_DIR: target.dataDir }),
  };
}

/** The app (app/entry.ts, production mode, no demo seeding) on PostgreSQL or on a PGlite folder. */
export async function startApp(
  script: string,
  target: { databaseUrl: string } | { dataDir: string },
): Promise<Started> {
  return startProcess({ script, readyPath: "/ready", env: await appEnv(target) });
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "—";
export const pct = (ratio: number) => `${fmt(ratio * 100)} %`;
