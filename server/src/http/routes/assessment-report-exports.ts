// The assessment report as a file over plain HTTP, for the mission page's report dialog:
// GET /export/missions/:id/assessment-report.pdf (or .docx) with the session cookie, and
// optionally ?language=fr&phaseId=…. Worded in the language asked for, else the account's,
// else the browser's (requestLanguage). No session is a 401; a mission out of the user's
// reach, a phase not of it, or a report not yet shown to the parliament's staff the same
// 404 as a missing mission (documents/assessment-report.ts, findReportSource). One export at
// a time per user, as the roadmap's.
//
// Progress: the PDF streams while it is written, with no length known beforehand, so the
// response says how long it is likely to be (x-content-length-estimate, from the number of
// findings it holds) and the client shows the bytes received against it, as an estimate.
// The DOCX is built whole before the first byte (docx's Packer): it goes out with its exact
// Content-Length, and until then the client can only say it is being prepared.
import { Readable } from "node:stream";
import { isLanguage } from "@hemicycle/shared/languages";
import type { FastifyInstance } from "fastify";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { assessmentReportFileName } from "../../exports/file-name.ts";
import { requestLanguage } from "../../lib/translate.ts";
import { EXPORT_PREFIX, oneExportPerUser, refuseExport, sendDownload } from "../export-downloads.ts";
import { sessionUserOf } from "../session-request.ts";

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const FILE = /^assessment-report\.(pdf|docx)$/;

const CONTENT_TYPE = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

/**
 * About how many bytes a PDF report takes: the fonts' subsets and the fixed sections, then
 * each finding (a finding of a few paragraphs took about 750 bytes compressed: 300 made
 * 261 kB). tests/server/documents/assessment-report.test.ts checks the estimate stays
 * within a factor of two; a finding with long evidence takes more, which the client's
 * progress shows as "about".
 */
export function estimatedPdfBytes(findings: number): number {
  return 50_000 + findings * 750;
}

export const ESTIMATE_HEADER = "x-content-length-estimate";

export function registerAssessmentReportExports(app: FastifyInstance, db: Database, auth: Auth) {
  const inTurn = oneExportPerUser();

  app.get<{ Params: { id: string; file: string }; Querystring: { language?: string; phaseId?: string } }>(
    `${EXPORT_PREFIX}/missions/:id/:file`,
    { exposeHeadRoute: false },
    async (request, reply) => {
      const user = await sessionUserOf(db, auth, request, reply);
      if (!user) return refuseExport(reply, 401);
      const match = FILE.exec(request.params.file);
      const { language: asked, phaseId } = request.query;
      if (!match || !ID.test(request.params.id)) return refuseExport(reply, 404);
      if ((asked !== undefined && !isLanguage(asked)) || (phaseId !== undefined && !ID.test(phaseId))) {
        return refuseExport(reply, 400);
      }
      const format = match[1] as "pdf" | "docx";
      const language = asked ?? requestLanguage(user, request.headers["accept-language"]);

      return inTurn(reply, user.id, async () => {
        // The renderers (PDFKit, docx) load with the first document asked for, not at every start.
        const report = await import("../../documents/assessment-report.ts");
        const today = new Date();
        const source = await report.findReportSource(db.prisma, user, { missionId: request.params.id, phaseId }, today);
        if (!source) return void refuseExport(reply, 404);
        const model = report.assessmentReportDocument(db.prisma, user, source, language);
        const fileName = assessmentReportFileName(source.mission.code, language, today, format);
        if (format === "pdf") {
          const findings = await report.countReportFindings(db.prisma, user, source);
          reply.header(ESTIMATE_HEADER, String(estimatedPdfBytes(findings)));
          const file = (await import("../../documents/render/pdf.ts")).renderPdf(model);
          await sendDownload(reply, file, CONTENT_TYPE.pdf, fileName);
        } else {
          const bytes = await (await import("../../documents/render/docx.ts")).renderDocx(model);
          reply.header("content-length", String(bytes.length));
          await sendDownload(reply, Readable.from([bytes]), CONTENT_TYPE.docx, fileName);
        }
      });
    },
  );
}
