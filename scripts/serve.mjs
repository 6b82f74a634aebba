#!/usr/bin/env node
// `pnpm serve`: the built server (server/dist/main.js) started with the environment of
// scripts/server-env.mjs, in the foreground: Ctrl+C and SIGTERM reach it, and it closes
// the database cleanly before this exits with its code.
import { spawn } from "node:child_process";
import { serverEnv } from "./server-env.mjs";

const server = spawn(process.execPath, ["server/dist/main.js", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: serverEnv(),
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
