// The machine and versions a run is measured on, for the head of bench/results.md.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "./processes.ts";

const tryRun = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { cwd: repoRoot, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
};

export const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

export function machine(postgresVersion: string): Record<string, string> {
  const pglitePackage = join(
    dirname(createRequire(join(repoRoot, "server", "package.json")).resolve("@electric-sql/pglite")),
    "..",
    "package.json",
  );
  let pglite = "unknown";
  try {
    pglite = (JSON.parse(readFileSync(pglitePackage, "utf8")) as { version: string }).version;
  } catch {
    // keep "unknown"
  }
  const dirty = tryRun("git", ["status", "--porcelain", "--untracked-files=no"]) ? " (with uncommitted changes)" : "";
  return {
    cores: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    PostgreSQL: postgresVersion,
    PGlite: pglite,
    commit: `${tryRun("git", ["rev-parse", "--short", "HEAD"])}${dirty}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}
