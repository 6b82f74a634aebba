// Inputs of the team procedures beyond assigning one expert (schemas/missions.ts):
// suggestions for a phase, copying a team to another phase, changing the lead.
import { z } from "zod";
import { zId, zRequiredText, zVersion } from "./common.ts";

export const ZSuggestExpertsInput = z.object({ phaseId: zId });
export type TSuggestExpertsInput = z.infer<typeof ZSuggestExpertsInput>;

/** A coordinator's reason to add one expert despite a clash. */
const ZTeamOverride = z.object({ expertId: zId, reason: zRequiredText(500) });

export const ZCopyTeamInput = z.object({
  fromPhaseId: zId,
  toPhaseId: zId,
  /** Experts refused on a clash by an earlier attempt, added this time with a reason. */
  overrides: z.array(ZTeamOverride).max(50).default([]),
});
export type TCopyTeamInput = z.infer<typeof ZCopyTeamInput>;

export const ZSetLeadInput = z.object({
  phaseId: zId,
  expertId: zId,
  /** The phase's version as the caller saw it; a different one answers STALE_VERSION. */
  version: zVersion.optional(),
});
export type TSetLeadInput = z.infer<typeof ZSetLeadInput>;
