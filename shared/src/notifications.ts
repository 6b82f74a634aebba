// What each notification kind carries (docs/notifications.md). A notice stores its kind
// and these values; the screens and the e-mails word it from the catalogue's
// `notifications.kinds.<KIND>` in the reader's language, so the values are names, codes
// and dates, never sentences. Dates are "YYYY-MM-DD". Names are as they were when the
// notice was written: a notice tells what happened then.
import type { NotificationKind, PhaseKind, TeamRole } from "./enums.ts";

type PhaseOf = { mission: string; phaseKind: PhaseKind };

export type NotificationParams = {
  PHASE_ASSIGNED: PhaseOf & { actor: string; role: TeamRole; startDate: string; endDate: string };
  PHASE_UNASSIGNED: PhaseOf & { actor: string };
  FINDING_VALIDATED: { actor: string; finding: string; mission: string };
  FINDING_REJECTED: { actor: string; finding: string; mission: string };
  ROADMAP_SUBMITTED: { actor: string; roadmap: string };
  ROADMAP_CHANGES_REQUESTED: { actor: string; roadmap: string };
  ROADMAP_ENDORSED: { actor: string; roadmap: string };
  /** `subject`: the title of what was commented on (an item, a roadmap, a finding, a report); `excerpt`: the comment's first words. */
  COMMENT: { actor: string; subject: string; excerpt: string };
  CONFLICT_OVERRIDE: PhaseOf & { actor: string; expert: string; reason: string };
  REPORT_DUE_SOON: PhaseOf & { dueDate: string };
  REPORT_OVERDUE: PhaseOf & { dueDate: string };
  REVIEW_WAITING: { roadmap: string; since: string };
  FIELDWORK_SOON: PhaseOf & { startDate: string };
  /** `exportKind`: the export's kind (shared/src/export-jobs.ts), worded from `exportJobs.kind.<kind>`. */
  EXPORT_READY: { exportKind: string };
};

/** The catalogue key of a kind's sentence. */
export const notificationKey = (kind: NotificationKind) => `notifications.kinds.${kind}` as const;

/** Reminders come from the scheduled scan (server/src/jobs), not from someone's action. */
export const REMINDER_KINDS = [
  "REPORT_DUE_SOON",
  "REPORT_OVERDUE",
  "REVIEW_WAITING",
  "FIELDWORK_SOON",
] as const satisfies readonly NotificationKind[];

/** How far ahead the reminders look, and how long a review may wait before one. */
export const REMINDER_RULES = {
  reportDueInDays: 3,
  reviewWaitingDays: 14,
  fieldworkWithinDays: 7,
} as const;
