// The review's races, which show on PostgreSQL (the server-postgres project; on PGlite
// transactions run one at a time, so these pass there either way): two staff deciding at
// once, two people submitting at once, and an edit racing a submission. Each step locks
// the roadmap's row before it checks, so exactly one of two rivals wins and the other is
// told, and a revision holds every edit that was accepted before it.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createUser } from "../factories/records.ts";
import { createRoadmapAt, type ReviewStage } from "../factories/roadmap-review.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

/** Many rounds of rival calls: slow on a busy two-core machine, so more time than a plain test. */
const RACE_TIMEOUT_MS = 90_000;
const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

/** Enough rounds that a missing lock shows on PostgreSQL. */
const ROUNDS = 20;

let parliamentId: string;
let coordinator: SessionUser;
let lead: SessionUser;
let staff: SessionUser;
let colleague: SessionUser;

beforeAll(async () => {
  parliamentId = (await createParliament(db())).id;
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
  colleague = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId });
});

const outcome = (r: PromiseSettledResult<unknown>) =>
  r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason));

async function roadmaps(stage: ReviewStage) {
  const made = [];
  for (let n = 0; n < ROUNDS; n++) {
    made.push(await createRoadmapAt(db(), { parliamentId, stage, team: [{ expertId: lead.expertId!, role: "LEAD" }] }));
  }
  return made;
}

describe("two staff deciding on one revision at once", { timeout: RACE_TIMEOUT_MS }, () => {
  it("endorse against request changes: exactly one wins, the other gets CONFLICT, and the roadmap agrees with the winner", async () => {
    const failures: string[] = [];
    for (const [round, r] of (await roadmaps("IN_REVIEW")).entries()) {
      const results = await Promise.allSettled([
        as(staff).roadmaps.review({ id: r.roadmapId, revision: 1, decision: "ENDORSE", comment: "Endorsed" }),
        as(colleague).roadmaps.review({
          id: r.roadmapId,
          revision: 1,
          decision: "REQUEST_CHANGES",
          comment: "Not yet",
        }),
      ]);
      const outcomes = results.map(outcome);
      if ([...outcomes].sort().join() !== "CONFLICT,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
      const [decisions, revisions, roadmap] = await Promise.all([
        prisma().reviewDecision.findMany({ where: { roadmapId: r.roadmapId }, select: { decision: true } }),
        prisma().roadmapRevision.count({ where: { roadmapId: r.roadmapId } }),
        prisma().roadmap.findUniqueOrThrow({
          where: { id: r.roadmapId },
          select: { status: true, baselineRevision: true },
        }),
      ]);
      const won = outcomes[0] === "ok" ? "ENDORSE" : "REQUEST_CHANGES";
      const expected =
        won === "ENDORSE"
          ? { decisions: ["ENDORSE"], revisions: 2, status: "ENDORSED", baselineRevision: 2 }
          : { decisions: ["REQUEST_CHANGES"], revisions: 1, status: "CHANGES_REQUESTED", baselineRevision: null };
      const actual = { decisions: decisions.map((d) => d.decision), revisions, ...roadmap };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        failures.push(`round ${round}: ${JSON.stringify(actual)}`);
      }
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds went wrong`).toEqual([]);
  });
});

describe("two people submitting one draft at once", { timeout: RACE_TIMEOUT_MS }, () => {
  it("the coordinator and the lead expert on version 1: one revision, the other caller gets CONFLICT", async () => {
    const failures: string[] = [];
    for (const [round, r] of (await roadmaps("DRAFT")).entries()) {
      const results = await Promise.allSettled([
        as(coordinator).roadmaps.submitForReview({ id: r.roadmapId, version: 1 }),
        as(lead).roadmaps.submitForReview({ id: r.roadmapId, version: 1 }),
      ]);
      const outcomes = results.map(outcome).sort();
      if (outcomes.join() !== "CONFLICT,ok") failures.push(`round ${round}: ${outcomes.join(" + ")}`);
      const revisions = await prisma().roadmapRevision.count({ where: { roadmapId: r.roadmapId } });
      if (revisions !== 1) failures.push(`round ${round}: ${revisions} revisions`);
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds went wrong`).toEqual([]);
  });
});

describe("an edit racing a submission", { timeout: RACE_TIMEOUT_MS }, () => {
  it("is either in the submitted revision or refused as frozen, never accepted and left out", async () => {
    const failures: string[] = [];
    for (const [round, r] of (await roadmaps("DRAFT")).entries()) {
      const itemId = r.itemIds[0]!;
      const title = `Renamed in round ${round}`;
      const [submitted, edited] = await Promise.allSettled([
        as(coordinator).roadmaps.submitForReview({ id: r.roadmapId, version: 1 }),
        as(lead).roadmaps.updateItem({ id: itemId, version: 1, title }),
      ]);
      if (submitted.status !== "fulfilled") {
        // The edit came first and bumped nothing the submission named: it must still go through.
        failures.push(`round ${round}: the submission failed (${outcome(submitted)})`);
        continue;
      }
      const revision = await prisma().roadmapRevision.findUniqueOrThrow({
        where: { roadmapId_number: { roadmapId: r.roadmapId, number: 1 } },
        select: { snapshot: true },
      });
      const frozenTitle = (revision.snapshot as { items: { id: string; title: string }[] }).items.find(
        (i) => i.id === itemId,
      )!.title;
      if (edited.status === "fulfilled" && frozenTitle !== title) {
        failures.push(`round ${round}: an accepted edit is missing from the revision`);
      }
      if (edited.status === "rejected" && outcome(edited) !== "BAD_REQUEST") {
        failures.push(`round ${round}: the edit failed with ${outcome(edited)}`);
      }
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds went wrong`).toEqual([]);
  });
});
