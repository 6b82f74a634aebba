import { z } from "zod";
import { AUDIT_ACTIONS } from "../audit-actions.ts";
import { zDateOnly, zId, zPagination } from "./common.ts";

/** The kinds of record the audit log names (`entityType`). */
export const AUDIT_ENTITY_TYPES = [
  "mission",
  "phase",
  "assignment",
  "finding",
  "attachment",
  "roadmap",
  "roadmapItem",
  "comment",
  "termsOfReference",
  "parliament",
  "programme",
  "expert",
  "user",
  "session",
  "address",
  "database",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The audit log's filters, shared by the list and its CSV export: who, on what, which action, between which days. */
export const ZAuditFilterInput = z.object({
  actorId: zId.optional(),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
  entityId: zId.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** The first day (UTC) included. */
  from: zDateOnly.optional(),
  /** The last day (UTC) included. */
  to: zDateOnly.optional(),
});
export type TAuditFilterInput = z.infer<typeof ZAuditFilterInput>;

export const ZAuditListInput = zPagination.extend(ZAuditFilterInput.shape);
export type TAuditListInput = z.infer<typeof ZAuditListInput>;
