// Many people saving one record at once (docs/security.md, "Concurrency"): in each round
// every client sends an update naming the same current version; exactly one is saved,
// every other gets CONFLICT, nothing is silently overwritten, and the audit log holds one
// event per save. And one expert assigned at once to many overlapping phases: one
// assignment, the rest CONFLICT. The full run (50 clients × 20 rounds) is on PostgreSQL
// (server-postgres), with a connection each; PGlite runs one transaction at a time, so
// there a light run checks the same counts.
import type { SessionUser } from "@hemicycle/server/context";
import { type Database, openDatabase } from "@hemicycle/server/db/database";
import { AppError } from "@hemicycle/server/lib/errors";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createRoadmapAt } from "../factories/roadmap-review.ts";
import { createExpert, createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { databaseUrl } from "../helpers/postgres-admin.ts";

const onPostgres = inject("databaseKind") === "postgresql";
const CLIENTS = onPostgres ? 50 : 5;
const ROUNDS = onPostgres ? 20 : 3;
const OVERLAPPING_PHASES = onPostgres ? 30 : 5;
/** A thousand calls on a busy two-core machine: more time than a plain test. */
const RACE_TIMEOUT_MS = 120_000;

const db = useTestDatabase();
/** On PostgreSQL, a pool with a connection per client (the app's pool of 10 would queue them). */
let racing: Database | undefined;
const raceDb = () => racing ?? db();

let parliamentId: string;
/** One user per client: a user's own calls wait their turn (work-per-user.test.ts). */
let clients: SessionUser[];

beforeAll(async () => {
  if (onPostgres) {
    const [{ name }] = await db().prisma.$queryRawUnsafe<[{ name: string }]>(`SELECT current_database() AS name`);
    racing = openDatabase({
      kind: "postgresql",
      url: databaseUrl(inject("postgresAdminUrl"), name),
      poolSize: CLIENTS + 2,
    });
  }
  parliamentId = (await createParliament(db())).id;
  clients = await Promise.all(Array.from({ length: CLIENTS }, () => createUser(db(), { role: "COORDINATOR" })));
});

afterAll(async () => {
  await racing?.close();
});

/** "ok", or the refusal's tRPC code and domain reason ("CONFLICT STALE_VERSION"). */
function outcome(r: PromiseSettledResult<unknown>) {
  if (r.status === "fulfilled") return "ok";
  const error = r.reason as { code?: string; cause?: unknown };
  if (!error.code) return String(r.reason);
  return error.cause instanceof AppError ? `${error.code} ${error.cause.problem.reason}` : error.code;
}

/**
 * Runs the rounds: `update(client, version, value)` is each client's call; `stored()` reads
 * the record's version and the updated field. Returns the problems found (none expected).
 */
async function staleVersionRounds(
  update: (client: SessionUser, version: number, value: string) => Promise<unknown>,
  stored: () => Promise<{ version: number; value: string | null }>,
) {
  const problems: string[] = [];
  let { version } = await stored();
  const firstVersion = version;
  let lastWinner = "";
  for (let round = 0; round < ROUNDS; round++) {
    const values = clients.map((_, c) => `Round ${round} client ${c}`);
    const results = await Promise.allSettled(clients.map((client, c) => update(client, version, values[c]!)));
    const outcomes = results.map(outcome);
    const winners = outcomes.flatMap((o, c) => (o === "ok" ? [c] : []));
    const others = outcomes.filter((o) => o !== "ok" && o !== "CONFLICT STALE_VERSION");
    if (winners.length !== 1) problems.push(`round ${round}: ${winners.length} saved`);
    if (others.length) problems.push(`round ${round}: ${[...new Set(others)].join(", ")}`);
    const now = await stored();
    if (now.version !== version + 1) problems.push(`round ${round}: version ${version} → ${now.version}`);
    lastWinner = winners.length === 1 ? values[winners[0]!]! : "";
    if (now.value !== lastWinner) problems.push(`round ${round}: stored "${now.value}", saved "${lastWinner}"`);
    version = now.version;
  }
  const final = await stored();
  return { problems, saves: final.version - firstVersion, final, lastWinner };
}

async function auditRowsOf(entityId: string) {
  return db().prisma.auditEvent.count({ where: { entityId } });
}

describe(
  `${CLIENTS} clients × ${ROUNDS} rounds of updates naming the same version`,
  { timeout: RACE_TIMEOUT_MS },
  () => {
    it("one roadmap item: one save per version, the rest CONFLICT, the last winner's title stored, one audit event per save", async () => {
      const { itemIds } = await createRoadmapAt(db(), { parliamentId, stage: "DRAFT", items: 1 });
      const id = itemIds[0]!;
      const { problems, saves, final, lastWinner } = await staleVersionRounds(
        (client, version, title) => callerFor(raceDb(), client).roadmaps.updateItem({ id, version, title }),
        async () => {
          const item = await db().prisma.roadmapItem.findUniqueOrThrow({
            where: { id },
            select: { version: true, title: true },
          });
          return { version: item.version, value: item.title };
        },
      );
      expect(problems).toEqual([]);
      expect(saves).toBe(ROUNDS);
      expect(final.value).toBe(lastWinner);
      expect(await auditRowsOf(id)).toBe(ROUNDS);
    });

    it("one phase: one save per version, the rest CONFLICT, the last winner's location stored, one audit event per save", async () => {
      const mission = await createMission(db(), {
        parliamentId,
        phases: [{ startDate: "2042-05-04", endDate: "2042-05-08" }],
      });
      const id = mission.phases[0]!.id;
      const { problems, saves, final, lastWinner } = await staleVersionRounds(
        (client, version, location) => callerFor(raceDb(), client).missions.updatePhase({ id, version, location }),
        async () => {
          const phase = await db().prisma.phase.findUniqueOrThrow({
            where: { id },
            select: { version: true, location: true },
          });
          return { version: phase.version, value: phase.location };
        },
      );
      expect(problems).toEqual([]);
      expect(saves).toBe(ROUNDS);
      expect(final.value).toBe(lastWinner);
      expect(await auditRowsOf(id)).toBe(ROUNDS);
    });
  },
);

describe(
  `one expert assigned at once to ${OVERLAPPING_PHASES} overlapping phases`,
  { timeout: RACE_TIMEOUT_MS },
  () => {
    it("exactly one assignment is made, the others get CONFLICT", async () => {
      const expert = await createExpert(db());
      // Each on its own mission, all sharing 2043-03-10 to 2043-03-12.
      const phaseIds = await Promise.all(
        Array.from({ length: OVERLAPPING_PHASES }, async (_, n) => {
          const mission = await createMission(db(), {
            parliamentId,
            phases: [{ startDate: `2043-03-${String(1 + (n % 9)).padStart(2, "0")}`, endDate: "2043-03-12" }],
          });
          return mission.phases[0]!.id;
        }),
      );
      const results = await Promise.allSettled(
        phaseIds.map((phaseId, n) =>
          callerFor(raceDb(), clients[n % CLIENTS]!).missions.assignExpert({
            phaseId,
            expertId: expert.id,
            role: "MEMBER",
          }),
        ),
      );
      const outcomes = results.map(outcome);
      expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
      expect(outcomes.filter((o) => o === "CONFLICT PHASE_OVERLAP")).toHaveLength(OVERLAPPING_PHASES - 1);
      expect(await db().prisma.assignment.count({ where: { expertId: expert.id } })).toBe(1);
      expect(
        await db().prisma.auditEvent.count({
          where: { action: "phase.assignExpert", after: { path: ["expertId"], equals: expert.id } },
        }),
      ).toBe(1);
    });
  },
);
