// A finished export job's file (services/export-jobs.ts, docs/operations.md "Exports as
// jobs"): GET /export/jobs/:id/file with the session cookie, streamed from its chunks one at
// a time, with its exact length. Only its owner gets it: anyone else, an unknown id, or a
// job not (or no longer) done is the same 404. The same-origin check and no-store of every
// /export route apply.
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { exportJobFile } from "../../services/export-jobs.ts";
import { EXPORT_PREFIX, refuseExport, sendDownload } from "../export-downloads.ts";
import { sessionUserOf } from "../session-request.ts";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function registerExportJobFiles(app: FastifyInstance, db: Database, auth: Auth) {
  app.get<{ Params: { id: string } }>(
    `${EXPORT_PREFIX}/jobs/:id/file`,
    { exposeHeadRoute: false },
    async (request, reply) => {
      const user = await sessionUserOf(db, auth, request, reply);
      if (!user) return refuseExport(reply, 401);
      if (!ID.test(request.params.id)) return refuseExport(reply, 404);
      const file = await exportJobFile(db.prisma, user, request.params.id);
      if (!file) return refuseExport(reply, 404);
      reply.header("content-length", String(file.bytes));
      await sendDownload(reply, Readable.from(file.chunks()), file.contentType, file.fileName);
      return reply;
    },
  );
}
