// The coordinator's dashboard: the whole programme in one read. Every block is one SQL
// statement, so the dashboard costs the same nine statements for ten missions or ten
// thousand (tests/server/dashboard.test.ts counts them). The counts over the whole
// programme (phases per status, validated findings per parliament, area and severity,
// roadmap items per parliament and progress) are read from rollups the database keeps in
// the transaction of every write (migration dashboard_rollups, docs/decisions/
// 0020-dashboard-rollups.md); the lists start from an index and stop at LIST_CAP. Only
// managers read it (shared policy, mayReadProgrammeDashboard): their reach is every
// mission, so the statements carry no scope; experts get their own home
// (services/expert-home.ts), parliament staff theirs.
import {
  ICT_AREA_CODES,
  PHASE_STATUSES,
  PROGRESS_STATUSES,
  SEVERITIES,
  type PhaseKind,
  type PhaseStatus,
} from "@hemicycle/shared/enums";
import { missionReach, type Actor } from "@hemicycle/shared/policy";
import {
  DASHBOARD_QUARTER_DAYS,
  DASHBOARD_SOON_DAYS,
  DASHBOARD_WORKLOAD_TOP,
  HEATMAP_CELLS,
  type DashboardCounts,
  type TDashboardSummaryInput,
} from "@hemicycle/shared/schemas/dashboard";
import { reportDaysLate, reportDelivered } from "@hemicycle/shared/workflows/phase";
import { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { fail } from "../lib/errors.ts";

const DAY_MS = 86_400_000;
/** Lists on the dashboard stop here: it is a summary, the missions list has the rest. */
const LIST_CAP = 50;
/** Phases whose report is still to be delivered, by the shared rule (an IN list, which the status index can serve). */
const REPORT_PENDING: PhaseStatus[] = PHASE_STATUSES.filter((status) => !reportDelivered(status));

/** Today as a date-only value (UTC midnight), the way phase dates are stored. */
export function utcToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

type PhaseStatusRow = { status: PhaseStatus; phases: number; missions: number };
type FieldPhaseRow = {
  phaseId: string;
  kind: PhaseKind;
  status: PhaseStatus;
  startDate: Date;
  endDate: Date;
  missionId: string;
  missionCode: string;
  parliamentId: string;
  parliamentName: string;
  teamSize: number;
};
type OverdueRow = {
  phaseId: string;
  kind: PhaseKind;
  status: PhaseStatus;
  reportDueDate: Date;
  missionId: string;
  missionCode: string;
  parliamentName: string;
};
type AwaitingRow = {
  roadmapId: string;
  title: string;
  missionId: string;
  missionCode: string;
  parliamentName: string;
  submittedAt: Date | null;
};
/** A parliament's non-zero cells: their places in the shared order, and their counts. */
type SparseCounts = { id: string; name: string; cells: number[]; counts: number[] };
type WorkloadRow = { expertId: string; expertName: string; days: number; phases: number };
type ProgrammeRow = { id: string; name: string };

/** A parliament's counts, every cell in the shared order, zeros included. */
const denseCounts =
  (size: number) =>
  ({ id, name, cells, counts }: SparseCounts): DashboardCounts => {
    const dense = Array<number>(size).fill(0);
    cells.forEach((cell, i) => {
      dense[cell] = counts[i]!;
    });
    return { id, name, counts: dense };
  };

export async function getDashboardSummary(db: DbOrTx, actor: Actor, input: TDashboardSummaryInput, now = new Date()) {
  // The router lets managers only; this guards a script or a test that calls the service.
  if (missionReach(actor) !== "ALL") throw fail("FORBIDDEN", "forbidden");
  const today = utcToday(now);
  const soon = addDays(today, DASHBOARD_SOON_DAYS);
  const quarterEnd = addDays(today, DASHBOARD_QUARTER_DAYS - 1);
  const region = input.regionFilter ? Prisma.sql`AND pa.region::text = ${input.regionFilter}` : Prisma.empty;
  // The heat map per programme has its own rollup (missions without a programme are not in it).
  const heatTally = input.programmeId ? Prisma.sql`programme_finding_tallies` : Prisma.sql`validated_finding_tallies`;
  const programme = input.programmeId ? Prisma.sql`AND t."programmeId" = ${input.programmeId}` : Prisma.empty;

  // Sequential on purpose: one connection's worth of work, and PGlite runs one at a time.
  const byStatus = await db.$queryRaw<PhaseStatusRow[]>`
    SELECT status, phases, missions FROM phase_status_tallies WHERE phases > 0 ORDER BY status`;

  // In the field, or about to be: two ranges of the (status, startDate) index, disjoint by status.
  const field = await db.$queryRaw<FieldPhaseRow[]>`
    SELECT p.id AS "phaseId", p.kind, p.status, p."startDate", p."endDate",
           m.id AS "missionId", m.code AS "missionCode", pa.id AS "parliamentId", pa.name AS "parliamentName",
           (SELECT count(*)::int FROM assignments a WHERE a."phaseId" = p.id) AS "teamSize"
    FROM (SELECT * FROM phases WHERE status = 'FIELDWORK'
          UNION ALL
          SELECT * FROM phases
          WHERE status IN ('PLANNED', 'TEAM_CONFIRMED') AND "startDate" <= ${soon}::date AND "endDate" >= ${today}::date) p
      JOIN missions m ON m.id = p."missionId" JOIN parliaments pa ON pa.id = m."parliamentId"
    ORDER BY p."startDate", m.code
    LIMIT ${LIST_CAP}`;

  // The SQL narrows to reports due before today that are not yet delivered; the rule of
  // how late a report is stays the shared one (reportDaysLate), applied to what it returns.
  const overdue = await db.$queryRaw<OverdueRow[]>`
    SELECT p.id AS "phaseId", p.kind, p.status, p."reportDueDate",
           m.id AS "missionId", m.code AS "missionCode", pa.name AS "parliamentName"
    FROM phases p JOIN missions m ON m.id = p."missionId" JOIN parliaments pa ON pa.id = m."parliamentId"
    WHERE p."reportDueDate" < ${today}::date AND p.kind <> 'WORKSHOP'
      AND p.status = ANY (${REPORT_PENDING}::"PhaseStatus"[])
    ORDER BY p."reportDueDate", m.code
    LIMIT ${LIST_CAP}`;

  const awaiting = await db.$queryRaw<AwaitingRow[]>`
    SELECT r.id AS "roadmapId", r.title, m.id AS "missionId", m.code AS "missionCode", pa.name AS "parliamentName",
           (SELECT max(rv."createdAt") FROM roadmap_revisions rv
             WHERE rv."roadmapId" = r.id AND rv.kind = 'SUBMISSION') AS "submittedAt"
    FROM roadmaps r JOIN missions m ON m.id = r."missionId" JOIN parliaments pa ON pa.id = m."parliamentId"
    WHERE r.status = 'IN_REVIEW'
    ORDER BY "submittedAt" ASC NULLS FIRST, m.code
    LIMIT ${LIST_CAP}`;

  // The heat map and the progress come one row per parliament that has a count (300 rows at
  // full scale instead of 9,600 and 1,500), each with its non-zero cells: their places in
  // the shared order (DashboardCounts in shared/schemas/dashboard.ts) and their counts, two
  // arrays aggregated from the same rows in the same order. denseCounts spreads them into
  // the compact answer. Faster than building the zeros in SQL (a cross join of every
  // parliament with every cell: twice this statement's time).
  const heat = await db.$queryRaw<SparseCounts[]>`
    SELECT pa.id, pa.name,
           array_agg((array_position(${[...ICT_AREA_CODES]}::text[], t.area::text) - 1) * ${SEVERITIES.length}::int
                     + array_position(${[...SEVERITIES]}::text[], t.severity::text) - 1) AS cells,
           array_agg(t.count) AS counts
    FROM ${heatTally} t JOIN parliaments pa ON pa.id = t."parliamentId"
    WHERE t.count > 0 ${programme} ${region}
    GROUP BY pa.id, pa.name
    ORDER BY pa.name, pa.id`;

  const progress = await db.$queryRaw<SparseCounts[]>`
    SELECT pa.id, pa.name,
           array_agg(array_position(${[...PROGRESS_STATUSES]}::text[], t.progress::text) - 1) AS cells,
           array_agg(t.count) AS counts
    FROM roadmap_item_tallies t JOIN parliaments pa ON pa.id = t."parliamentId"
    WHERE t.count > 0
    GROUP BY pa.id, pa.name
    ORDER BY pa.name, pa.id`;

  // Days on phases inside the quarter, each phase clipped to it (date - date is days in SQL).
  // The phases overlapping the quarter are few (index on end and start dates), but their
  // estimate is not (two independent ranges): OFFSET 0 keeps the team lookup per phase, on
  // the assignments' index, instead of a scan of every assignment.
  const workload = await db.$queryRaw<WorkloadRow[]>`
    SELECT e.id AS "expertId", e.name AS "expertName",
           sum(LEAST(p."endDate", ${quarterEnd}::date) - GREATEST(p."startDate", ${today}::date) + 1)::int AS days,
           count(DISTINCT p.id)::int AS phases
    FROM phases p CROSS JOIN LATERAL (SELECT a."expertId" FROM assignments a WHERE a."phaseId" = p.id OFFSET 0) a
      JOIN experts e ON e.id = a."expertId"
    WHERE p.status <> 'CANCELLED' AND p."endDate" >= ${today}::date AND p."startDate" <= ${quarterEnd}::date
    GROUP BY e.id, e.name
    ORDER BY days DESC, e.name
    LIMIT ${DASHBOARD_WORKLOAD_TOP}`;

  const programmes = await db.$queryRaw<ProgrammeRow[]>`SELECT id, name FROM programmes ORDER BY name`;

  return {
    today,
    quarter: { from: today, to: quarterEnd },
    phaseStatus: byStatus,
    fieldwork: field.map((row) => ({ ...row, when: row.startDate <= today ? ("NOW" as const) : ("SOON" as const) })),
    overdueReports: overdue
      .map((row) => ({ ...row, daysLate: reportDaysLate(row, today) }))
      .filter((row) => row.daysLate > 0),
    awaitingReview: awaiting.map((row) => ({
      ...row,
      daysWaiting: row.submittedAt ? Math.max(0, daysBetween(utcToday(row.submittedAt), today)) : null,
    })),
    heatmap: heat.map(denseCounts(HEATMAP_CELLS)),
    roadmapProgress: progress.map(denseCounts(PROGRESS_STATUSES.length)),
    workload,
    programmes,
  };
}
