#!/usr/bin/env node
// The README's commands on a machine that has only Node and npm: makes sure the pinned
// pnpm is there (through npx when it is not installed), installs the workspace, then
// builds and starts the app (`start`) or runs the whole test suite (`test`).
import { spawnSync, spawn } from "node:child_process";
import { serverEnv } from "./server-env.mjs";

const PNPM_VERSION = "12.4.2";
const task = process.argv[2];
if (task !== "start" && task !== "test") {
  console.error("Usage: node scripts/bootstrap.mjs start|test");
  process.exit(2);
}

function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ["pnpm"];
  return ["npx", "--yes", `pnpm@${PNPM_VERSION}`];
}

function run(command, args) {
  const result = spawnSync(command[0], [...command.slice(1), ...args], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const pnpm = pnpmCommand();
run(pnpm, ["install", "--frozen-lockfile"]);

if (task === "test") {
  run(pnpm, ["run", "test:all"]);
} else {
  run(pnpm, ["run", "build"]);
  // The server in the foreground: Ctrl+C reaches it, and it closes the database cleanly.
  const server = spawn(process.execPath, ["server/dist/main.js"], { stdio: "inherit", env: serverEnv() });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
