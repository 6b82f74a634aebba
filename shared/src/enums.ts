// The domain's enumerations, one source for the server, the client and the tests.
// They mirror the enums of prisma/schema.prisma; tests/server/enums.test.ts keeps the
// two in step.

export const ROLES = ["ADMIN", "COORDINATOR", "EXPERT", "PARLIAMENT_STAFF"] as const;
export type Role = (typeof ROLES)[number];

export const REGIONS = [
  "SADC",
  "EAST_AFRICA",
  "WEST_AFRICA",
  "MIDDLE_EAST_NORTH_AFRICA",
  "LATIN_AMERICA_CARIBBEAN",
  "ASIA_PACIFIC",
  "EUROPE",
  "OTHER",
] as const;
export type Region = (typeof REGIONS)[number];

export const CHAMBER_STRUCTURES = ["UNICAMERAL", "BICAMERAL"] as const;
export type ChamberStructure = (typeof CHAMBER_STRUCTURES)[number];

export const MISSION_TYPES = [
  "ASSESSMENT_AND_PLAN",
  "VALIDATION",
  "TERMS_OF_REFERENCE",
  "IMPLEMENTATION_SUPPORT",
  "WORKSHOP",
] as const;
export type MissionType = (typeof MISSION_TYPES)[number];

/** Derived from the phases (see missionStatusFromPhases). */
export const MISSION_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

export const PHASE_KINDS = ["ASSESSMENT", "STRATEGIC_PLAN", "VALIDATION", "TERMS_OF_REFERENCE", "WORKSHOP"] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const PHASE_STATUSES = [
  "PLANNED",
  "TEAM_CONFIRMED",
  "FIELDWORK",
  "DRAFT_REPORT",
  "PARLIAMENT_REVIEW",
  "FINALISED",
  "CANCELLED",
] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export const TEAM_ROLES = ["LEAD", "MEMBER"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const FINDING_KINDS = ["GAP", "STRENGTH", "OPPORTUNITY", "RISK"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** IPU Indicators for Democratic Parliaments: 0 non-existent … 5 excellent. */
export const GRADES = [0, 1, 2, 3, 4, 5] as const;
export type Grade = (typeof GRADES)[number];

export const FINDING_STATUSES = ["DRAFT", "SUBMITTED", "VALIDATED", "REJECTED"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** What a validation mission found of an earlier finding it revisits (findings.compareAssessments). */
export const REVISIT_OUTCOMES = ["STILL_OPEN", "IMPROVED", "RESOLVED"] as const;
export type RevisitOutcome = (typeof REVISIT_OUTCOMES)[number];

export const ROADMAP_STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "ENDORSED"] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

export const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const TERMS = ["SHORT", "MEDIUM", "LONG"] as const;
export type Term = (typeof TERMS)[number];

export const PROGRESS_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED", "DROPPED"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const REVISION_KINDS = ["SUBMISSION", "ENDORSEMENT"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export const REVIEW_DECISIONS = ["ENDORSE", "REQUEST_CHANGES"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ICT_AREA_CODES = ["GOV", "INF", "LEG", "LIB", "WEB", "CIT", "IPC", "SEC"] as const;
export type IctArea = (typeof ICT_AREA_CODES)[number];

/** What a notification tells (docs/notifications.md); its sentence is the catalogue's `notifications.kinds.<KIND>`. */
export const NOTIFICATION_KINDS = [
  "PHASE_ASSIGNED",
  "PHASE_UNASSIGNED",
  "FINDING_VALIDATED",
  "FINDING_REJECTED",
  "ROADMAP_SUBMITTED",
  "ROADMAP_CHANGES_REQUESTED",
  "ROADMAP_ENDORSED",
  "COMMENT",
  "CONFLICT_OVERRIDE",
  "REPORT_DUE_SOON",
  "REPORT_OVERDUE",
  "REVIEW_WAITING",
  "FIELDWORK_SOON",
  "EXPORT_READY",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "SKIPPED"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const EXPORT_JOB_STATUSES = ["QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];
