// The built server (`node server/dist/main.js`) as a process the operations tests can
// stop the hard way: started on a data folder (its PGlite) or a PostgreSQL URL that
// outlive it, so that a second start finds what the first one left; and a tiny tRPC
// client over plain HTTP (superjson bodies, the session cookie) to talk to it.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../bench/lib/processes.ts";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
// HC_SERVER_ENTRY: another build of the server to start (one made away from a busy working tree).
const serverEntry = process.env.HC_SERVER_ENTRY ?? join(repoRoot, "server", "dist", "main.js");

export type ServerTarget = { dataDir: string; databaseUrl?: string };

export type ServerProcess = {
  url: string;
  /** Everything the server printed so far (stdout and stderr interleaved). */
  output: () => string;
  /** SIGKILL: no shutdown hook, no database close, whatever is in flight. */
  kill9: () => Promise<void>;
  /** SIGTERM and wait: the server's clean shutdown. */
  stop: () => Promise<void>;
};

export async function startServer(target: ServerTarget, env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: build the app first (pnpm build)`);
  // A fixed PORT in `env` (a restart behind a proxy that knows the instance's address), else a free one.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const url = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.DATABASE_URL;
  delete childEnv.NODE_OPTIONS;
  Object.assign(childEnv, {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: target.dataDir,
    SEED_DEMO: "true",
    PUBLIC_URL: url,
    LOG_LEVEL: "warn",
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    ...env,
  });
  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));

  const kill9 = async () => {
    if (isRunning(child)) child.kill("SIGKILL");
    await exited;
  };
  const stop = async () => {
    if (!isRunning(child)) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    await waitForHealth(url, child, 90_000);
  } catch (error) {
    await kill9();
    throw new Error(`The server did not become healthy at ${url}: ${String(error)}\n--- output ---\n${output}`, {
      cause: error,
    });
  }
  return { url, output: () => output, kill9, stop };
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (!isRunning(child)) throw new Error(`the server exited (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `GET /ready answered ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms (${last})`);
}

/** One tRPC call's outcome: the HTTP status, and the data or the error's shape. */
export type CallResult = { status: number; data?: unknown; error?: { code?: string; message?: string } };

/** A tRPC call over HTTP as the client makes it (superjson, no batching). Throws when the connection fails. */
export async function callProcedure(
  url: string,
  kind: "query" | "mutation",
  path: string,
  input: unknown,
  cookie?: string,
): Promise<CallResult> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const encoded = JSON.stringify({ json: input });
  const response =
    kind === "query"
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(encoded)}`, { headers })
      : await fetch(`${url}/trpc/${path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: encoded,
        });
  const body = (await response.json().catch(() => null)) as {
    result?: { data?: { json?: unknown } };
    error?: { json?: { message?: string; data?: { code?: string } } };
  } | null;
  if (body?.result) return { status: response.status, data: body.result.data?.json };
  return {
    status: response.status,
    error: { code: body?.error?.json?.data?.code, message: body?.error?.json?.message },
  };
}

/** Signs in and returns the session cookie to send back (`name=value`). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email, password } }),
  });
  const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0]!);
  const session = cookies.find((c) => c.includes("session_token="));
  if (response.status !== 200 || !session) {
    throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`);
  }
  return cookies.join("; ");
}
