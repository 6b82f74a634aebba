// Evidence files over plain HTTP (POST /files/findings/:findingId, GET /files/:id and
// /files/:id/thumbnail) driven with `app.inject` on the demo data with real sign-ins, and
// findings.removeAttachment through the router: who may add, read and remove a file;
// photos stored without their GPS metadata and with a preview; a disguised executable and
// an oversized file refused with nothing stored; the download's headers.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { safeDisplayName } from "@hemicycle/server/files/names";
import { createFileStore, type FileStore } from "@hemicycle/server/files/store";
import { buildApp } from "@hemicycle/server/http/app";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFinding } from "../factories/records.ts";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { rejection } from "../helpers/trpc-errors.ts";
import { signInOverHttp } from "../helpers/http-session.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;
type Response = Awaited<ReturnType<App["inject"]>>;

/** The test app's upload limit, small so that "too large" is quick to send. */
const MAX_UPLOAD_MB = 1;

let app: App;
let dataDir: string;
let filesDir: string;
let files: FileStore;
const cookies = new Map<string, string>();
const ids = {} as Record<"expert" | "coordinator", string> & { zambiaAssessment: string; namibiaAssessment: string };

const signIn = (email: string) => signInOverHttp(app, email);

/** A multipart body with one part; `disposition` overrides the part's Content-Disposition. */
function multipart(bytes: Uint8Array, name: string, options: { field?: string; disposition?: string } = {}) {
  const boundary = "----hemicycle-test-boundary";
  const disposition = options.disposition ?? `form-data; name="${options.field ?? "file"}"; filename="${name}"`;
  const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

function upload(
  findingId: string,
  as: string | undefined,
  bytes: Uint8Array,
  name: string,
  options: { disposition?: string; field?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const { payload, contentType } = multipart(bytes, name, options);
  return app.inject({
    method: "POST",
    url: `/files/findings/${findingId}`,
    headers: { "content-type": contentType, ...(as ? { cookie: cookies.get(as)! } : {}), ...options.headers },
    payload,
  });
}

function download(path: string, as?: string): Promise<Response> {
  return app.inject({ method: "GET", url: path, headers: as ? { cookie: cookies.get(as)! } : {} });
}

/** The files kept in the store's folder (not its temporary ones). */
function storedFiles(): string[] {
  return existsSync(filesDir) ? readdirSync(filesDir).filter((name) => !name.startsWith(".")) : [];
}

function incomingFiles(): string[] {
  const dir = join(filesDir, ".incoming");
  return existsSync(dir) ? readdirSync(dir) : [];
}

async function findingOn(phaseId: string, status: "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED" = "DRAFT") {
  const finding = await createFinding(db(), { phaseId, authorId: ids.expert, status });
  return finding.id;
}

/** A real JPEG with EXIF: the camera owner and a GPS position (Lusaka), with markers to look for. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: "MARKER-OWNER" },
      IFD3: {
        GPSLatitudeRef: "S",
        GPSLatitude: "15/1 25/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "28/1 17/1 0/1",
        GPSMapDatum: "MARKER-GPS",
      },
    })
    .toBuffer();
}

/** The start of a Linux executable (ELF) and of a Windows one (MZ … PE). */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]);
const EXE = (() => {
  const bytes = Buffer.alloc(256, 0);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
})();

/** A zip of stored (uncompressed) entries: enough for an Office file's container. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An Office Open XML package whose main part has this content type. */
function officeFile(mainContentType: string, folder: string): Buffer {
  return zip({
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${folder}/main.xml" ContentType="${mainContentType}"/></Types>`,
    [`${folder}/main.xml`]: "<document/>",
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-files-test-"));
  filesDir = join(dataDir, "evidence");
  files = createFileStore(filesDir);
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    FILES_DIR: filesDir,
    MAX_UPLOAD_MB: String(MAX_UPLOAD_MB),
    LOG_LEVEL: "silent",
  });
  expect(config.filesDir).toBe(filesDir);
  const auth = createAuth({
    prisma: prisma(),
    secret: "files-test-secret-files-test-secret-0123",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  for (const email of [
    "coordinator@hemicycle.test",
    "lead.expert@hemicycle.test",
    "expert@hemicycle.test",
    "outsider.expert@hemicycle.test",
    "staff.zambia@hemicycle.test",
    "staff.montenegro@hemicycle.test",
  ]) {
    cookies.set(email.split("@")[0]!, await signIn(email));
  }
  ids.expert = (await sessionUserByEmail(db(), "expert@hemicycle.test")).id;
  ids.coordinator = (await sessionUserByEmail(db(), "coordinator@hemicycle.test")).id;
  const phaseOf = async (code: string) =>
    (
      await prisma().phase.findFirstOrThrow({
        where: { kind: "ASSESSMENT", mission: { code } },
        select: { id: true },
      })
    ).id;
  ids.zambiaAssessment = await phaseOf("SADC-ZMB-2026");
  ids.namibiaAssessment = await phaseOf("SADC-NAM-2026");
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("uploading evidence", () => {
  it("keeps a photo without its location metadata, with a preview, and lists it on the finding", async () => {
    const findingId = await findingOn(ids.zambiaAssessment);
    const photo = await photoWithGps();
    // The test's own photo carries what must go.
    expect(photo.includes("MARKER-GPS")).toBe(true);
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const response = await upload(findingId, "expert", photo, "Server room.jpg");
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<{ id: string; name: string; size: number; type: string }>();
    expect(body).toEqual({
      id: expect.any(String),
      name: "Server room.jpg",
      size: expect.any(Number),
      type: "image/jpeg",
    });

    const row = await prisma().attachment.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({ findingId, fileName: "Server room.jpg", contentType: "image/jpeg", size: body.size });
    expect(row.thumbnailKey).not.toBeNull();
    // Random keys on disk, never the user's name.
    expect(row.storageKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const stored = readFileSync(join(filesDir, row.storageKey));
    expect(stored.length).toBe(row.size);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(row.sha256);
    expect(stored.includes("MARKER-GPS")).toBe(false);
    expect(stored.includes("MARKER-OWNER")).toBe(false);
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 640, 480]);

    const thumbnail = await sharp(readFileSync(join(filesDir, row.thumbnailKey!))).metadata();
    expect(thumbnail.format).toBe("jpeg");
    expect(Math.max(thumbnail.width, thumbnail.height)).toBe(320);
    expect(incomingFiles()).toEqual([]);

    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "attachment.create", entityId: body.id },
    });
    expect(audit.actorId).toBe(ids.expert);

    const detail = await callerFor(db(), await sessionUserByEmail(db(), "expert@hemicycle.test")).findings.byId({
      id: findingId,
    });
    expect(detail.attachments).toEqual([
      {
        id: body.id,
        name: "Server room.jpg",
        size: body.size,
        type: "image/jpeg",
        hasThumbnail: true,
        createdAt: expect.any(Date),
      },
    ]);
  });

  it("keeps documents and text as sent, sniffed from their bytes", async () => {
    const findingId = await findingOn(ids.zambiaAssessment);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const csv = Buffer.from("area,score\nWEB,3\nLEG,2 – légère\n");
    const cases: [Buffer, string, string][] = [
      [pdf, "assessment scan.pdf", "application/pdf"],
      // The name's extension does not make the type: a PDF called .txt is a PDF.
      [pdf, "notes.txt", "application/pdf"],
      [csv, "scores.csv", "text/csv"],
      [Buffer.from("Meeting notes\n"), "notes.txt", "text/plain"],
      [
        officeFile("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word"),
        "Report.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
      [
        officeFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl"),
        "Budget.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ],
    ];
    for (const [bytes, name, type] of cases) {
      const response = await upload(findingId, "expert", bytes, name);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201);
      expect(response.json()).toMatchObject({ name, type, size: bytes.length });
      const row = await prisma().attachment.findUniqueOrThrow({ where: { id: response.json<{ id: string }>().id } });
      expect(row.thumbnailKey).toBeNull();
      expect(readFileSync(join(filesDir, row.storageKey)).equals(bytes)).toBe(true);
    }
  });

  it("refuses an executable renamed .png, an unknown binary and text under another name, storing nothing", async () => {
    const findingId = await findingOn(ids.zambiaAssessment);
    const before = storedFiles().length;
    const refused: [Buffer, string][] = [
      [ELF, "photo.png"],
      [EXE, "scan.jpg"],
      [EXE, "report.pdf"],
      [Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]), "data.csv"], // binary bytes, text name
      [Buffer.from("#!/bin/sh\nrm -rf /\n"), "script.sh"], // text, but not a .csv or .txt
      [Buffer.from([0xc3, 0x28, 0x41]), "broken.txt"], // invalid UTF-8
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]), "truncated.jpg"], // a JPEG's start only
      [officeFile("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xl"), "budget.xlsx"], // macros
      [zip({ "payload.exe": "MZ" }), "archive.docx"], // a plain zip named .docx
    ];
    for (const [bytes, name] of refused) {
      const response = await upload(findingId, "expert", bytes, name);
      expect(response.statusCode, name).toBe(415);
      expect(response.json()).toMatchObject({ reason: "typeNotAllowed" });
    }
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
    expect(storedFiles().length).toBe(before);
    expect(incomingFiles()).toEqual([]);
  });

  it("refuses a file over the limit with 413, storing nothing", async () => {
    const findingId = await findingOn(ids.zambiaAssessment);
    const before = storedFiles().length;
    const big = Buffer.alloc(MAX_UPLOAD_MB * 1024 * 1024 + 1024, "a");
    const response = await upload(findingId, "expert", big, "big.txt");
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ reason: "tooLarge", maxBytes: MAX_UPLOAD_MB * 1024 * 1024 });
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
    expect(storedFiles().length).toBe(before);
    expect(incomingFiles()).toEqual([]);
  });

  it("refuses a request without a file in the `file` field", async () => {
    const findingId = await findingOn(ids.zambiaAssessment);
    const wrongField = await upload(findingId, "expert", Buffer.from("hello"), "a.txt", { field: "document" });
    expect(wrongField.statusCode).toBe(400);
    const empty = await upload(findingId, "expert", Buffer.alloc(0), "a.txt");
    expect(empty.statusCode).toBe(400);
    const json = await app.inject({
      method: "POST",
      url: `/files/findings/${findingId}`,
      headers: { cookie: cookies.get("expert")!, "content-type": "application/json" },
      payload: "{}",
    });
    expect(json.statusCode).toBe(400);
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
  });

  it("answers 401 without a session, 404 out of reach, 403 to who may read but not change the files", async () => {
    const draft = await findingOn(ids.zambiaAssessment);
    const validated = await findingOn(ids.zambiaAssessment, "VALIDATED");
    const namibia = await findingOn(ids.namibiaAssessment);
    const text = Buffer.from("notes\n");
    expect((await upload(draft, undefined, text, "a.txt")).statusCode).toBe(401);
    const cases: [string, string, number][] = [
      [draft, "outsider.expert", 404], // an expert on no mission
      [namibia, "expert", 404], // an expert not on that phase
      [draft, "staff.zambia", 404], // staff never see a draft
      [validated, "staff.montenegro", 404], // another parliament's staff
      ["no-such-finding", "coordinator", 404],
      [validated, "staff.zambia", 403], // staff read it, never write
      [validated, "expert", 403], // validated: locked, reopen first
      [validated, "coordinator", 403],
    ];
    for (const [findingId, persona, status] of cases) {
      const response = await upload(findingId, persona, text, "a.txt");
      expect(response.statusCode, `${persona} on ${findingId}`).toBe(status);
    }
    expect(await prisma().attachment.count({ where: { findingId: { in: [draft, validated, namibia] } } })).toBe(0);
    // The lead and a coordinator add files to a draft of the team.
    for (const persona of ["lead.expert", "coordinator"]) {
      expect((await upload(draft, persona, text, "a.txt")).statusCode, persona).toBe(201);
    }
  });

  it("refuses a post from another site's page (Origin or Referer), before anything else", async () => {
    const findingId = await findingOn(ids.zambiaAssessment);
    const text = Buffer.from("notes\n");
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { referer: "https://evil.example/page" },
      { origin: "http://localhost:3000.evil.example" },
    ];
    for (const headers of foreign) {
      const response = await upload(findingId, "expert", text, "a.txt", { headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json()).toMatchObject({ reason: "crossOrigin" });
    }
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
    // The app's own pages may post.
    const own = await upload(findingId, "expert", text, "a.txt", {
      headers: { origin: "http://localhost:3000", referer: "http://localhost:3000/findings/x" },
    });
    expect(own.statusCode, own.body).toBe(201);
  });

  it("keeps tRPC JSON-only: a multipart post to a procedure is refused", async () => {
    const { payload, contentType } = multipart(Buffer.from("x"), "a.txt");
    const response = await app.inject({
      method: "POST",
      url: "/trpc/findings.removeAttachment",
      headers: { "content-type": contentType, cookie: cookies.get("expert")! },
      payload,
    });
    expect(response.statusCode).toBe(415);
  });
});

describe("downloading evidence", () => {
  let draftFile: string;
  let validatedFile: string;
  let photo: string;

  beforeAll(async () => {
    const draft = await findingOn(ids.zambiaAssessment);
    const submitted = await findingOn(ids.zambiaAssessment, "SUBMITTED");
    // A path, a quote (as a quoted-pair), a control character and a right-to-left override.
    const named = await upload(draft, "expert", Buffer.from("secret draft notes\n"), "x", {
      disposition: `form-data; name="file"; filename="../../etc/passwd\\"\u0007\u202e.png.txt"`,
    });
    expect(named.statusCode, named.body).toBe(201);
    draftFile = named.json<{ id: string }>().id;
    const onSubmitted = await upload(submitted, "expert", Buffer.from("%PDF-1.4\n%%EOF\n"), "Rapport d'évaluation.pdf");
    expect(onSubmitted.statusCode, onSubmitted.body).toBe(201);
    validatedFile = onSubmitted.json<{ id: string }>().id;
    const withPhoto = await upload(draft, "expert", await photoWithGps(), "room.jpg");
    photo = withPhoto.json<{ id: string }>().id;
    // Validated after its files were added, as the workflow does.
    await prisma().finding.update({ where: { id: submitted }, data: { status: "VALIDATED" } });
  });

  it("serves the file as an attachment with a safe name, nosniff, no caching and a CSP that allows nothing", async () => {
    const response = await download(`/files/${draftFile}`, "expert");
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe("secret draft notes\n");
    // The name was made safe when stored: no path, no quote, no line break.
    const row = await prisma().attachment.findUniqueOrThrow({ where: { id: draftFile } });
    expect(row.fileName).toBe('passwd".png.txt');
    const disposition = String(response.headers["content-disposition"]);
    expect(disposition).toBe(`attachment; filename="passwd-.png.txt"; filename*=UTF-8''passwd%22.png.txt`);
    expect(disposition).not.toMatch(/[\r\n/\\]/);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.headers["content-security-policy"]).toMatch(/^default-src 'none'/);

    const pdf = await download(`/files/${validatedFile}`, "coordinator");
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toBe(
      `attachment; filename="Rapport-d-evaluation.pdf"; filename*=UTF-8''Rapport%20d%27%C3%A9valuation.pdf`,
    );
  });

  it("serves a photo's preview inline as a JPEG, and no preview for other files", async () => {
    const response = await download(`/files/${photo}/thumbnail`, "lead.expert");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/jpeg");
    expect(String(response.headers["content-disposition"])).toMatch(/^inline; filename="room-preview.jpg"/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(response.headers["cache-control"])).toMatch(/^private/);
    expect((await sharp(response.rawPayload).metadata()).format).toBe("jpeg");
    expect((await download(`/files/${draftFile}/thumbnail`, "expert")).statusCode).toBe(404);
  });

  it("gives a draft's files to the team and managers only, a validated finding's to its parliament's staff too", async () => {
    expect((await download(`/files/${draftFile}`)).statusCode).toBe(401);
    const missing = await download(`/files/no-such-file`, "coordinator");
    expect(missing.statusCode).toBe(404);
    const cases: [string, string, number][] = [
      [draftFile, "expert", 200],
      [draftFile, "lead.expert", 200],
      [draftFile, "coordinator", 200],
      [draftFile, "outsider.expert", 404],
      [draftFile, "staff.zambia", 404], // a draft's files are never the parliament's
      [draftFile, "staff.montenegro", 404],
      [`${photo}/thumbnail`, "staff.zambia", 404],
      [validatedFile, "staff.zambia", 200],
      [validatedFile, "staff.montenegro", 404], // another parliament's
      [validatedFile, "outsider.expert", 404],
    ];
    for (const [path, persona, status] of cases) {
      const response = await download(`/files/${path}`, persona);
      expect(response.statusCode, `${persona} ${path}`).toBe(status);
      if (status === 404) {
        expect(response.body).toBe(missing.body);
        expect(response.headers["content-disposition"]).toBeUndefined();
      }
    }
    // Staff's finding page lists the validated finding's files, as its address serves them.
    const staff = callerFor(db(), await sessionUserByEmail(db(), "staff.zambia@hemicycle.test"));
    const row = await prisma().attachment.findUniqueOrThrow({
      where: { id: validatedFile },
      select: { findingId: true },
    });
    expect((await staff.findings.byId({ id: row.findingId })).attachments.map((a) => a.id)).toEqual([validatedFile]);
  });

  it("answers any other address under /files with the same JSON 404", async () => {
    for (const url of ["/files/", "/files/a/b/c", `/files/${draftFile}/other`]) {
      const response = await download(url, "coordinator");
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ reason: "notFound" });
    }
  });
});

describe("findings.removeAttachment", () => {
  const as = async (email: string) => callerFor(db(), await sessionUserByEmail(db(), email), { files });

  async function fileOn(findingId: string) {
    const response = await upload(findingId, "coordinator", await photoWithGps(), "p.jpg");
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json<{ id: string }>().id;
    const row = await prisma().attachment.findUniqueOrThrow({ where: { id } });
    return { id, storageKey: row.storageKey, thumbnailKey: row.thumbnailKey! };
  }

  it("removes the row and its bytes for the finding's team while it is open, with an audit event", async () => {
    const findingId = await findingOn(ids.zambiaAssessment);
    const file = await fileOn(findingId);
    const expert = await as("expert@hemicycle.test");
    expect(await expert.findings.removeAttachment({ id: file.id })).toEqual({ id: file.id, findingId });
    expect(await prisma().attachment.count({ where: { id: file.id } })).toBe(0);
    expect(existsSync(join(filesDir, file.storageKey))).toBe(false);
    expect(existsSync(join(filesDir, file.thumbnailKey))).toBe(false);
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "attachment.remove", entityId: file.id },
    });
    expect(audit).toMatchObject({ actorId: ids.expert, before: expect.objectContaining({ fileName: "p.jpg" }) });
    expect((await download(`/files/${file.id}`, "expert")).statusCode).toBe(404);
    // Once gone, gone.
    expect((await rejection(expert.findings.removeAttachment({ id: file.id }))).code).toBe("NOT_FOUND");
  });

  it("is refused out of reach (NOT_FOUND), to staff and on a validated finding (FORBIDDEN), keeping the file", async () => {
    const draft = await findingOn(ids.zambiaAssessment);
    const submitted = await findingOn(ids.zambiaAssessment, "SUBMITTED");
    const draftFile = await fileOn(draft);
    const validatedFile = await fileOn(submitted);
    await prisma().finding.update({ where: { id: submitted }, data: { status: "VALIDATED" } });

    const cases: [string, string, "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED"][] = [
      [draftFile.id, "outsider.expert@hemicycle.test", "NOT_FOUND"],
      [draftFile.id, "staff.zambia@hemicycle.test", "NOT_FOUND"],
      [draftFile.id, "staff.montenegro@hemicycle.test", "NOT_FOUND"],
      [validatedFile.id, "staff.montenegro@hemicycle.test", "NOT_FOUND"],
      [validatedFile.id, "staff.zambia@hemicycle.test", "FORBIDDEN"],
      [validatedFile.id, "expert@hemicycle.test", "FORBIDDEN"],
      [validatedFile.id, "coordinator@hemicycle.test", "FORBIDDEN"],
    ];
    for (const [id, email, code] of cases) {
      expect((await rejection((await as(email)).findings.removeAttachment({ id }))).code).toBe(code);
    }
    expect(
      (await rejection(callerFor(db(), null, { files }).findings.removeAttachment({ id: draftFile.id }))).code,
    ).toBe("UNAUTHORIZED");
    for (const file of [draftFile, validatedFile]) {
      expect(await prisma().attachment.count({ where: { id: file.id } })).toBe(1);
      expect(existsSync(join(filesDir, file.storageKey))).toBe(true);
    }
    // A coordinator removes a file of the team's draft.
    await (await as("coordinator@hemicycle.test")).findings.removeAttachment({ id: draftFile.id });
    expect(existsSync(join(filesDir, draftFile.storageKey))).toBe(false);
  });
});

describe("the display name of a file", () => {
  it("keeps the last path segment without control characters, and a name for a nameless file", () => {
    expect(safeDisplayName('../../etc/passwd"\r\n.png', "png")).toBe('passwd".png');
    expect(safeDisplayName("C:\\Users\\me\\Desktop\\photo.jpg", "jpg")).toBe("photo.jpg");
    expect(safeDisplayName("invoice\u202egpj.exe", "pdf")).toBe("invoicegpj.exe");
    expect(safeDisplayName("   ", "pdf")).toBe("file.pdf");
    expect(safeDisplayName(undefined, "csv")).toBe("file.csv");
    expect(safeDisplayName("...hidden", "txt")).toBe("hidden");
    const long = safeDisplayName(`${"a".repeat(300)}.xlsx`, "xlsx");
    expect([long.length, long.endsWith(".xlsx")]).toEqual([200, true]);
  });
});
