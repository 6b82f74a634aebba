// Roadmap exports over plain HTTP, for a link or a download button: GET
// /export/roadmaps/:id.csv and /export/roadmaps/:id.pdf with the session cookie. The user
// comes from the cookie as for tRPC (services/auth.ts); no session is a 401, a roadmap out
// of the user's reach the same 404 as one that does not exist. The file streams out as it
// is written, worded in ?language= (the screens' language, which the links carry), else the
// reader's own, else their browser's. The rate limits of request-limits.ts count each request like any route, and
// since one export is far more work than one call, each user runs one at a time (two more
// may wait; past that, 429).
import { isLanguage } from "@hemicycle/shared/languages";
import type { FastifyInstance } from "fastify";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { roadmapFileName } from "../../exports/file-name.ts";
import { exportLabelsIn } from "../../exports/labels.ts";
import { roadmapCsv } from "../../exports/roadmap-csv.ts";
import { findExportRoadmap } from "../../exports/roadmap-export-data.ts";
import { requestLanguage } from "../../lib/translate.ts";
import { EXPORT_PREFIX, oneExportPerUser, refuseExport, sendDownload } from "../export-downloads.ts";
import { sessionUserOf } from "../session-request.ts";

/** `<id>.csv` or `<id>.pdf`; ids are at most 64 characters, as everywhere in the API. */
const FILE = /^([A-Za-z0-9_-]{1,64})\.(csv|pdf)$/;

const CONTENT_TYPE = { csv: "text/csv; charset=utf-8", pdf: "application/pdf" } as const;

export function registerRoadmapExports(app: FastifyInstance, db: Database, auth: Auth) {
  const inTurn = oneExportPerUser();

  // Only GET: a HEAD would build the whole file to send none of it.
  app.get<{ Params: { file: string }; Querystring: { language?: string } }>(
    `${EXPORT_PREFIX}/roadmaps/:file`,
    { exposeHeadRoute: false },
    async (request, reply) => {
      const user = await sessionUserOf(db, auth, request, reply);
      if (!user) return refuseExport(reply, 401);
      const match = FILE.exec(request.params.file);
      if (!match) return refuseExport(reply, 404);
      const [, id, format] = match as unknown as [string, string, "csv" | "pdf"];
      const asked = request.query.language;
      if (asked !== undefined && !isLanguage(asked)) return refuseExport(reply, 400);

      return inTurn(reply, user.id, async () => {
        const roadmap = await findExportRoadmap(db.prisma, user, id);
        if (!roadmap) return void refuseExport(reply, 404);
        const today = new Date();
        // In the screens' language, else the reader's own, else their browser's
        // (lib/translate.ts); an Arabic reader's PDF is laid out right to left (exports/pdf-text.ts).
        const language = asked ?? requestLanguage(user, request.headers["accept-language"]);
        const labels = exportLabelsIn(language);
        // PDFKit and its fonts' code load with the first PDF asked for, not at every start.
        const file =
          format === "csv"
            ? roadmapCsv(db.prisma, user, roadmap, labels)
            : (await import("../../exports/roadmap-pdf.ts")).roadmapPdf(db.prisma, user, roadmap, today, labels);
        await sendDownload(reply, file, CONTENT_TYPE[format], roadmapFileName(roadmap.mission.code, today, format));
      });
    },
  );

  // Any other address under /export is the same JSON 404, never the client's page.
  app.get(`${EXPORT_PREFIX}/*`, { exposeHeadRoute: false }, async (_request, reply) => refuseExport(reply, 404));
}
