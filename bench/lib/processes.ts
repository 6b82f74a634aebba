// The processes a bench run starts: the app (bundled by app/build.ts) and the raw
// handler, each on a free port, waited for until it answers, read for its memory
// (RSS from /proc), and stopped with SIGTERM (SIGKILL after 10 s).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export type Started = {
  url: string;
  pid: number;
  /** Milliseconds from spawn until the ready path first answered 200. */
  startMs: number;
  output: () => string;
  /** Resident memory in MB, from /proc/<pid>/status. */
  rssMb: () => Promise<number>;
  stop: () => Promise<void>;
};

const running = new Set<Started>();
const scratchDirs: string[] = [];

/** A temporary folder, removed by stopAll. */
export async function scratchDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `hemicycle-bench-${name}-`));
  scratchDirs.push(dir);
  return dir;
}

/** Stops every process still running and removes the temporary folders (the bench's finally). */
export async function stopAll() {
  await Promise.all([...running].map((p) => p.stop()));
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function startProcess(options: {
  script: string;
  env: Record<string, string>;
  readyPath: string;
  timeoutMs?: number;
  /** Node's own options before the script (`--cpu-prof`, which NODE_OPTIONS may not carry). */
  nodeArgs?: string[];
}): Promise<Started> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  Object.assign(env, { PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: url }, options.env);
  const began = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const stop = async () => {
    running.delete(started);
    if (!isRunning(child)) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const started: Started = {
    url,
    pid: child.pid!,
    startMs: 0,
    output: () => output,
    rssMb: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    stop,
  };
  running.add(started);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (!isRunning(child))
      throw new Error(`${options.script} exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    const ok = await fetch(url + options.readyPath, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.script} did not answer ${options.readyPath} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  started.startMs = performance.now() - began;
  return started;
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
