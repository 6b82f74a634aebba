// A throwaway PostgreSQL 15 cluster in a temporary folder, for one bench run: initdb,
// pg_ctl start on a free port with its socket in the same folder, and stop (then the
// folder removed) however the run ends.
import { execFile } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./processes.ts";

const execute = promisify(execFile);
/** PostgreSQL refuses to run as root: then initdb and pg_ctl run as the `postgres` user. */
const asRoot = process.getuid?.() === 0;
const run = (command: string, args: string[]) =>
  asRoot ? execute("runuser", ["-u", "postgres", "--", command, ...args]) : execute(command, args);
const BIN = process.env.BENCH_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type Cluster = {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startCluster(): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), "hemicycle-bench-pg-"));
  try {
    return await start(dir);
  } catch (error) {
    await run(join(BIN, "pg_ctl"), ["-D", join(dir, "data"), "-m", "immediate", "-w", "stop"]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function start(dir: string): Promise<Cluster> {
  const data = join(dir, "data");
  if (asRoot) {
    const { execFileSync } = await import("node:child_process");
    const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" })));
    await chown(dir, uid!, gid!);
  }
  const port = await freePort();
  await run(join(BIN, "initdb"), [
    "-D",
    data,
    "-U",
    "bench",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  // Default settings but durability (a throwaway cluster: only seeding is faster for it)
  // and room for the app's pool, the raw handler's and the bench's own connections.
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  await run(join(BIN, "pg_ctl"), ["-D", data, "-l", join(dir, "log"), "-w", "-t", "60", "-o", settings, "start"]);
  let stopped = false;
  const url = (database: string) => `postgresql://bench@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: async (name) => {
      await execute(join(BIN, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "bench", name]);
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await run(join(BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
