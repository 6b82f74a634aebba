// The record tables refuse TRUNCATE (docs/security.md, "Audit log"): the audit log, the
// reviewers' reasons on findings, roadmap revisions and review decisions. Row triggers
// refuse UPDATE (and DELETE of audit events, migrations.test.ts); a TRUNCATE skips row
// triggers, so a statement trigger refuses it, also when it comes as the CASCADE of
// truncating a table they reference. Runs on the database the project gives.
import { describe, expect, it } from "vitest";
import { createRoadmapAt } from "../factories/roadmap-review.ts";
import { createFinding, createMission, createParliament, createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

const RECORD_TABLES = ["audit_events", "finding_review_notes", "roadmap_revisions", "review_decisions"] as const;

/** One row in each record table; returns the row counts. */
async function fillRecordTables() {
  const parliamentId = (await createParliament(db())).id;
  const author = await createUser(db(), { role: "COORDINATOR" });
  const mission = await createMission(db(), { parliamentId });
  const finding = await createFinding(db(), { phaseId: mission.phases[0]!.id, authorId: author.id });
  await prisma().findingReviewNote.create({
    data: { findingId: finding.id, authorId: author.id, fromStatus: "SUBMITTED", toStatus: "REJECTED", body: "Why" },
  });
  const roadmap = await createRoadmapAt(db(), { parliamentId, stage: "IN_REVIEW" });
  const revision = await prisma().roadmapRevision.findFirstOrThrow({
    where: { roadmapId: roadmap.roadmapId },
    select: { id: true },
  });
  await prisma().reviewDecision.create({
    data: { roadmapId: roadmap.roadmapId, revisionId: revision.id, decision: "REQUEST_CHANGES", comment: "More" },
  });
  await prisma().auditEvent.create({
    data: { actorId: author.id, action: "mission.update", entityType: "Mission", entityId: mission.id },
  });
  return counts();
}

async function counts() {
  const result: Record<string, number> = {};
  for (const table of RECORD_TABLES) {
    const [row] = await prisma().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    result[table] = row!.n;
  }
  return result;
}

describe("record tables refuse TRUNCATE", () => {
  it.each(RECORD_TABLES)("TRUNCATE %s fails and its rows remain", async (table) => {
    const before = await fillRecordTables();
    expect(before[table]).toBeGreaterThan(0);
    const refusal = table === "audit_events" ? /append-only/ : /immutable/;
    // (A plain TRUNCATE of roadmap_revisions already fails on review_decisions' foreign key.)
    await expect(prisma().$executeRawUnsafe(`TRUNCATE "${table}"`)).rejects.toThrow(
      table === "roadmap_revisions" ? /immutable|foreign key/ : refusal,
    );
    await expect(prisma().$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(refusal);
    expect(await counts()).toEqual(before);
  });

  it("a TRUNCATE … CASCADE of the tables they reference fails too, and nothing is emptied", async () => {
    const before = await fillRecordTables();
    for (const table of ["users", "findings", "roadmaps"]) {
      await expect(prisma().$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(/append-only|immutable/);
    }
    expect(await counts()).toEqual(before);
    expect(await prisma().user.count()).toBeGreaterThan(0);
  });
});
