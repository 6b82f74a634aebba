// `pnpm bench [throughput|dashboard|lists|pglite|footprint|lighthouse …] [--quick] [--scale n] [--pglite-scale n]
// [--seconds n] [--rounds n]`: the benchmarks of issue 10 (bench/README.md says what lives
// where, docs/performance.md "The benchmark" what each figure means). Starts a throwaway
// PostgreSQL 15 cluster (unless BENCH_DATABASE_URL) and seeds it with bench/seed, seeds a
// PGlite folder (unless BENCH_PGLITE_DIR), bundles the app, runs the benchmarks asked for
// (all by default), prints each figure next to its goal and baseline and writes
// bench/results.md. The cluster and the temporary folders go away however the run ends.
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openAndMigrate } from "../server/src/db/database.ts";
import { buildBundles } from "./app/build.ts";
import { bundle, gantt } from "./client/run.ts";
import { dashboard } from "./dashboard/run.ts";
import { footprint } from "./footprint/run.ts";
import type { Context, Figure, Options } from "./lib/context.ts";
import { loadAverage, machine } from "./lib/machine.ts";
import { startCluster, type Cluster } from "./lib/postgres-cluster.ts";
import { repoRoot, scratchDir, stopAll } from "./lib/processes.ts";
import { lighthouse } from "./lighthouse/run.ts";
import { lists } from "./lists/run.ts";
import { pglite } from "./pglite/run.ts";
import { DEFAULT_SEED, seedBench, tablesWithRows } from "./seed/seed.ts";
import { stderrProgress } from "./seed/writer.ts";
import { throughput } from "./throughput/run.ts";

const BENCHMARKS = { throughput, dashboard, lists, pglite, footprint, lighthouse, bundle, gantt } as const;
type Name = keyof typeof BENCHMARKS;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: "boolean", default: false },
    scale: { type: "string" },
    "pglite-scale": { type: "string" },
    seconds: { type: "string" },
    rounds: { type: "string" },
  },
});
const unknown = positionals.filter((name) => !(name in BENCHMARKS));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; pick from ${Object.keys(BENCHMARKS).join(", ")}.`);
  process.exit(2);
}
const selected = (positionals.length ? positionals : Object.keys(BENCHMARKS)) as Name[];
const quick = values.quick;
const scale = Number(values.scale ?? (quick ? 0.01 : 1));
const options: Options = {
  quick,
  scale,
  pgliteScale: Number(values["pglite-scale"] ?? (quick ? scale : 1)),
  seconds: Number(values.seconds ?? (quick ? 2 : 5)),
  warmupSeconds: quick ? 1 : 2,
  rounds: Number(values.rounds ?? (quick ? 2 : 3)),
};

const began = performance.now();
const loadBefore = loadAverage();
const cleanups: (() => Promise<void>)[] = [];
let cluster: Cluster | undefined;
const notes: string[] = [];

/** Opens a database, seeds it unless it already holds rows, closes it. */
async function ensureSeeded(target: Parameters<typeof openAndMigrate>[0], scaleOf: number, label: string) {
  const { db } = await openAndMigrate(target);
  try {
    if ((await tablesWithRows(db)).length) {
      console.error(`${label}: already holds rows; not seeded again`);
      notes.push(`${label} was given already seeded; its scale is whatever it was seeded at.`);
      return;
    }
    const started = performance.now();
    console.error(`Seeding ${label} at scale ${scaleOf}…`);
    await seedBench(db, { scale: scaleOf, seed: DEFAULT_SEED, report: stderrProgress() });
    const seconds = (performance.now() - started) / 1000;
    console.error(`${label} seeded in ${seconds.toFixed(0)} s`);
    notes.push(`${label} seeded at scale ${scaleOf} in ${seconds.toFixed(0)} s.`);
  } finally {
    await db.close();
  }
}

const memo = <T>(make: () => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= make());
};

async function clusterOnce(): Promise<Cluster> {
  if (!cluster) {
    cluster = await startCluster();
    cleanups.push(() => cluster!.stop());
  }
  return cluster;
}

async function postgresAt(database: string, scaleOf: number): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const c = await clusterOnce();
  await c.createDatabase(database);
  const url = c.url(database);
  await ensureSeeded({ kind: "postgresql", url, poolSize: 4 }, scaleOf, `PostgreSQL (${database})`);
  return url;
}

async function cleanUp() {
  await stopAll();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}
// Interrupted (Ctrl+C, a CI timeout): the cluster and the processes go all the same.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the bench's processes and cluster…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  console.error(`Bundling the app…`);
  const bundles = await buildBundles();
  const postgresUrl = memo(() => postgresAt("bench", options.scale));
  const context: Context = {
    options,
    postgresUrl,
    postgresUrlAtPgliteScale: memo(() =>
      options.pgliteScale === options.scale ? postgresUrl() : postgresAt("bench_pglite_scale", options.pgliteScale),
    ),
    postgresUrlAt: (name, scaleOf) => (scaleOf === options.scale ? postgresUrl() : postgresAt(name, scaleOf)),
    pgliteDataDir: memo(async () => {
      const dir = process.env.BENCH_PGLITE_DIR ?? (await scratchDir("pglite"));
      await ensureSeeded({ kind: "pglite", dataDir: join(dir, "pglite") }, options.pgliteScale, "PGlite");
      return dir;
    }),
    bundles,
    figures: [],
    notes,
  };
  for (const name of selected) {
    console.error(`Running ${name}…`);
    await BENCHMARKS[name](context);
  }
  const postgresVersion = (() => {
    try {
      return execFileSync("/usr/lib/postgresql/15/bin/postgres", ["--version"], { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  })();
  const minutes = (performance.now() - began) / 60_000;
  const report = render(context.figures, {
    ...machine(process.env.BENCH_DATABASE_URL ? "given by BENCH_DATABASE_URL" : postgresVersion),
    "load average (1, 5, 15 min)": `${loadBefore} at the start, ${loadAverage()} at the end`,
    run: `pnpm bench ${process.argv.slice(2).join(" ")}`.trim() + ` — ${minutes.toFixed(1)} min`,
    options: `scale ${options.scale} (PGlite ${options.pgliteScale}), ${options.rounds} rounds of ${options.seconds} s after ${options.warmupSeconds} s of warm-up, 10 connections`,
  });
  // Formatted as the repository's prettier --check wants it.
  const resultsFile = process.env.BENCH_RESULTS_FILE ?? join(repoRoot, "bench", "results.md");
  const prettier = await import("prettier");
  const config = (await prettier.resolveConfig(resultsFile)) ?? {};
  await writeFile(resultsFile, await prettier.format(report, { ...config, filepath: resultsFile }));
  console.log("\n" + table(context.figures));
  console.log(`\nWritten to bench/results.md (${minutes.toFixed(1)} min).`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

function table(figures: Figure[]): string {
  const rows = [
    ["#", "what", "figure", "goal", "baseline", ""],
    ...figures.map((f) => [
      f.bench,
      f.what,
      f.value,
      f.goal,
      f.baseline,
      f.met === null ? "" : f.met ? "met" : "missed",
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(rows[0]!), line(widths.map((w) => "-".repeat(w))), ...rows.slice(1).map(line)].join("\n");
}

function render(figures: Figure[], about: Record<string, string>): string {
  return [
    "# Benchmark results",
    "",
    'Written by `pnpm bench` (bench/README.md; docs/performance.md, "The benchmark", says what each figure',
    "means). Baselines in the table are the issue's figures from before the work, where it gave one; each",
    "figure compares with its own baseline measured in the same run (the raw handler, PostgreSQL, its SQL).",
    "",
    "| machine | |",
    "| --- | --- |",
    ...Object.entries(about).map(([k, v]) => `| ${k} | ${v} |`),
    "",
    table(figures),
    "",
    ...(notes.length ? ["Notes:", "", ...notes.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
}
