import { z } from "zod";
import { zId, zPagination } from "./common.ts";

export const ZAuditListInput = zPagination.extend({
  entityType: z.string().trim().max(64).optional(),
  entityId: zId.optional(),
  actorId: zId.optional(),
});
export type TAuditListInput = z.infer<typeof ZAuditListInput>;
