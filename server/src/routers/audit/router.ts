import { ZAuditListInput } from "@hemicycle/shared/schemas/audit";
import { listAuditEvents } from "../../services/audit.ts";
import { auditReaderProcedure, router } from "../../trpc.ts";

export const auditRouter = router({
  list: auditReaderProcedure.input(ZAuditListInput).query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
});
