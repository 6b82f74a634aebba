// The reminders scan (job `reminders.scan`, on REMINDERS_CRON; docs/notifications.md,
// "Reminders"): what is due soon, late or waiting, told to the people who can act on it.
// Each reminder has a dedupe key naming its occasion (the phase and its date, the roadmap
// and its submission), and notify() inserts with ON CONFLICT DO NOTHING on (reader, key):
// a scan run twice, by three instances at once, or again after a restart tells each reader
// once. A date moved makes a new occasion, told again.
//
// Who is told:
// - REPORT_DUE_SOON, REPORT_OVERDUE: the phase's team (the experts with an account) and the
//   mission's coordinator: they write the report. Due within REMINDER_RULES.reportDueInDays
//   (today included); overdue when the due date has passed and the report has not reached
//   the parliament (reportDelivered). A report overdue for longer than OVERDUE_HORIZON_DAYS
//   when the scan first sees it is not told: a first start on old data would otherwise tell
//   everyone of every report late for years.
// - FIELDWORK_SOON: the phase's team and the coordinator, when a phase still planned or with
//   its team confirmed starts within REMINDER_RULES.fieldworkWithinDays (today included).
// - REVIEW_WAITING: the parliament's staff, when its roadmap has been in review for more than
//   REMINDER_RULES.reviewWaitingDays since its latest submission.
import { PHASE_STATUSES, type PhaseStatus } from "@hemicycle/shared/enums";
import { REMINDER_RULES } from "@hemicycle/shared/notifications";
import { dateOnlyToday, reportDelivered } from "@hemicycle/shared/workflows/phase";
import type { Db } from "../db/types.ts";
import { notify, type Notice } from "../services/notifications.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reports later than this when first seen are not reminded of (see above). */
export const OVERDUE_HORIZON_DAYS = 30;

const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);
/** "YYYY-MM-DD" of a date-only value. */
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

const UNDELIVERED: PhaseStatus[] = PHASE_STATUSES.filter((status) => !reportDelivered(status));
const NOT_YET_IN_THE_FIELD: PhaseStatus[] = ["PLANNED", "TEAM_CONFIRMED"];

const phaseSelect = {
  id: true,
  kind: true,
  startDate: true,
  reportDueDate: true,
  missionId: true,
  mission: { select: { title: true, coordinatorId: true } },
  team: { select: { expert: { select: { user: { select: { id: true } } } } } },
} as const;

type PhaseRow = {
  team: { expert: { user: { id: string } | null } }[];
  mission: { coordinatorId: string | null };
};

/** The phase's team members with an account, and the mission's coordinator. */
function phasePeople(phase: PhaseRow): (string | null)[] {
  return [...phase.team.map((member) => member.expert.user?.id ?? null), phase.mission.coordinatorId];
}

export type ScanResult = { written: number; emailPending: number };

/**
 * Writes the reminders due on `now`'s day (UTC). Safe to run at any time and any number
 * of times at once: each reader gets each reminder once.
 */
export async function scanReminders(db: Db, now = new Date()): Promise<ScanResult> {
  const today = dateOnlyToday(now);
  const notices: Notice[] = [];

  const reports = await db.phase.findMany({
    where: {
      kind: { not: "WORKSHOP" },
      status: { in: UNDELIVERED },
      reportDueDate: {
        gte: addDays(today, -OVERDUE_HORIZON_DAYS),
        lte: addDays(today, REMINDER_RULES.reportDueInDays),
      },
    },
    select: phaseSelect,
  });
  for (const phase of reports) {
    const dueDate = isoDay(phase.reportDueDate!);
    const kind = phase.reportDueDate! < today ? "REPORT_OVERDUE" : "REPORT_DUE_SOON";
    notices.push({
      kind,
      userIds: phasePeople(phase),
      params: { mission: phase.mission.title, phaseKind: phase.kind, dueDate },
      link: `/missions/${phase.missionId}/phases/${phase.id}/report`,
      dedupeKey: `${kind}:${phase.id}:${dueDate}`,
    });
  }

  const starting = await db.phase.findMany({
    where: {
      status: { in: NOT_YET_IN_THE_FIELD },
      startDate: { gte: today, lte: addDays(today, REMINDER_RULES.fieldworkWithinDays) },
    },
    select: phaseSelect,
  });
  for (const phase of starting) {
    const startDate = isoDay(phase.startDate);
    notices.push({
      kind: "FIELDWORK_SOON",
      userIds: phasePeople(phase),
      params: { mission: phase.mission.title, phaseKind: phase.kind, startDate },
      link: `/missions/${phase.missionId}`,
      dedupeKey: `FIELDWORK_SOON:${phase.id}:${startDate}`,
    });
  }

  const inReview = await db.roadmap.findMany({
    where: { status: "IN_REVIEW" },
    select: {
      id: true,
      title: true,
      mission: { select: { parliamentId: true } },
      revisions: {
        where: { kind: "SUBMISSION" },
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, createdAt: true },
      },
    },
  });
  const waiting = inReview.filter((roadmap) => {
    const submitted = roadmap.revisions[0];
    return submitted && submitted.createdAt.getTime() <= now.getTime() - REMINDER_RULES.reviewWaitingDays * DAY_MS;
  });
  if (waiting.length > 0) {
    const staff = await db.user.findMany({
      where: {
        role: "PARLIAMENT_STAFF",
        active: true,
        parliamentId: { in: [...new Set(waiting.map((roadmap) => roadmap.mission.parliamentId))] },
      },
      select: { id: true, parliamentId: true },
    });
    for (const roadmap of waiting) {
      const submitted = roadmap.revisions[0]!;
      notices.push({
        kind: "REVIEW_WAITING",
        userIds: staff.filter((user) => user.parliamentId === roadmap.mission.parliamentId).map((user) => user.id),
        params: { roadmap: roadmap.title, since: isoDay(submitted.createdAt) },
        link: `/parliament/roadmaps/${roadmap.id}`,
        dedupeKey: `REVIEW_WAITING:${roadmap.id}:${submitted.number}`,
      });
    }
  }

  if (notices.length === 0) return { written: 0, emailPending: 0 };
  return notify(db, notices);
}
