// What Hemicycle says to a person travels as a code and its values, never as an English
// sentence: the server and the shared schemas name the message, the client renders it in
// the reader's language (shared/locales/*.json, keys `messages.<code>`), formatting
// names, numbers and dates for that locale. See docs/design.md, "Messages".
import type { z } from "zod";

export const MESSAGE_CODES = [
  // Input validation, shown next to a field.
  "required",
  "enterPassword",
  "tooShort",
  "tooLong",
  "tooFew",
  "tooMany",
  "tooSmall",
  "tooLarge",
  "notAWholeNumber",
  "invalidEmail",
  "invalidWebAddress",
  "invalidChoice",
  "invalidValue",
  "dateFormat",
  "invalidDate",
  "yearRange",
  "countryCode",
  "languageCode",
  "missionCodeFormat",
  "gradeRange",
  "endBeforeStart",
  "staffNeedParliament",
  "missionNeedsPhase",
  "subAreaMismatch",
  "unknownParliament",
  "unknownProgramme",
  "unknownExpert",
  "notACoordinator",
  "alreadyInUse",
  "missionCodeInUse",
  "emailInUse",
  "expertHasAccount",
  "phaseHasLead",
  "statusNotAllowed",
  "actualStartRequired",
  "actualEndRequired",
  "clientIdUsed",
  "unstorableCharacter",
  "referenceMissing",
  "horizonRange",
  "currencyCode",
  "currencyRequired",
  "costFormat",
  "dependencyCycle",
  "dependencyOtherRoadmap",
  "findingOtherParliament",
  "roadmapExists",
  "roadmapFrozen",
  "roadmapTransition",
  "revisionNotUnderReview",
  "noRevisionUnderReview",
  "roadmapEmpty",
  "replyToThreadOnly",
  "itemsChanged",
  "revisitOnValidationOnly",
  "revisitNotEarlierFinding",
  "revisitOutcomeRequired",
  "revisitFindingRequired",
  "notAValidationMission",
  "reasonRequired",
  // CSV imports, per line and column.
  "csvUnreadable",
  "csvColumns",
  "duplicateInFile",
  // Whole-request answers: a toast, an alert in a dialog, an error page.
  "invalidInput",
  "signInRequired",
  "invalidCredentials",
  "signInThrottled",
  "tooManyRequests",
  "forbidden",
  "staffCannotWriteFindings",
  "notOnPhaseTeam",
  "onlyLeadReviewsFindings",
  "ownFindingReviewedByCoordinator",
  "findingChangedSince",
  "findingNotAwaitingReview",
  "findingLocked",
  "cannotChangeOwnAccount",
  "ownPasswordElsewhere",
  "wrongCurrentPassword",
  "lastActiveAdmin",
  "availabilityHidden",
  "notFound",
  "staleVersion",
  "duplicateRecord",
  "missionCodeTaken",
  "expertAlreadyOnTeam",
  "phaseLeadTaken",
  "draftOnOtherPhase",
  "phaseOverlap",
  "expertUnavailable",
  "bookedDuringUnavailability",
  "findingTransition",
  "phaseTransition",
  "phaseCancelledNoAssign",
  "teamMemberGone",
  // Why an expert is suggested for a phase (shared/src/expert-matching.ts).
  "matchArea",
  "matchLanguage",
  "matchNoLanguage",
  "matchAvailable",
  "matchConflicts",
  "matchWorkload",
  "phaseClosedToFindings",
  "torDraftTooLong",
  "reportClosedToComments",
  "reportSectionUnknown",
  // Exports run as jobs (shared/src/export-jobs.ts): refused, or why one failed.
  "exportsBusy",
  "exportFailed",
  "exportAccessLost",
  "requestRefused",
  "internal",
] as const;
export type MessageCode = (typeof MESSAGE_CODES)[number];

/**
 * Values a message is built from; enum values (a phase kind, a status) are translated by
 * the client. A value named `count` also picks the catalogue's plural form.
 */
export type MessageParam = string | number | boolean | Date | null;
export type MessageParams = Record<string, MessageParam>;

export type Message = { code: MessageCode; params?: MessageParams };

/** Field errors keyed by the field's dotted path (`phases.0.endDate`), as a form names its fields. */
export type FieldErrors = Record<string, Message[]>;

/** The records a message may name (`notFound`, `staleVersion`); the client translates `entity.<name>`. */
export type EntityName =
  | "mission"
  | "phase"
  | "assignment"
  | "finding"
  | "attachment"
  | "expert"
  | "parliament"
  | "programme"
  | "user"
  | "roadmap"
  | "roadmapItem"
  | "revision"
  | "comment"
  | "reportComment"
  | "termsOfReference"
  | "session"
  | "record";

const CODES: ReadonlySet<string> = new Set(MESSAGE_CODES);

function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === "string" && CODES.has(value);
}

export function message(code: MessageCode, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}

/** The bounds a zod issue carries, as message values (`{{minimum}}`, `{{maximum}}`). */
function boundsOf(issue: z.core.$ZodIssue): MessageParams {
  const params: MessageParams = {};
  if ("minimum" in issue) params.minimum = toParam(issue.minimum);
  if ("maximum" in issue) params.maximum = toParam(issue.maximum);
  if (issue.code === "custom" && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) params[key] = toParam(value);
  }
  return params;
}

function toParam(value: unknown): MessageParam {
  if (typeof value === "bigint") return Number(value);
  if (value === null || value instanceof Date || ["string", "number", "boolean"].includes(typeof value))
    return value as MessageParam;
  return String(value);
}

/**
 * The message of a zod issue: the code a schema names as its message (`"endBeforeStart"`),
 * else one that follows from the kind of issue (an empty required text is `required`, a
 * text over its limit `tooLong` with its `maximum`). The server's error formatter and the
 * client's forms both call this, so a field says the same thing whichever side caught it.
 */
export function messageFromIssue(issue: z.core.$ZodIssue): Message {
  const params = boundsOf(issue);
  const withParams = (code: MessageCode): Message => (Object.keys(params).length ? { code, params } : { code });
  if (isMessageCode(issue.message)) return withParams(issue.message);
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? { code: "required" } : withParams("tooShort");
      if (issue.origin === "array" || issue.origin === "set") return withParams("tooFew");
      return withParams("tooSmall");
    case "too_big":
      if (issue.origin === "string") return withParams("tooLong");
      if (issue.origin === "array" || issue.origin === "set") return withParams("tooMany");
      return withParams("tooLarge");
    case "invalid_format":
      if (issue.format === "email") return { code: "invalidEmail" };
      if (issue.format === "url") return { code: "invalidWebAddress" };
      return { code: "invalidValue" };
    case "invalid_type":
      return issue.expected === "int" ? { code: "notAWholeNumber" } : { code: "invalidValue" };
    case "invalid_value":
      return { code: "invalidChoice" };
    default:
      return { code: "invalidValue" };
  }
}
