import { z } from "zod";
import { MISSION_STATUSES, MISSION_TYPES, PHASE_KINDS, PHASE_STATUSES, TEAM_ROLES } from "../enums.ts";
import { zDateOnly, zId, zOptionalText, zPagination, zRequiredText, zSearch, zVersion } from "./common.ts";

export const MISSION_SORTS = ["created", "start", "code", "title", "status"] as const;
export type MissionSort = (typeof MISSION_SORTS)[number];

export const ZMissionListInput = zPagination.extend({
  search: zSearch,
  parliamentId: zId.optional(),
  programmeId: zId.optional(),
  status: z.enum(MISSION_STATUSES).optional(),
  /** The list's order: newest first by default; "start" is the first phase's start date. */
  sort: z.enum(MISSION_SORTS).default("created"),
  // Not "direction": tRPC's infinite queries put their own (forward, backward) in the input.
  sortDirection: z.enum(["asc", "desc"]).optional(),
});
export type TMissionListInput = z.infer<typeof ZMissionListInput>;

const endNotBeforeStart = (v: { startDate?: Date; endDate?: Date }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;
const endMessage = { message: "endBeforeStart", path: ["endDate"] };

const phaseFields = {
  kind: z.enum(PHASE_KINDS),
  startDate: zDateOnly,
  endDate: zDateOnly,
  location: zOptionalText(200),
  reportDueDate: zDateOnly.nullish(),
};

export const ZNewPhaseInput = z.object(phaseFields).refine(endNotBeforeStart, endMessage);
export type TNewPhaseInput = z.infer<typeof ZNewPhaseInput>;

export const MAX_PHASES_PER_MISSION = 10;

export const ZMissionCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(2)
  .max(32)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, "missionCodeFormat");

export const ZCreateMissionInput = z.object({
  code: ZMissionCode,
  title: zRequiredText(200),
  type: z.enum(MISSION_TYPES),
  parliamentId: zId,
  programmeId: zId.nullish(),
  objectives: zOptionalText(10000),
  coordinatorId: zId.nullish(),
  phases: z.array(ZNewPhaseInput).min(1, "missionNeedsPhase").max(MAX_PHASES_PER_MISSION),
});
export type TCreateMissionInput = z.infer<typeof ZCreateMissionInput>;

export const ZUpdateMissionInput = z.object({
  id: zId,
  version: zVersion,
  code: ZMissionCode.optional(),
  title: zRequiredText(200).optional(),
  type: z.enum(MISSION_TYPES).optional(),
  programmeId: zId.nullish(),
  objectives: zOptionalText(10000).optional(),
  coordinatorId: zId.nullish(),
});
export type TUpdateMissionInput = z.infer<typeof ZUpdateMissionInput>;

export const ZAddPhaseInput = z.object({ missionId: zId, ...phaseFields }).refine(endNotBeforeStart, endMessage);
export type TAddPhaseInput = z.infer<typeof ZAddPhaseInput>;

const phaseUpdateFields = {
  id: zId,
  version: zVersion,
  kind: z.enum(PHASE_KINDS).optional(),
  startDate: zDateOnly.optional(),
  endDate: zDateOnly.optional(),
  actualStartDate: zDateOnly.nullish(),
  actualEndDate: zDateOnly.nullish(),
  location: zOptionalText(200).optional(),
  reportDueDate: zDateOnly.nullish(),
  status: z.enum(PHASE_STATUSES).optional(),
  /** A coordinator's reason to keep team members whom the new dates double-book. */
  overrideReason: zOptionalText(500),
};

export const ZUpdatePhaseInput = z
  .object(phaseUpdateFields)
  .refine(endNotBeforeStart, endMessage)
  .refine((v) => !v.actualStartDate || !v.actualEndDate || v.actualEndDate >= v.actualStartDate, {
    message: "endBeforeStart",
    path: ["actualEndDate"],
  });
export type TUpdatePhaseInput = z.infer<typeof ZUpdatePhaseInput>;

/** The phase form (add or edit): the phase's own fields, and a reason when new dates double-book the team. */
export const ZPhaseFormValues = z
  .object({
    ...phaseFields,
    actualStartDate: zDateOnly.nullish(),
    actualEndDate: zDateOnly.nullish(),
    overrideReason: zOptionalText(500),
  })
  .refine(endNotBeforeStart, endMessage)
  .refine((v) => !v.actualStartDate || !v.actualEndDate || v.actualEndDate >= v.actualStartDate, {
    message: "endBeforeStart",
    path: ["actualEndDate"],
  });

/** Moving a phase along its workflow: the new status, and a reason when it double-books the team. */
export const ZPhaseStatusChange = z.object({
  status: phaseUpdateFields.status.unwrap(),
  overrideReason: phaseUpdateFields.overrideReason,
  /** Asked for when the move contradicts the calendar (workflows/phase.ts, calendarContradiction). */
  actualStartDate: phaseUpdateFields.actualStartDate,
  actualEndDate: phaseUpdateFields.actualEndDate,
});

export const ZAssignExpertInput = z.object({
  phaseId: zId,
  expertId: zId,
  role: z.enum(TEAM_ROLES),
  /** A coordinator's reason to accept an overlap or an unavailability. */
  overrideReason: zOptionalText(500),
});
export type TAssignExpertInput = z.infer<typeof ZAssignExpertInput>;

export const ZUnassignExpertInput = z.object({ phaseId: zId, expertId: zId });
export type TUnassignExpertInput = z.infer<typeof ZUnassignExpertInput>;
