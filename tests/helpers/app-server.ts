// Starts the built app (`node server/dist/main.js`) for browser tests: a free port on
// 127.0.0.1, a fresh temporary DATA_DIR (so an embedded PGlite database of its own) and
// the demo data. `stop()` ends it and removes the folder.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../bench/lib/processes.ts";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const serverEntry = join(repoRoot, "server", "dist", "main.js");

export type AppServer = {
  url: string;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr interleaved). */
  output: () => string;
  stop: () => Promise<void>;
};

export async function startApp(options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<AppServer> {
  if (!existsSync(serverEntry)) {
    throw new Error(`${serverEntry} is missing: build the app first (pnpm build)`);
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "hc-e2e-"));
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The app under test uses its own embedded database unless a test asks otherwise.
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  Object.assign(env, {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SEED_DEMO: "true",
    PUBLIC_URL: url,
    ...options.env,
  });

  const child = spawn(process.execPath, [serverEntry], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await terminate(child, exited);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, exited, timeoutMs);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The app did not become healthy at ${url}/health: ${reason}\n--- server output ---\n${output}`, {
      cause: error,
    });
  }
  return { url, dataDir, output: () => output, stop };
}

async function waitForHealth(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the server exited with code ${exitCode}`);
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `GET /health answered ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms (${last})`);
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
