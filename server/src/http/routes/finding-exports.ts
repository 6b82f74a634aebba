// The validated findings as CSV over plain HTTP, for the findings log's export link:
// GET /export/findings.csv?missionId=…&parliamentId=…&area=… with the session cookie. As
// the roadmap exports (roadmap-exports.ts): no session is a 401, a mission out of the
// user's reach the same 404 as one that does not exist, the file streams out as it is
// written, and each user runs one export of findings at a time (two more may wait; past
// that, 429). Only validated findings within the user's scope are in the file.
import { finished } from "node:stream/promises";
import type { FastifyInstance } from "fastify";
import { ZFindingFilterInput } from "@hemicycle/shared/schemas/findings";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { missionScope, scoped } from "../../access/scopes.ts";
import { attachment } from "../../exports/file-name.ts";
import { findingsCsv, findingsFileName } from "../../exports/findings-csv.ts";
import { keyedLimit } from "../../lib/keyed-limit.ts";
import { resolveSessionUser } from "../../services/auth.ts";
import { EXPORT_PREFIX, refuse, toHeaders } from "./roadmap-exports.ts";

const ZQuery = ZFindingFilterInput.pick({ missionId: true, parliamentId: true, area: true }).strict();

class ExportsBusy extends Error {}

export function registerFindingExports(app: FastifyInstance, db: Database, auth: Auth) {
  const running = keyedLimit({ concurrency: 1, maxWaiting: 2, refusal: () => new ExportsBusy() });

  // Only GET: a HEAD would build the whole file to send none of it.
  app.get(`${EXPORT_PREFIX}/findings.csv`, { exposeHeadRoute: false }, async (request, reply) => {
    const user = await resolveSessionUser(db.prisma, auth, toHeaders(request.headers), (value) => {
      void reply.header("set-cookie", value);
    });
    if (!user) return refuse(reply, 401);
    const query = ZQuery.safeParse(request.query);
    if (!query.success) {
      return reply.code(400).header("cache-control", "no-store").send({ error: "Bad request" });
    }
    const filters = query.data;

    try {
      await running.run(user.id, async () => {
        const mission = filters.missionId
          ? await db.prisma.mission.findFirst({
              where: scoped(missionScope(user), { id: filters.missionId }),
              select: { code: true },
            })
          : null;
        if (filters.missionId && !mission) return void refuse(reply, 404);
        const file = findingsCsv(db.prisma, user, filters);
        reply
          .code(200)
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", attachment(findingsFileName(mission?.code ?? null, new Date())))
          .header("x-content-type-options", "nosniff")
          .header("cache-control", "no-store");
        void reply.send(file);
        // The user's turn lasts until the file is out; a failure is Fastify's to log.
        await finished(file).catch(() => undefined);
      });
    } catch (error) {
      if (error instanceof ExportsBusy) return refuse(reply, 429);
      throw error;
    }
    return reply;
  });
}
