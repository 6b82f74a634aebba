// Roadmap exports over plain HTTP, for a link or a download button: GET
// /export/roadmaps/:id.csv and /export/roadmaps/:id.pdf with the session cookie. The user
// comes from the cookie as for tRPC (services/auth.ts); no session is a 401, a roadmap out
// of the user's reach the same 404 as one that does not exist. The file streams out as it
// is written. The rate limits of request-limits.ts count each request like any route, and
// since one export is far more work than one call, each user runs one at a time (two more
// may wait; past that, 429).
import { finished } from "node:stream/promises";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Auth } from "../../auth/better-auth.ts";
import type { Database } from "../../db/database.ts";
import { attachment, roadmapFileName } from "../../exports/file-name.ts";
import { roadmapCsv } from "../../exports/roadmap-csv.ts";
import { findExportRoadmap } from "../../exports/roadmap-export-data.ts";
import { roadmapPdf } from "../../exports/roadmap-pdf.ts";
import { keyedLimit } from "../../lib/keyed-limit.ts";
import { resolveSessionUser } from "../../services/auth.ts";

export const EXPORT_PREFIX = "/export";

/** `<id>.csv` or `<id>.pdf`; ids are at most 64 characters, as everywhere in the API. */
const FILE = /^([A-Za-z0-9_-]{1,64})\.(csv|pdf)$/;

const CONTENT_TYPE = { csv: "text/csv; charset=utf-8", pdf: "application/pdf" } as const;

/** Seconds a refused export is told to wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

class ExportsBusy extends Error {}

export function toHeaders(raw: FastifyRequest["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/** A refusal: JSON, never cached. The 404 reads the same whether the roadmap is missing or out of reach. */
export function refuse(reply: FastifyReply, status: 401 | 404 | 429) {
  const error = { 401: "Unauthorized", 404: "Not found", 429: "Too many exports at once" }[status];
  reply.code(status).header("cache-control", "no-store");
  if (status === 429) reply.header("retry-after", String(RETRY_AFTER_SECONDS));
  return reply.send({ error });
}

export function registerRoadmapExports(app: FastifyInstance, db: Database, auth: Auth) {
  const running = keyedLimit({ concurrency: 1, maxWaiting: 2, refusal: () => new ExportsBusy() });

  // Only GET: a HEAD would build the whole file to send none of it.
  app.get<{ Params: { file: string } }>(
    `${EXPORT_PREFIX}/roadmaps/:file`,
    { exposeHeadRoute: false },
    async (request, reply) => {
      const user = await resolveSessionUser(db.prisma, auth, toHeaders(request.headers), (value) => {
        void reply.header("set-cookie", value);
      });
      if (!user) return refuse(reply, 401);
      const match = FILE.exec(request.params.file);
      if (!match) return refuse(reply, 404);
      const [, id, format] = match as unknown as [string, string, "csv" | "pdf"];

      try {
        await running.run(user.id, async () => {
          const roadmap = await findExportRoadmap(db.prisma, user, id);
          if (!roadmap) return void refuse(reply, 404);
          const today = new Date();
          const file =
            format === "csv" ? roadmapCsv(db.prisma, user, roadmap) : roadmapPdf(db.prisma, user, roadmap, today);
          reply
            .code(200)
            .header("content-type", CONTENT_TYPE[format])
            .header("content-disposition", attachment(roadmapFileName(roadmap.mission.code, today, format)))
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
    },
  );

  // Any other address under /export is the same JSON 404, never the client's page.
  app.get(`${EXPORT_PREFIX}/*`, { exposeHeadRoute: false }, async (_request, reply) => refuse(reply, 404));
}
