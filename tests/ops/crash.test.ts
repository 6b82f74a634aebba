// kill -9 during a burst of writes (issue 9, "Crashes"): the built server on a fresh
// PGlite data folder and, with TEST_DATABASE_URL, on a fresh PostgreSQL database; each
// round signs in, fires concurrent parliaments.create over HTTP, kills the process with
// SIGKILL once some of them were acknowledged (others still in flight), starts it again
// on the same data and checks that it opens by itself (ready, no repair) and holds every
// acknowledged create, with what was sent. HC_CRASH_ROUNDS rounds per database (3 in the
// suite; `pnpm test:crash` runs 10).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl, dropDatabase, withAdminClient } from "../helpers/postgres-admin.ts";
import { callProcedure, signIn, startServer, type ServerProcess, type ServerTarget } from "./server-process.ts";

const ROUNDS = Number(process.env.HC_CRASH_ROUNDS ?? 3);
/** Creates in flight at once (the server runs four of one user's calls at a time, the rest wait). */
const WORKERS = 24;
const PASSWORD = "hemicycle-demo";
const COORDINATOR = "coordinator@hemicycle.test";

type Acknowledged = { id: string; name: string };
type RoundReport = { round: number; acknowledged: number; refused: number; lost: number; writesPerSecond: number };

/**
 * One burst: WORKERS loops create parliaments until the process dies; the kill comes
 * when `killAfter` creates have been acknowledged, with up to WORKERS others under way.
 */
async function burstAndKill(server: ServerProcess, cookie: string, tag: string, killAfter: number) {
  const acknowledged: Acknowledged[] = [];
  let refused = 0; // answered, but not a 200 (a 429 when the budget runs out): not acknowledged
  let lost = 0; // the connection died under the request: nobody was told it was saved
  let killed = false;
  let sequence = 0;
  const started = performance.now();
  let killedAt = started;

  const worker = async () => {
    while (!killed) {
      const name = `${tag} #${sequence++}`;
      try {
        const result = await callProcedure(
          server.url,
          "mutation",
          "parliaments.create",
          {
            name,
            countryCode: "ZZ",
            region: "SADC",
            structure: "UNICAMERAL",
          },
          cookie,
        );
        const id = (result.data as { id?: string } | undefined)?.id;
        if (result.status === 200 && id) {
          acknowledged.push({ id, name });
          if (acknowledged.length >= killAfter && !killed) {
            killed = true;
            killedAt = performance.now();
            void server.kill9();
          }
        } else {
          refused++;
        }
      } catch {
        lost++;
        return;
      }
    }
  };
  const timeout = setTimeout(() => {
    if (!killed) {
      killed = true;
      void server.kill9();
    }
  }, 60_000);
  await Promise.all(Array.from({ length: WORKERS }, worker));
  clearTimeout(timeout);
  await server.kill9();
  const seconds = Math.max(0.001, (killedAt - started) / 1000);
  return { acknowledged, refused, lost, writesPerSecond: Math.round(acknowledged.length / seconds) };
}

/** Every parliament whose name contains `tag`, as the restarted server lists them. */
async function listByTag(url: string, cookie: string, tag: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const result = await callProcedure(
      url,
      "query",
      "parliaments.list",
      { search: tag, limit: 100, ...(cursor ? { cursor } : {}) },
      cookie,
    );
    expect(result.status, JSON.stringify(result.error)).toBe(200);
    const page = result.data as { items: { id: string; name: string }[]; nextCursor: string | null };
    for (const item of page.items) found.set(item.id, item.name);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

async function crashRounds(target: ServerTarget, label: string): Promise<RoundReport[]> {
  const reports: RoundReport[] = [];
  const everyAcknowledged: Acknowledged[] = [];
  const runTag = `Crash${Date.now().toString(36)}`;
  let server = await startServer(target);
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const tag = `${runTag}r${round}`;
      const cookie = await signIn(server.url, COORDINATOR, PASSWORD);
      // Somewhere between 10 and 60 acknowledged, so the kill lands at a different point each round.
      const killAfter = 10 + Math.floor(Math.random() * 50);
      const burst = await burstAndKill(server, cookie, tag, killAfter);
      expect(burst.acknowledged.length, `round ${round}: nothing was acknowledged before the kill`).toBeGreaterThan(0);
      everyAcknowledged.push(...burst.acknowledged);

      // The same data, a new process: it must open (migrations checked, /ready) by itself.
      server = await startServer(target);
      expect(server.output()).not.toMatch(/could not start|PANIC|corrupt/i);
      const verifier = await signIn(server.url, COORDINATOR, PASSWORD);
      const stored = await listByTag(server.url, verifier, tag);
      const missing = burst.acknowledged.filter((a) => stored.get(a.id) !== a.name);
      expect(missing, `${label} round ${round}: acknowledged creates missing after kill -9`).toEqual([]);
      reports.push({
        round,
        acknowledged: burst.acknowledged.length,
        refused: burst.refused,
        lost: burst.lost,
        writesPerSecond: burst.writesPerSecond,
      });
    }
    // And nothing acknowledged in an earlier round went missing in a later crash.
    const verifier = await signIn(server.url, COORDINATOR, PASSWORD);
    const stored = await listByTag(server.url, verifier, runTag);
    expect(everyAcknowledged.filter((a) => stored.get(a.id) !== a.name)).toEqual([]);
    await server.stop();
  } finally {
    await server.kill9();
  }
  if (process.env.HC_CRASH_REPORT) {
    console.log(`${label}: ${ROUNDS} kill -9 rounds`);
    console.table(reports);
  }
  return reports;
}

describe("kill -9 during a burst of creates", () => {
  const folders: string[] = [];
  const databases: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) for (const name of databases) await dropDatabase(adminUrl, name);
  });

  it(`loses no acknowledged create on PGlite (${ROUNDS} rounds)`, { timeout: 120_000 + ROUNDS * 60_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "hc-crash-"));
    folders.push(dataDir);
    const reports = await crashRounds({ dataDir }, "PGlite");
    expect(reports).toHaveLength(ROUNDS);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    `loses no acknowledged create on PostgreSQL (${ROUNDS} rounds)`,
    { timeout: 120_000 + ROUNDS * 60_000 },
    async () => {
      const adminUrl = process.env.TEST_DATABASE_URL!;
      const name = `hc_crash_${Math.random().toString(36).slice(2, 10)}`;
      await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
      databases.push(name);
      const dataDir = await mkdtemp(join(tmpdir(), "hc-crash-pg-"));
      folders.push(dataDir);
      const reports = await crashRounds({ dataDir, databaseUrl: databaseUrl(adminUrl, name) }, "PostgreSQL");
      expect(reports).toHaveLength(ROUNDS);
    },
  );
});
