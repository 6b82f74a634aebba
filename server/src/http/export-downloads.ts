// What the export routes (routes/roadmap-exports.ts, routes/finding-exports.ts) share:
// their address, their refusals, one export at a time per user, and the file sent as a
// download while it is written.
import { finished } from "node:stream/promises";
import type { FastifyReply } from "fastify";
import { attachment } from "../exports/file-name.ts";
import { keyedLimit } from "../lib/keyed-limit.ts";
import { sendRefusal } from "./session-request.ts";

export const EXPORT_PREFIX = "/export";

const REFUSAL = { 400: "Bad request", 401: "Unauthorized", 404: "Not found", 429: "Too many exports at once" };

/** An export refused: JSON, never cached. A 404 reads the same whether the record is missing or out of reach. */
export function refuseExport(reply: FastifyReply, status: keyof typeof REFUSAL) {
  return sendRefusal(reply, status, { error: REFUSAL[status] });
}

class ExportsBusy extends Error {}

/**
 * One export at a time per user, since one export is far more work than one call: two
 * more may wait their turn, past that the export is refused (429). Each call makes its
 * own queues (one per route).
 */
export function oneExportPerUser() {
  const running = keyedLimit({ concurrency: 1, maxWaiting: 2, refusal: () => new ExportsBusy() });
  return async function inTurn(reply: FastifyReply, userId: string, task: () => Promise<void>) {
    try {
      await running.run(userId, task);
    } catch (error) {
      if (error instanceof ExportsBusy) return refuseExport(reply, 429);
      throw error;
    }
    return reply;
  };
}

/**
 * Sends `file` as a download named `fileName`, never cached nor sniffed, and resolves
 * once it is out: the user's turn lasts until then. A failure is Fastify's to log.
 */
export async function sendDownload(
  reply: FastifyReply,
  file: NodeJS.ReadableStream,
  contentType: string,
  fileName: string,
) {
  reply
    .code(200)
    .header("content-type", contentType)
    .header("content-disposition", attachment(fileName))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "no-store");
  void reply.send(file);
  await finished(file).catch(() => undefined);
}
