import { ZAuditListInput } from "@hemicycle/shared/schemas/audit";
import { listAuditActors, listAuditEvents } from "../../services/audit-list.ts";
import { auditReaderProcedure, router } from "../../trpc.ts";

export const auditRouter = router({
  list: auditReaderProcedure.input(ZAuditListInput).query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
  /** The people the log names as actors, for its filter. */
  actors: auditReaderProcedure.query(({ ctx }) => listAuditActors(ctx.db)),
});
