// Evidence files over plain HTTP with the session cookie (docs/findings.md, "Evidence
// files"): POST /files/findings/:findingId (multipart, one field `file`) stores a file on
// a finding and answers `{ id, name, size, type }`; GET /files/:id downloads it and GET
// /files/:id/thumbnail shows a photo's preview. Multipart is parsed on the upload route
// only (everywhere else, tRPC stays JSON-only). The upload is refused before its bytes
// are read when the caller may not add files to the finding; its type is sniffed from the
// bytes against an allow-list; photos lose their metadata and gain a preview; the bytes
// are kept under a random key before the row is written, and removed again if the row is
// not. A file is served only to whoever may read its finding (404 otherwise, as for a
// file that does not exist), always as an attachment, with nosniff and a CSP that lets it
// do nothing.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Auth } from "../../auth/better-auth.ts";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/database.ts";
import { attachment } from "../../exports/file-name.ts";
import { cleanPhoto, UnreadableImage } from "../../files/images.ts";
import { safeDisplayName } from "../../files/names.ts";
import { ALLOWED_FILE_TYPES, isPhotoType, sniffFileType } from "../../files/sniff.ts";
import type { FileStore } from "../../files/store.ts";
import { keyedLimit } from "../../lib/keyed-limit.ts";
import { AppError } from "../../lib/errors.ts";
import type { SessionUser } from "../../services/auth.ts";
import { checkMayAttach, findReadableAttachment, recordAttachment } from "../../services/finding-files.ts";
import { isSameOriginRequest } from "../same-origin.ts";
import { sendRefusal, sessionUserOf } from "../session-request.ts";

export const FILES_PREFIX = "/files";

/** Ids are at most 64 characters of this alphabet, as everywhere in the API. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Why an upload or a download was refused: the client words each (locales, `findingFiles.errors`). */
export type FileRefusal =
  "unauthorized" | "crossOrigin" | "notFound" | "forbidden" | "noFile" | "tooLarge" | "typeNotAllowed" | "busy";

const STATUS: Record<FileRefusal, number> = {
  unauthorized: 401,
  crossOrigin: 403,
  forbidden: 403,
  notFound: 404,
  noFile: 400,
  tooLarge: 413,
  typeNotAllowed: 415,
  busy: 429,
};

const ERROR_TEXT: Record<FileRefusal, string> = {
  unauthorized: "Unauthorized",
  crossOrigin: "Cross-origin upload refused",
  forbidden: "You may not change this finding's files",
  notFound: "Not found",
  noFile: "Send one file in the multipart field `file`",
  tooLarge: "The file is larger than the limit",
  typeNotAllowed: "This type of file is not accepted",
  busy: "Too many uploads at once",
};

/** The policy of every file response: it may not run, load or frame anything. */
const FILE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

class UploadsBusy extends Error {}

/** A refusal as JSON, never cached; `reason` for the client to word it, `maxBytes` for a file too large. */
function refuse(reply: FastifyReply, reason: FileRefusal, extra: { maxBytes?: number } = {}) {
  return sendRefusal(reply, STATUS[reason], { error: ERROR_TEXT[reason], reason, ...extra });
}

function refusalOf(error: AppError): FileRefusal {
  if (error.kind === "NOT_FOUND") return "notFound";
  if (error.kind === "UNAUTHORIZED") return "unauthorized";
  return "forbidden";
}

/** Streams a request's file into a temporary file, hashing it on the way. */
async function receive(files: FileStore, stream: NodeJS.ReadableStream & { truncated?: boolean }, tempPath: string) {
  const hash = createHash("sha256");
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(stream, count, await files.openTemp(tempPath));
  return { size, sha256: hash.digest("hex"), truncated: stream.truncated === true };
}

/** True when the request ends after its file: nothing more was sent, no limit was passed. */
async function nothingAfter(parts: AsyncIterator<unknown>): Promise<boolean> {
  try {
    return (await parts.next()).done === true;
  } catch {
    return false;
  }
}

function isFileTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "FST_REQ_FILE_TOO_LARGE";
}

type Stored = { storageKey: string; thumbnailKey: string | null; size: number; sha256: string };

/**
 * Keeps a received file under random keys: a photo as its cleaned copy (metadata gone,
 * then hashed as stored) with a preview, anything else as received.
 */
async function keep(files: FileStore, tempPath: string, type: string, received: { size: number; sha256: string }) {
  if (!isPhotoType(type)) {
    return { storageKey: await files.keep(tempPath), thumbnailKey: null, ...received } satisfies Stored;
  }
  const [cleanPath, thumbnailPath] = [await files.tempPath(), await files.tempPath()];
  try {
    const { size } = await cleanPhoto(tempPath, type as "image/jpeg", cleanPath, thumbnailPath);
    const sha256 = await hashFile(cleanPath);
    const storageKey = await files.keep(cleanPath);
    try {
      return { storageKey, thumbnailKey: await files.keep(thumbnailPath), size, sha256 } satisfies Stored;
    } catch (error) {
      await files.remove(storageKey);
      throw error;
    }
  } finally {
    await files.remove(cleanPath, thumbnailPath);
  }
}

async function hashFile(tempPath: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(tempPath)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function registerFindingFiles(
  app: FastifyInstance,
  { db, auth, config, files }: { db: Database; auth: Auth; config: Config; files: FileStore },
) {
  const uploading = keyedLimit({ concurrency: 2, maxWaiting: 2, refusal: () => new UploadsBusy() });

  async function upload(
    request: FastifyRequest<{ Params: { findingId: string } }>,
    reply: FastifyReply,
    user: SessionUser,
  ) {
    const { findingId } = request.params;
    try {
      await checkMayAttach(db.prisma, user, findingId);
    } catch (error) {
      if (error instanceof AppError) return refuse(reply, refusalOf(error));
      throw error;
    }
    if (!request.isMultipart()) return refuse(reply, "noFile");

    const parts = request.parts({ limits: { fileSize: config.maxUploadBytes, files: 1, fields: 0, parts: 1 } });
    let part;
    try {
      part = (await parts.next()).value;
    } catch (error) {
      request.log.info({ err: error }, "unreadable upload");
      return refuse(reply, "noFile");
    }
    if (!part || part.type !== "file" || part.fieldname !== "file") return refuse(reply, "noFile");

    const outcome = await storeFile(user, findingId, part, () => nothingAfter(parts));
    if ("refusal" in outcome) return refuse(reply, outcome.refusal, outcome.extra);
    return reply.code(201).header("cache-control", "no-store").send(outcome.saved);
  }

  type Outcome =
    { saved: Awaited<ReturnType<typeof recordAttachment>> } | { refusal: FileRefusal; extra?: { maxBytes: number } };

  /**
   * Receives, checks, keeps and records one file. Whatever the outcome, no temporary file
   * is left and no kept file lacks its row by the time it returns (before any answer).
   */
  async function storeFile(
    user: SessionUser,
    findingId: string,
    part: { file: NodeJS.ReadableStream & { truncated?: boolean }; filename?: string },
    alone: () => Promise<boolean>,
  ): Promise<Outcome> {
    const tooLarge = { refusal: "tooLarge", extra: { maxBytes: config.maxUploadBytes } } as const;
    const tempPath = await files.tempPath();
    let stored: Stored | null = null;
    try {
      let received;
      try {
        received = await receive(files, part.file, tempPath);
      } catch (error) {
        if (isFileTooLarge(error)) return tooLarge;
        throw error;
      }
      if (received.truncated) return tooLarge;
      if (received.size === 0) return { refusal: "noFile" };
      // A second file or a field after it is refused, never silently dropped.
      if (!(await alone())) return { refusal: "noFile" };

      const type = await sniffFileType(tempPath, part.filename ?? "");
      if (!type) return { refusal: "typeNotAllowed" };
      try {
        stored = await keep(files, tempPath, type, received);
      } catch (error) {
        if (error instanceof UnreadableImage) return { refusal: "typeNotAllowed" };
        throw error;
      }

      const saved = await recordAttachment(db.prisma, user, {
        findingId,
        name: safeDisplayName(part.filename, ALLOWED_FILE_TYPES[type].ext),
        type,
        ...stored,
      });
      stored = null; // The row holds the files now.
      return { saved };
    } catch (error) {
      if (error instanceof AppError) return { refusal: refusalOf(error) };
      throw error;
    } finally {
      await files.remove(tempPath, stored?.storageKey, stored?.thumbnailKey);
    }
  }

  // Multipart is understood inside this scope only: the upload route.
  await app.register(async (scope) => {
    await scope.register(multipart, { throwFileSizeLimit: true });
    scope.post<{ Params: { findingId: string } }>(`${FILES_PREFIX}/findings/:findingId`, async (request, reply) => {
      if (!isSameOriginRequest(request, config)) return refuse(reply, "crossOrigin");
      const user = await sessionUserOf(db, auth, request, reply);
      if (!user) return refuse(reply, "unauthorized");
      if (!ID.test(request.params.findingId)) return refuse(reply, "notFound");
      try {
        return await uploading.run(user.id, () => upload(request, reply, user));
      } catch (error) {
        if (error instanceof UploadsBusy) return refuse(reply, "busy");
        throw error;
      }
    });
  });

  async function serve(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    which: "file" | "thumbnail",
  ) {
    const user = await sessionUserOf(db, auth, request, reply);
    if (!user) return refuse(reply, "unauthorized");
    if (!ID.test(request.params.id)) return refuse(reply, "notFound");
    const found = await findReadableAttachment(db.prisma, user, request.params.id);
    const key = which === "file" ? found?.storageKey : found?.thumbnailKey;
    if (!found || !key) return refuse(reply, "notFound");
    const bytes = await files.open(key);
    if (!bytes) {
      request.log.error({ attachmentId: found.id, which }, "an attachment's stored file is missing");
      return refuse(reply, "notFound");
    }
    reply
      .code(200)
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", FILE_CSP)
      .header("cross-origin-resource-policy", "same-origin")
      .header("content-length", String(bytes.size));
    if (which === "thumbnail") {
      const name = `${found.fileName.replace(/\.[^.]*$/, "")}-preview.jpg`;
      reply
        .header("content-type", "image/jpeg")
        .header("content-disposition", attachment(name).replace(/^attachment/, "inline"))
        .header("cache-control", "private, no-store");
    } else {
      const textual = found.contentType.startsWith("text/");
      reply
        .header("content-type", textual ? `${found.contentType}; charset=utf-8` : found.contentType)
        .header("content-disposition", attachment(found.fileName))
        .header("cache-control", "private, no-store");
    }
    return reply.send(bytes.stream);
  }

  app.get<{ Params: { id: string } }>(`${FILES_PREFIX}/:id`, { exposeHeadRoute: false }, (request, reply) =>
    serve(request, reply, "file"),
  );
  app.get<{ Params: { id: string } }>(`${FILES_PREFIX}/:id/thumbnail`, { exposeHeadRoute: false }, (request, reply) =>
    serve(request, reply, "thumbnail"),
  );
  // Any other address under /files is the same JSON 404, never the client's page.
  app.all(`${FILES_PREFIX}/*`, { exposeHeadRoute: false }, async (_request, reply) => refuse(reply, "notFound"));
}
