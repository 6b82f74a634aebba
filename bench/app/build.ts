// Bundles the app for the bench the way server/scripts/build.mjs bundles server/dist
// (our code bundled, npm dependencies external), into a folder of our own so that
// server/dist, which other tests run, is left alone: main.js (server/src/main.ts, for the
// start-up figure) and bench-app.js (app/entry.ts, for the load). The folder sits under
// server/node_modules so that the external dependencies resolve as they do for dist/; each
// run has its own, removed when the run ends, so that two runs at once (several people on
// one checkout) do not delete each other's bundle mid-run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "../lib/processes.ts";

const bundleRoot = join(repoRoot, "server", "node_modules", ".cache");

export async function buildBundles(): Promise<{ main: string; benchApp: string; ms: number }> {
  const serverPkg = join(repoRoot, "server", "package.json");
  const { build } = createRequire(serverPkg)("esbuild") as { build: (options: object) => Promise<unknown> };
  const pkg = JSON.parse(readFileSync(serverPkg, "utf8")) as { dependencies: Record<string, string> };
  const external = Object.entries(pkg.dependencies)
    .filter(([, version]) => !version.startsWith("workspace:"))
    .map(([name]) => name);
  const started = performance.now();
  mkdirSync(bundleRoot, { recursive: true });
  const bundleDir = mkdtempSync(join(bundleRoot, "hemicycle-bench-"));
  process.once("exit", () => rmSync(bundleDir, { recursive: true, force: true }));
  await build({
    entryPoints: {
      main: join(repoRoot, "server", "src", "main.ts"),
      "bench-app": join(repoRoot, "bench", "app", "entry.ts"),
    },
    outdir: bundleDir,
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    external: [...external, ...external.map((name) => `${name}/*`)],
    logLevel: "warning",
  });
  return {
    main: join(bundleDir, "main.js"),
    benchApp: join(bundleDir, "bench-app.js"),
    ms: performance.now() - started,
  };
}
