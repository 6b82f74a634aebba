// The codes of the IATI 2.03 codelists (iatistandard.org/en/iati-standard/203/codelists/)
// that the programme's activity file uses, each with the codelist's own name, and how
// Hemicycle's states map onto them (docs/documents.md, "IATI export").
import type { MissionStatus } from "@hemicycle/shared/enums";

export const IATI_VERSION = "2.03";

/** OrganisationType (2.03). */
export const ORGANISATION_TYPES = [
  "10", // Government
  "11", // Local Government
  "15", // Other Public Sector
  "21", // International NGO
  "22", // National NGO
  "23", // Regional NGO
  "24", // Partner Country based NGO
  "30", // Public Private Partnership
  "40", // Multilateral
  "60", // Foundation
  "70", // Private Sector
  "71", // Private Sector in Provider Country
  "72", // Private Sector in Aid Recipient Country
  "73", // Private Sector in Third Country
  "80", // Academic, Training and Research
  "90", // Other
] as const;

/** A beneficiary parliament is a national public institution: OrganisationType 10, Government. */
export const PARLIAMENT_ORGANISATION_TYPE = "10";

/**
 * OrganisationRole. The codelist has four roles and none is "beneficiary": a parliament
 * that receives the assistance and owns its outcome (it endorses the roadmap) is the
 * Accountable organisation, "responsible for oversight of the activity and its outcomes";
 * Extending (3) would say it manages the funder's budget, which it does not.
 */
export const ORGANISATION_ROLE = { funding: "1", accountable: "2", extending: "3", implementing: "4" } as const;

/** ActivityStatus: 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled. */
export const ACTIVITY_STATUS = {
  pipeline: "1",
  implementation: "2",
  finalisation: "3",
  closed: "4",
  cancelled: "5",
} as const;

/**
 * A mission's status as an activity status. A completed mission is Finalisation, not
 * Closed: Closed also says that the last disbursement is made, which Hemicycle does not know.
 */
export const MISSION_ACTIVITY_STATUS: Record<MissionStatus, string> = {
  PLANNED: ACTIVITY_STATUS.pipeline,
  IN_PROGRESS: ACTIVITY_STATUS.implementation,
  COMPLETED: ACTIVITY_STATUS.finalisation,
  CANCELLED: ACTIVITY_STATUS.cancelled,
};

/** ActivityDateType. */
export const ACTIVITY_DATE = { plannedStart: "1", actualStart: "2", plannedEnd: "3", actualEnd: "4" } as const;

/** DescriptionType: 1 General, 2 Objectives. */
export const DESCRIPTION_TYPE = { general: "1", objectives: "2" } as const;

/** Sector 15152, "Legislatures and political parties", in vocabulary 1 (OECD DAC CRS purpose codes, 5 digits). */
export const SECTOR = { vocabulary: "1", code: "15152" } as const;

/** RelatedActivityType: 1 Parent, 2 Child. */
export const RELATED_ACTIVITY = { parent: "1", child: "2" } as const;

/** BudgetType 1 Original; BudgetStatus 1 Indicative (a roadmap's costs are estimates, not committed). */
export const BUDGET = { type: "1", status: "1" } as const;

/** ResultType 2 Outcome: a roadmap item's KPI measures the change the initiative brings. */
export const RESULT_TYPE_OUTCOME = "2";

/** IndicatorMeasure 5 Qualitative: a KPI is a sentence, with no unit to count in. */
export const INDICATOR_MEASURE_QUALITATIVE = "5";

/** `hierarchy`: the programme is the parent (1), its missions its children (2). */
export const HIERARCHY = { programme: "1", mission: "2" } as const;
