// A programme's IATI activity file over plain HTTP, for the programme page's download
// link: GET /export/programmes/:id.iati.xml with the session cookie (docs/documents.md,
// "IATI export"). As the other exports (roadmap-exports.ts, audit-exports.ts): no session
// is a 401; someone who may not export (policy mayExportIati), or a programme that does
// not exist, gets the same 404 as an unknown address; one export per user at a time. The
// file is small (one activity per mission), so it is built whole, then sent.
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { mayExportIati } from "@hemicycle/shared/policy";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import { programmeIatiFile } from "../../services/programme-iati.ts";
import { EXPORT_PREFIX, oneExportPerUser, refuseExport, sendDownload } from "../export-downloads.ts";
import { sessionUserOf } from "../session-request.ts";

/** `<id>.iati.xml`; ids are at most 64 characters, as everywhere in the API. */
const FILE = /^([A-Za-z0-9_-]{1,64})\.iati\.xml$/;

export function registerProgrammeExports(app: FastifyInstance, db: Database, auth: Auth) {
  const inTurn = oneExportPerUser();

  // Only GET: a HEAD would build the whole file to send none of it.
  app.get<{ Params: { file: string } }>(
    `${EXPORT_PREFIX}/programmes/:file`,
    { exposeHeadRoute: false },
    async (request, reply) => {
      const user = await sessionUserOf(db, auth, request, reply);
      if (!user) return refuseExport(reply, 401);
      const match = FILE.exec(request.params.file);
      if (!match || !mayExportIati(user)) return refuseExport(reply, 404);
      const id = match[1]!;

      return inTurn(reply, user.id, async () => {
        let file: { fileName: string; xml: string };
        try {
          file = await programmeIatiFile(db.prisma, user, id);
        } catch (error) {
          if (error instanceof AppError && error.kind === "NOT_FOUND") return void refuseExport(reply, 404);
          throw error;
        }
        await sendDownload(
          reply,
          Readable.from([Buffer.from(file.xml, "utf8")]),
          "application/xml; charset=utf-8",
          file.fileName,
        );
      });
    },
  );
}
