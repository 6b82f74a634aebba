// Terms of reference as files over plain HTTP, for the editor's download buttons: GET
// /export/terms-of-reference/:id/:number.docx and .pdf, any saved version, with the session
// cookie. No session is a 401; terms of reference out of the user's reach, or a version they
// do not have, the same 404 as a missing one. Worded in the version's language
// (documents/terms-of-reference.ts); one export at a time per user, as the roadmap's.
import type { FastifyInstance } from "fastify";
import { Readable } from "node:stream";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { EXPORT_PREFIX, oneExportPerUser, refuseExport, sendDownload } from "../export-downloads.ts";
import { sessionUserOf } from "../session-request.ts";

/** `<number>.docx` or `<number>.pdf`. */
const FILE = /^([1-9]\d{0,8})\.(docx|pdf)$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const CONTENT_TYPE = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

export function registerTermsOfReferenceExports(app: FastifyInstance, db: Database, auth: Auth) {
  const inTurn = oneExportPerUser();

  app.get<{ Params: { id: string; file: string } }>(
    `${EXPORT_PREFIX}/terms-of-reference/:id/:file`,
    { exposeHeadRoute: false },
    async (request, reply) => {
      const user = await sessionUserOf(db, auth, request, reply);
      if (!user) return refuseExport(reply, 401);
      const match = FILE.exec(request.params.file);
      if (!match || !ID.test(request.params.id)) return refuseExport(reply, 404);
      const [, number, format] = match as unknown as [string, string, "docx" | "pdf"];

      return inTurn(reply, user.id, async () => {
        // The renderers (PDFKit, docx) load with the first document asked for, not at every start.
        const { findTorDocument } = await import("../../documents/terms-of-reference.ts");
        const found = await findTorDocument(db.prisma, user, request.params.id, Number(number));
        if (!found) return void refuseExport(reply, 404);
        const fileName = `${found.code}-terms-of-reference-v${number}.${format}`;
        const file =
          format === "pdf"
            ? (await import("../../documents/render/pdf.ts")).renderPdf(found.model)
            : Readable.from([await (await import("../../documents/render/docx.ts")).renderDocx(found.model)]);
        await sendDownload(reply, file, CONTENT_TYPE[format], fileName);
      });
    },
  );
}
