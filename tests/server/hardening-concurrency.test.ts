// Concurrency defects: changes that each pass their own checks but together break a rule
// (an expert booked while unavailable). The races show on PostgreSQL (the server-postgres
// project); on PGlite transactions run one at a time, so these tests pass there either
// way. One user's burst of calls is bounded in work-per-user.test.ts.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let admin: SessionUser;
let coordinator: SessionUser;
let parliamentId: string;

beforeAll(async () => {
  admin = await createUser(db(), { role: "ADMIN" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  parliamentId = (await createParliament(db())).id;
});

/** Enough rounds that a missing lock shows on PostgreSQL in every run (the race won most of 25 rounds each time). */
const ROUNDS = 25;

const outcome = (r: PromiseSettledResult<unknown>) =>
  r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason));

/** Assignments of these experts, without an override reason, on a phase inside one of their unavailable periods. */
async function bookedWhileUnavailable(expertIds: string[]) {
  const assignments = await prisma().assignment.findMany({
    where: { expertId: { in: expertIds }, overrideReason: null, phase: { status: { not: "CANCELLED" } } },
    select: {
      expertId: true,
      phase: { select: { startDate: true, endDate: true } },
      expert: { select: { unavailability: { select: { startDate: true, endDate: true } } } },
    },
  });
  return assignments
    .filter((a) =>
      a.expert.unavailability.some((u) => u.startDate <= a.phase.endDate && u.endDate >= a.phase.startDate),
    )
    .map((a) => a.expertId);
}

describe("an unavailable period added while the expert is being booked", () => {
  it("experts.update adding a period and missions.assignExpert inside it, at once: one of them is refused", async () => {
    const rounds = [];
    for (let n = 0; n < ROUNDS; n++) {
      const expert = await createExpert(db());
      const mission = await createMission(db(), {
        parliamentId,
        phases: [{ startDate: "2040-01-10", endDate: "2040-01-14" }],
      });
      rounds.push({ expert, phaseId: mission.phases[0]!.id });
    }
    const failures: string[] = [];
    for (const [round, { expert, phaseId }] of rounds.entries()) {
      const results = await Promise.allSettled([
        as(coordinator).experts.update({
          id: expert.id,
          version: expert.version,
          unavailability: [{ startDate: "2040-01-01", endDate: "2040-01-31", reason: "Sabbatical" }],
        }),
        as(admin).missions.assignExpert({ phaseId, expertId: expert.id, role: "MEMBER" }),
      ]);
      const outcomes = results.map(outcome).sort();
      // Whichever comes first wins; the other must see it and answer CONFLICT.
      if (outcomes.join() !== "CONFLICT,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds without exactly one refusal`).toEqual([]);
    expect(await bookedWhileUnavailable(rounds.map((r) => r.expert.id))).toEqual([]);
  });

  it("experts.update adding a period and missions.updatePhase moving the expert's phase into it, at once: one of them is refused", async () => {
    const rounds = [];
    for (let n = 0; n < ROUNDS; n++) {
      const expert = await createExpert(db());
      const mission = await createMission(db(), {
        parliamentId,
        phases: [{ startDate: "2040-03-01", endDate: "2040-03-05" }],
      });
      const phase = mission.phases[0]!;
      await assignToPhase(db(), phase.id, expert.id);
      rounds.push({ expert, phase });
    }
    const failures: string[] = [];
    for (const [round, { expert, phase }] of rounds.entries()) {
      const results = await Promise.allSettled([
        as(coordinator).experts.update({
          id: expert.id,
          version: expert.version,
          unavailability: [{ startDate: "2040-06-01", endDate: "2040-06-30", reason: "Sabbatical" }],
        }),
        as(admin).missions.updatePhase({
          id: phase.id,
          version: phase.version,
          startDate: "2040-06-10",
          endDate: "2040-06-14",
        }),
      ]);
      const outcomes = results.map(outcome).sort();
      if (outcomes.join() !== "CONFLICT,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds without exactly one refusal`).toEqual([]);
    expect(await bookedWhileUnavailable(rounds.map((r) => r.expert.id))).toEqual([]);
  });
});
