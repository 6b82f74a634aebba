// The audit log as CSV over plain HTTP, for the admin view's export link:
// GET /export/audit.csv?actorId=…&entityType=…&entityId=…&action=…&from=…&to=… with the
// session cookie, the same filters as audit.list. As the findings' export
// (finding-exports.ts): no session is a 401, the same-origin check and no-store apply to
// every /export route, the file streams out as it is written, one export per user at a
// time. Someone who may not read the log gets the same 404 as an unknown address. Worded in
// ?language= (the screens' language, which the link carries), else the account's, else
// the browser's.
import type { FastifyInstance } from "fastify";
import { languageSchema } from "@hemicycle/shared/languages";
import { mayReadAuditLog } from "@hemicycle/shared/policy";
import { ZAuditFilterInput } from "@hemicycle/shared/schemas/audit";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { auditCsv, auditFileName } from "../../exports/audit-csv.ts";
import { requestLanguage, translator } from "../../lib/translate.ts";
import { EXPORT_PREFIX, oneExportPerUser, refuseExport, sendDownload } from "../export-downloads.ts";
import { sessionUserOf } from "../session-request.ts";

const ZQuery = ZAuditFilterInput.extend({ language: languageSchema.optional() }).strict();

export function registerAuditExports(app: FastifyInstance, db: Database, auth: Auth) {
  const inTurn = oneExportPerUser();

  // Only GET: a HEAD would build the whole file to send none of it.
  app.get(`${EXPORT_PREFIX}/audit.csv`, { exposeHeadRoute: false }, async (request, reply) => {
    const user = await sessionUserOf(db, auth, request, reply);
    if (!user) return refuseExport(reply, 401);
    if (!mayReadAuditLog(user)) return refuseExport(reply, 404);
    const query = ZQuery.safeParse(request.query);
    if (!query.success) return refuseExport(reply, 400);
    const { language: asked, ...filters } = query.data;
    return inTurn(reply, user.id, async () => {
      // In the screens' language, else the reader's own, else the browser's (lib/translate.ts).
      const language = translator(asked ?? requestLanguage(user, request.headers["accept-language"]));
      await sendDownload(
        reply,
        auditCsv(db.prisma, filters, language),
        "text/csv; charset=utf-8",
        auditFileName(new Date()),
      );
    });
  });
}
