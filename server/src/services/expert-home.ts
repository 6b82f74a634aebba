// An expert's home: the phases they are on that are not done with (current, upcoming, or
// with a report still to deliver), the findings they have to write or fix (their drafts
// and the ones sent back), and their report deadlines, late ones flagged with the shared
// rule. Three statements, whatever the expert's history.
import { hasExpertHome, type Actor } from "@hemicycle/shared/policy";
import { reportDaysLate } from "@hemicycle/shared/workflows/phase";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { findingScope } from "../access/scopes.ts";
import { fail } from "../lib/errors.ts";
import { utcToday } from "./dashboard.ts";

const LIST_CAP = 50;

const homePhaseSelect = {
  role: true,
  phase: {
    select: {
      id: true,
      kind: true,
      status: true,
      startDate: true,
      endDate: true,
      location: true,
      reportDueDate: true,
      mission: { select: { id: true, code: true, title: true, parliament: { select: { id: true, name: true } } } },
    },
  },
} satisfies Prisma.AssignmentSelect;

const homeFindingSelect = {
  id: true,
  title: true,
  status: true,
  area: true,
  severity: true,
  version: true,
  updatedAt: true,
  phase: { select: { id: true, kind: true, mission: { select: { id: true, code: true } } } },
} satisfies Prisma.FindingSelect;

export async function getExpertHome(db: DbOrTx, actor: Actor, now = new Date()) {
  if (!hasExpertHome(actor)) throw fail("FORBIDDEN", "forbidden");
  const today = utcToday(now);
  const assignments = actor.expertId
    ? await db.assignment.findMany({
        where: { expertId: actor.expertId, phase: { status: { notIn: ["FINALISED", "CANCELLED"] } } },
        select: homePhaseSelect,
        orderBy: [{ phase: { startDate: "asc" } }, { phase: { id: "asc" } }],
        take: LIST_CAP,
      })
    : [];
  const findings = await db.finding.findMany({
    where: { AND: [findingScope(actor), { authorId: actor.id, status: { in: ["DRAFT", "REJECTED"] } }] },
    select: homeFindingSelect,
    orderBy: [{ status: "desc" }, { updatedAt: "desc" }],
    take: LIST_CAP,
  });

  const phases = assignments.map(({ role, phase }) => ({
    ...phase,
    role,
    when:
      phase.startDate > today
        ? ("UPCOMING" as const)
        : phase.endDate < today
          ? ("PAST" as const)
          : ("CURRENT" as const),
    daysLate: reportDaysLate(phase, today),
  }));
  const deadlines = phases
    .filter(
      (phase) => phase.reportDueDate !== null && phase.status !== "PARLIAMENT_REVIEW" && phase.kind !== "WORKSHOP",
    )
    .map((phase) => ({
      phaseId: phase.id,
      kind: phase.kind,
      mission: phase.mission,
      reportDueDate: phase.reportDueDate as Date,
      daysLate: phase.daysLate,
    }))
    .sort((a, b) => a.reportDueDate.getTime() - b.reportDueDate.getTime());
  return { today, phases, findings, deadlines };
}
