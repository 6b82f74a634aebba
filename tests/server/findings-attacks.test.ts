// An attacker's and a clumsy user's review of issue 8's server work: evidence files sent
// oddly (two files, extra fields, no type, a connection dropped mid-upload, a
// decompression bomb, SVG), the review's four eyes through the bulk validation, and what
// parliament staff could learn of drafts and review notes through the activity feed.
import { connect } from "node:net";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { crc32, deflateSync } from "node:zlib";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFinding } from "../factories/records.ts";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { rejection } from "../helpers/trpc-errors.ts";
import { signInOverHttp } from "../helpers/http-session.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;

let app: App;
let dataDir: string;
let filesDir: string;
const cookies = new Map<string, string>();
const ids = {} as { expert: string; zambiaAssessment: string };

const BOUNDARY = "----hemicycle-attack-boundary";

const signIn = (email: string) => signInOverHttp(app, email);

type Part = { name: string; filename?: string; bytes: Uint8Array };

function body(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? "" : `; filename="${part.filename}"`;
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n` +
          `Content-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(part.bytes),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

function post(findingId: string, payload: Buffer, headers: Record<string, string> = {}) {
  return app.inject({
    method: "POST",
    url: `/files/findings/${findingId}`,
    headers: {
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      cookie: cookies.get("expert")!,
      ...headers,
    },
    payload,
  });
}

function incomingFiles(): string[] {
  const dir = join(filesDir, ".incoming");
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** A PNG whose header claims these dimensions, with a few bytes of pixels: a decompression bomb's shape. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function draft() {
  return (await createFinding(db(), { phaseId: ids.zambiaAssessment, authorId: ids.expert, status: "DRAFT" })).id;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-attacks-test-"));
  filesDir = join(dataDir, "evidence");
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    FILES_DIR: filesDir,
    MAX_UPLOAD_MB: "1",
    LOG_LEVEL: "silent",
  });
  const auth = createAuth({
    prisma: prisma(),
    secret: "attacks-test-secret-attacks-test-secret-01",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  for (const email of ["expert@hemicycle.test", "staff.zambia@hemicycle.test", "lead.expert@hemicycle.test"]) {
    cookies.set(email.split("@")[0]!, await signIn(email));
  }
  ids.expert = (await sessionUserByEmail(db(), "expert@hemicycle.test")).id;
  ids.zambiaAssessment = (
    await prisma().phase.findFirstOrThrow({
      where: { kind: "ASSESSMENT", mission: { code: "SADC-ZMB-2026" } },
      select: { id: true },
    })
  ).id;
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("evidence files sent oddly", () => {
  it("refuses two files in one request, storing neither", async () => {
    const findingId = await draft();
    const response = await post(
      findingId,
      body([
        { name: "file", filename: "a.txt", bytes: Buffer.from("first\n") },
        { name: "file", filename: "b.txt", bytes: Buffer.from("second\n") },
      ]),
    );
    expect(response.statusCode, response.body).toBe(400);
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
    expect(incomingFiles()).toEqual([]);
  });

  it("refuses a field before or after the file, storing nothing", async () => {
    const findingId = await draft();
    const before = await post(
      findingId,
      body([
        { name: "note", bytes: Buffer.from("hello") },
        { name: "file", filename: "a.txt", bytes: Buffer.from("first\n") },
      ]),
    );
    expect(before.statusCode, before.body).toBe(400);
    const after = await post(
      findingId,
      body([
        { name: "file", filename: "a.txt", bytes: Buffer.from("first\n") },
        { name: "note", bytes: Buffer.from("hello") },
      ]),
    );
    expect(after.statusCode, after.body).toBe(400);
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
  });

  it("refuses a post without a Content-Type, storing nothing", async () => {
    const findingId = await draft();
    const response = await app.inject({
      method: "POST",
      url: `/files/findings/${findingId}`,
      headers: { cookie: cookies.get("expert")! },
      payload: Buffer.from("raw bytes"),
    });
    expect([400, 415]).toContain(response.statusCode);
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
  });

  it("refuses an SVG (it can carry script) under its own name", async () => {
    const findingId = await draft();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const response = await post(findingId, body([{ name: "file", filename: "chart.svg", bytes: svg }]));
    expect(response.statusCode).toBe(415);
  });

  it("refuses a PNG bomb (a small file of a huge image) without decoding it", async () => {
    const findingId = await draft();
    const bomb = png(50_000, 50_000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const response = await post(findingId, body([{ name: "file", filename: "bomb.png", bytes: bomb }]));
    expect(response.statusCode).toBe(415);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(incomingFiles()).toEqual([]);
  }, 60_000);

  it("leaves no temporary file when the client drops the connection mid-upload", async () => {
    const findingId = await draft();
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = new URL(address);
    const head =
      `POST /files/findings/${findingId} HTTP/1.1\r\nHost: localhost\r\nCookie: ${cookies.get("expert")}\r\n` +
      `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: 500000\r\n\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n`;
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.on("connect", resolve));
    socket.write(head);
    socket.write(Buffer.alloc(100_000, "a"));
    // Wait until the server has started writing the temporary file.
    for (let i = 0; i < 100 && incomingFiles().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    socket.destroy();
    for (let i = 0; i < 100 && incomingFiles().length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(incomingFiles()).toEqual([]);
    expect(await prisma().attachment.count({ where: { findingId } })).toBe(0);
  });
});

describe("the review's four eyes and what staff learn of it", () => {
  const as = async (email: string) => callerFor(db(), await sessionUserByEmail(db(), email));

  it("refuses a bulk validation that slips in the lead's own finding, another mission's or a repeat, validating none", async () => {
    const lead = await sessionUserByEmail(db(), "lead.expert@hemicycle.test");
    const caller = await as("lead.expert@hemicycle.test");
    const others = await createFinding(db(), {
      phaseId: ids.zambiaAssessment,
      authorId: ids.expert,
      status: "SUBMITTED",
    });
    const own = await createFinding(db(), { phaseId: ids.zambiaAssessment, authorId: lead.id, status: "SUBMITTED" });
    const namibiaPhase = await prisma().phase.findFirstOrThrow({
      where: { kind: "ASSESSMENT", mission: { code: "SADC-NAM-2026" } },
      select: { id: true },
    });
    const elsewhere = await createFinding(db(), {
      phaseId: namibiaPhase.id,
      authorId: ids.expert,
      status: "SUBMITTED",
    });
    const item = (f: { id: string; version: number }) => ({ id: f.id, version: f.version });

    const ownRefused = await rejection(caller.findings.validateMany({ items: [item(others), item(own)] }));
    expect(ownRefused.code).toBe("FORBIDDEN");
    const foreign = await rejection(caller.findings.validateMany({ items: [item(others), item(elsewhere)] }));
    expect(foreign.code).toBe("NOT_FOUND");
    const repeated = await rejection(caller.findings.validateMany({ items: [item(others), item(others)] }));
    expect(repeated.code).toBe("BAD_REQUEST");
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ id: `finding-${i}`, version: 1 }));
    expect((await rejection(caller.findings.validateMany({ items: tooMany }))).code).toBe("BAD_REQUEST");
    // Nor may the lead reopen or reject their own finding once a coordinator validated it.
    await prisma().finding.update({ where: { id: own.id }, data: { status: "VALIDATED" } });
    const reopen = await rejection(
      caller.findings.setStatus({ id: own.id, version: own.version, status: "SUBMITTED", comment: "mine" }),
    );
    expect(reopen.code).toBe("FORBIDDEN");
    const statuses = await prisma().finding.findMany({
      where: { id: { in: [others.id, elsewhere.id] } },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
  });

  it("shows staff neither a reviewer's reason nor a draft's title in the mission's activity, the list or the finding", async () => {
    const lead = await as("lead.expert@hemicycle.test");
    const staff = await as("staff.zambia@hemicycle.test");
    const submitted = await createFinding(db(), {
      phaseId: ids.zambiaAssessment,
      authorId: ids.expert,
      status: "SUBMITTED",
    });
    const secretTitle = "ATTACK-DRAFT-TITLE";
    await prisma().finding.update({
      where: { id: submitted.id },
      data: { title: secretTitle, description: "ATTACK-DRAFT-TEXT" },
    });
    const current = await prisma().finding.findUniqueOrThrow({
      where: { id: submitted.id },
      select: { version: true },
    });
    // Rejected with a reason, resubmitted, validated, reopened with a reason: the reasons are the team's.
    const moves: [string, string | undefined][] = [
      ["REJECTED", "ATTACK-REASON-REJECT"],
      ["SUBMITTED", undefined],
      ["VALIDATED", undefined],
      ["SUBMITTED", "ATTACK-REASON-REOPEN"],
    ];
    let version = current.version;
    for (const [status, comment] of moves) {
      const asWho = status === "SUBMITTED" && !comment ? await as("expert@hemicycle.test") : lead;
      const moved = await asWho.findings.setStatus({
        id: submitted.id,
        version,
        status: status as "SUBMITTED",
        ...(comment ? { comment } : {}),
      });
      version = moved.version;
    }
    const mission = await prisma().mission.findFirstOrThrow({ where: { code: "SADC-ZMB-2026" }, select: { id: true } });
    const activity = await staff.missions.activity({ missionId: mission.id, limit: 100 });
    const listed = await staff.findings.list({ search: "ATTACK-DRAFT", limit: 50 });
    const drafts = await staff.findings.list({ status: "SUBMITTED", limit: 50 });
    const seen = JSON.stringify([activity, listed, drafts]);
    for (const secret of [secretTitle, "ATTACK-DRAFT-TEXT", "ATTACK-REASON-REJECT", "ATTACK-REASON-REOPEN"])
      expect(seen).not.toContain(secret);
    expect(listed.total).toBe(0);
    expect(drafts.total).toBe(0);
    expect((await rejection(staff.findings.byId({ id: submitted.id }))).code).toBe("NOT_FOUND");

    // Validated again: staff read it, still without the reasons.
    await lead.findings.setStatus({ id: submitted.id, version, status: "VALIDATED" });
    const finding = await staff.findings.byId({ id: submitted.id });
    expect(finding.reviewNotes).toEqual([]);
    const after = JSON.stringify(await staff.missions.activity({ missionId: mission.id, limit: 100 }));
    expect(after).not.toContain("ATTACK-REASON");
  });
});

describe("benchmarks, comparisons and resent drafts across scopes", () => {
  const as = async (email: string) => callerFor(db(), await sessionUserByEmail(db(), email));

  it("keeps another parliament's identity and missions from staff", async () => {
    const staff = await as("staff.zambia@hemicycle.test");
    const myanmar = await prisma().mission.findFirstOrThrow({ where: { code: "MMR-VAL-2026" }, select: { id: true } });
    const other = await prisma().parliament.findFirstOrThrow({
      where: { missions: { some: { code: "MMR-VAL-2026" } } },
      select: { id: true, name: true },
    });
    expect((await rejection(staff.findings.benchmark({ parliamentId: other.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(staff.findings.compareAssessments({ missionId: myanmar.id }))).code).toBe("NOT_FOUND");
    const validationPhase = await prisma().phase.findFirstOrThrow({
      where: { missionId: myanmar.id, kind: "VALIDATION" },
      select: { id: true },
    });
    expect((await rejection(staff.findings.revisitCandidates({ phaseId: validationPhase.id }))).code).toBe("NOT_FOUND");
    const outsider = await as("outsider.expert@hemicycle.test");
    expect((await rejection(outsider.findings.compareAssessments({ missionId: myanmar.id }))).code).toBe("NOT_FOUND");
    for (const region of [undefined, "ASIA_PACIFIC", "EUROPE"] as const) {
      const benchmark = JSON.stringify(await staff.findings.benchmark(region ? { region } : {}));
      expect(benchmark).not.toContain(other.id);
      expect(benchmark).not.toContain(other.name);
    }
  });

  it("refuses a clientId resent on another phase, and an edit replayed after validation", async () => {
    const expert = await as("expert@hemicycle.test");
    const lead = await as("lead.expert@hemicycle.test");
    const input = {
      phaseId: ids.zambiaAssessment,
      area: "LEG" as const,
      kind: "GAP" as const,
      severity: "HIGH" as const,
      title: "Resent draft",
      description: "Bills travel by e-mail.",
      clientId: "8b0c2a52-4e1e-4d55-9f3a-3b8c3f0f7a11",
    };
    const first = await expert.findings.create(input);
    expect((await expert.findings.create(input)).id).toBe(first.id);
    // Another author's same clientId is their own finding, never the first one.
    const leads = await lead.findings.create(input);
    expect(leads.id).not.toBe(first.id);
    const strategic = await prisma().phase.findFirstOrThrow({
      where: { kind: "STRATEGIC_PLAN", mission: { code: "SADC-ZMB-2026" } },
      select: { id: true },
    });
    const elsewhere = await rejection(expert.findings.create({ ...input, phaseId: strategic.id }));
    expect([elsewhere.code, elsewhere.message]).toEqual(["CONFLICT", "draftOnOtherPhase"]);

    const submitted = await expert.findings.setStatus({ id: first.id, version: first.version, status: "SUBMITTED" });
    await lead.findings.setStatus({ id: first.id, version: submitted.version, status: "VALIDATED" });
    const replay = await rejection(
      expert.findings.update({ id: first.id, version: submitted.version, title: "Changed offline" }),
    );
    expect(replay.code).toBe("CONFLICT");
    expect((await prisma().finding.findUniqueOrThrow({ where: { id: first.id } })).title).toBe("Resent draft");
  });
});
