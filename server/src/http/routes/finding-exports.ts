// The validated findings as CSV over plain HTTP, for the findings log's export link:
// GET /export/findings.csv?missionId=…&parliamentId=…&area=… with the session cookie. As
// the roadmap exports (roadmap-exports.ts): no session is a 401, a mission out of the
// user's reach the same 404 as one that does not exist, the file streams out as it is
// written, and each user runs one export of findings at a time (two more may wait; past
// that, 429). Only validated findings within the user's scope are in the file. Worded in
// ?language= (the screens' language, which the link carries), else the account's, else
// the browser's.
import type { FastifyInstance } from "fastify";
import { languageSchema } from "@hemicycle/shared/languages";
import { ZFindingFilterInput } from "@hemicycle/shared/schemas/findings";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { findingsCsv, findingsExportName } from "../../exports/findings-csv.ts";
import { requestLanguage, translator } from "../../lib/translate.ts";
import { EXPORT_PREFIX, oneExportPerUser, refuseExport, sendDownload } from "../export-downloads.ts";
import { sessionUserOf } from "../session-request.ts";

const ZQuery = ZFindingFilterInput.pick({ missionId: true, parliamentId: true, area: true })
  .extend({ language: languageSchema.optional() })
  .strict();

export function registerFindingExports(app: FastifyInstance, db: Database, auth: Auth) {
  const inTurn = oneExportPerUser();

  // Only GET: a HEAD would build the whole file to send none of it.
  app.get(`${EXPORT_PREFIX}/findings.csv`, { exposeHeadRoute: false }, async (request, reply) => {
    const user = await sessionUserOf(db, auth, request, reply);
    if (!user) return refuseExport(reply, 401);
    const query = ZQuery.safeParse(request.query);
    if (!query.success) return refuseExport(reply, 400);
    const { language: asked, ...filters } = query.data;

    return inTurn(reply, user.id, async () => {
      const fileName = await findingsExportName(db.prisma, user, filters, new Date());
      if (!fileName) return void refuseExport(reply, 404);
      // In the screens' language, else the reader's own, else the browser's (lib/translate.ts).
      const language = translator(asked ?? requestLanguage(user, request.headers["accept-language"]));
      const file = findingsCsv(db.prisma, user, filters, language);
      await sendDownload(reply, file, "text/csv; charset=utf-8", fileName);
    });
  });
}
