// Inputs of the roadmap procedures (docs/design.md, "Roadmaps"): the editor's forms and
// inline cells validate with these very schemas before the server does.
import { z } from "zod";
import { ICT_AREA_CODES, PRIORITIES, PROGRESS_STATUSES, REVIEW_DECISIONS, ROADMAP_STATUSES, TERMS } from "../enums.ts";
import { MAX_DB_INT, zDateOnly, zId, zOptionalText, zPagination, zRequiredText, zVersion } from "./common.ts";

/** A roadmap holds at most this many items: the Gantt and the exports are sized for it. */
export const MAX_ROADMAP_ITEMS = 5000;
/** Strategic plans run three to five years; ten is the most the editor draws. */
export const MAX_HORIZON_YEARS = 10;

const zYear = z.number().int().min(2000, "yearRange").max(2100, "yearRange");

const roadmapFields = {
  title: zRequiredText(200),
  vision: zOptionalText(10000),
  horizonStart: zYear,
  horizonEnd: zYear,
};

/**
 * The roadmap's own fields that people edit, in the order a reader goes through them: what
 * a revision freezes and a comparison reports (docs/roadmaps.md, "Revisions and review").
 */
export const ROADMAP_FIELDS: readonly RoadmapField[] = z.object(roadmapFields).keyof().options;
export type RoadmapField = keyof typeof roadmapFields;

type Horizon = { horizonStart?: number; horizonEnd?: number };
/** The horizon runs forwards and spans at most MAX_HORIZON_YEARS. */
function horizonIsValid({ horizonStart, horizonEnd }: Horizon): boolean {
  if (horizonStart === undefined || horizonEnd === undefined) return true;
  return horizonEnd >= horizonStart && horizonEnd - horizonStart < MAX_HORIZON_YEARS;
}
const horizonMessage = {
  message: "horizonRange",
  path: ["horizonEnd"],
  params: { maximum: MAX_HORIZON_YEARS },
};

export const ZCreateRoadmapInput = z
  .object({ missionId: zId, ...roadmapFields })
  .refine(horizonIsValid, horizonMessage);
export type TCreateRoadmapInput = z.infer<typeof ZCreateRoadmapInput>;

/** The roadmap's own fields; the server checks the horizon against the stored one when only one end is sent. */
export const ZUpdateRoadmapInput = z
  .object(roadmapFields)
  .partial()
  .extend({ id: zId, version: zVersion })
  .refine(horizonIsValid, horizonMessage);
export type TUpdateRoadmapInput = z.infer<typeof ZUpdateRoadmapInput>;

/** ISO 4217: three capital letters. */
export const zCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "currencyCode");

/**
 * A cost in major units with at most two decimals, as a string so that no cent is lost
 * to floating point ("125000", "125000.50"); numbers are accepted and converted.
 */
export const zCost = z
  .union([z.string().trim(), z.number().finite()])
  .transform((v) => (typeof v === "number" ? String(v) : v.replace(/[\s,]/g, "")))
  .pipe(z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, "costFormat"));

const itemFields = {
  title: zRequiredText(200),
  description: zOptionalText(10000),
  area: z.enum(ICT_AREA_CODES),
  strategicObjective: zOptionalText(200),
  responsibleUnit: zOptionalText(200),
  priority: z.enum(PRIORITIES),
  term: z.enum(TERMS),
  startDate: zDateOnly.nullable(),
  endDate: zDateOnly.nullable(),
  costEstimate: zCost.nullable(),
  currency: zCurrency.nullable(),
  fundingSource: zOptionalText(200),
  expectedBenefit: zOptionalText(2000),
  kpi: zOptionalText(500),
  progress: z.enum(PROGRESS_STATUSES),
  progressNote: zOptionalText(2000),
};

type ItemDates = {
  startDate?: Date | null;
  endDate?: Date | null;
  costEstimate?: string | null;
  currency?: string | null;
};
const datesInOrder = ({ startDate, endDate }: ItemDates) => !startDate || !endDate || endDate >= startDate;
const endMessage = { message: "endBeforeStart", path: ["endDate"] };
/** A cost means nothing without its currency. */
const costHasCurrency = ({ costEstimate, currency }: ItemDates) =>
  costEstimate === undefined || costEstimate === null || currency !== null;
const currencyMessage = { message: "currencyRequired", path: ["currency"] };

export const ZRoadmapItemFields = z.object(itemFields);

/**
 * An item's own fields that people edit, in the order a reader goes through an item: the
 * server reads, audits, snapshots, exports and compares exactly these, the editor edits
 * them (docs/roadmaps.md, "Revisions and review" lists them in this order).
 */
export const ROADMAP_ITEM_FIELDS: readonly RoadmapItemField[] = ZRoadmapItemFields.keyof().options;
export type RoadmapItemField = keyof typeof itemFields;

export const ZCreateRoadmapItemInput = z
  .object({
    roadmapId: zId,
    ...itemFields,
    description: itemFields.description.optional(),
    strategicObjective: itemFields.strategicObjective.optional(),
    responsibleUnit: itemFields.responsibleUnit.optional(),
    priority: itemFields.priority.default("MEDIUM"),
    term: itemFields.term.default("SHORT"),
    startDate: itemFields.startDate.optional().default(null),
    endDate: itemFields.endDate.optional().default(null),
    costEstimate: itemFields.costEstimate.optional().default(null),
    currency: itemFields.currency.optional().default(null),
    fundingSource: itemFields.fundingSource.optional(),
    expectedBenefit: itemFields.expectedBenefit.optional(),
    kpi: itemFields.kpi.optional(),
    progress: itemFields.progress.default("NOT_STARTED"),
    progressNote: itemFields.progressNote.optional(),
    /** Findings the item answers (same parliament, visible to the caller). */
    findingIds: z.array(zId).max(100).default([]),
    /** Where to insert it; at the end when absent. */
    position: z.number().int().min(0).max(MAX_DB_INT).optional(),
  })
  .refine(datesInOrder, endMessage)
  .refine(costHasCurrency, currencyMessage);
export type TCreateRoadmapItemInput = z.input<typeof ZCreateRoadmapItemInput>;

/** Any subset of an item's fields; the server checks dates and currency against the stored item. */
export const ZUpdateRoadmapItemInput = z
  .object(itemFields)
  .partial()
  .extend({ id: zId, version: zVersion })
  .refine(datesInOrder, endMessage);
export type TUpdateRoadmapItemInput = z.input<typeof ZUpdateRoadmapItemInput>;

export const ZRemoveRoadmapItemInput = z.object({ id: zId, version: zVersion });

/** The items' new order: every item of the roadmap, once; guarded by the roadmap's version. */
export const ZReorderRoadmapItemsInput = z.object({
  id: zId,
  version: zVersion,
  itemIds: z.array(zId).max(MAX_ROADMAP_ITEMS),
});

export const ZSetDependenciesInput = z.object({
  itemId: zId,
  /** Items that must come first; the whole set, replacing the current one. */
  dependsOn: z.array(zId).max(100),
});

export const ZLinkFindingsInput = z.object({
  itemId: zId,
  /** The whole set of findings the item answers, replacing the current one. */
  findingIds: z.array(zId).max(100),
});

export const ZSubmitRoadmapInput = z.object({ id: zId, version: zVersion });

export const ZReviewRoadmapInput = z.object({
  id: zId,
  /** The revision the reviewer read and decides on. */
  revision: z.number().int().min(1).max(MAX_DB_INT),
  decision: z.enum(REVIEW_DECISIONS),
  comment: zRequiredText(5000),
});

export const ZRoadmapCommentInput = z.object({
  roadmapId: zId,
  /** On one item; on the roadmap as a whole when absent. */
  itemId: zId.nullish(),
  /** A reply in this thread. */
  parentId: zId.nullish(),
  body: zRequiredText(5000),
});

export const ZResolveCommentInput = z.object({ id: zId, version: zVersion, resolved: z.boolean() });

export const ZCompareRevisionsInput = z.object({
  id: zId,
  from: z.number().int().min(1).max(MAX_DB_INT),
  /** A revision number, or "current" for the roadmap as it is now. */
  to: z.union([z.number().int().min(1).max(MAX_DB_INT), z.literal("current")]),
});

export const ZMarkRevisionSeenInput = z.object({ id: zId, number: z.number().int().min(1).max(MAX_DB_INT) });

export const ZUpdateProgressInput = z.object({
  itemId: zId,
  version: zVersion,
  progress: z.enum(PROGRESS_STATUSES),
  /** Left out: the note stays as it is; null or empty: no note. */
  progressNote: zOptionalText(2000).optional(),
});
export type TUpdateProgressInput = z.infer<typeof ZUpdateProgressInput>;

/** The roadmaps the caller may see, most recently changed first. */
export const ZRoadmapListInput = zPagination.extend({
  parliamentId: zId.optional(),
  status: z.enum(ROADMAP_STATUSES).optional(),
});
export type TRoadmapListInput = z.infer<typeof ZRoadmapListInput>;
