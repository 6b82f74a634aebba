// What is read of a finding, in one place: the list's row, the page's detail, what the
// audit log records of a change, and the CSV's row each build on the same groups of
// fields, so a field added to findings is added once.
import type { Prisma } from "../db/generated/client.ts";
import { attachmentListSelect } from "./finding-files.ts";

/** What names a finding wherever it is listed: its area, kind, severity, grade and title. */
export const findingHeadingFields = {
  area: true,
  subArea: true,
  kind: true,
  severity: true,
  grade: true,
  title: true,
} satisfies Prisma.FindingSelect;

/** The finding's long texts, which a list leaves out. */
export const findingTextFields = {
  description: true,
  evidence: true,
  recommendation: true,
} satisfies Prisma.FindingSelect;

/** One row of the findings log (findings.list, the review queue). */
export const findingListSelect = {
  id: true,
  phaseId: true,
  ...findingHeadingFields,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  phase: {
    select: {
      id: true,
      kind: true,
      mission: { select: { id: true, code: true, title: true, parliament: { select: { id: true, name: true } } } },
    },
  },
} satisfies Prisma.FindingSelect;

/** Who validated the finding, and when. */
export const findingValidationFields = {
  validatedAt: true,
  validatedBy: { select: { id: true, name: true } },
} satisfies Prisma.FindingSelect;

/** The fields a finding's author writes, and its status: what the audit log records of it. */
export const findingAuditSelect = {
  id: true,
  phaseId: true,
  ...findingHeadingFields,
  ...findingTextFields,
  revisitsId: true,
  revisitOutcome: true,
  status: true,
  version: true,
} satisfies Prisma.FindingSelect;

/** A finding's page (findings.byId): the list's row, its texts, its revisit, its validation and its files. */
export const findingDetailSelect = {
  ...findingListSelect,
  ...findingTextFields,
  clientId: true,
  revisitsId: true,
  revisitOutcome: true,
  ...findingValidationFields,
  attachments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: attachmentListSelect },
} satisfies Prisma.FindingSelect;
