// The validated findings as CSV over plain HTTP (GET /export/findings.csv), driven with
// `app.inject` on the demo data with real sign-ins: a 401 without a session, the same 404
// as a missing mission for one out of reach, only validated findings within the caller's
// scope and filters, the headers of a download, the byte order mark and the defence
// against formula injection.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { FINDING_CSV_COLUMNS } from "@hemicycle/server/exports/findings-csv";
import { buildApp } from "@hemicycle/server/http/app";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import type { Prisma } from "@hemicycle/server/db/generated/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";
import { signInOverHttp } from "../helpers/http-session.ts";
import fr from "../../shared/locales/fr.json" with { type: "json" };

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;

let app: App;
let dataDir: string;
const cookies = new Map<string, string>();
let zambia: { missionId: string; parliamentId: string; code: string };
let formulaId: string;

const EXPORT = "/export/findings.csv";
const HEADER = Object.values(FINDING_CSV_COLUMNS);

const signIn = (email: string) => signInOverHttp(app, email);

function download(query: Record<string, string> = {}, as?: string) {
  const search = new URLSearchParams(query).toString();
  return app.inject({
    method: "GET",
    url: search ? `${EXPORT}?${search}` : EXPORT,
    headers: as ? { cookie: cookies.get(as)! } : {},
  });
}

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      records.push([...record, field]);
      record = [];
      field = "";
      i += 1;
    } else field += c;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

/** The header and the rows keyed by the header's labels. */
function csv(body: string) {
  const [header, ...rows] = parseCsv(body.replace(/^\uFEFF/, ""));
  return {
    header: header!,
    rows: rows.map((row) => Object.fromEntries(header!.map((label, index) => [label, row[index] ?? ""]))),
  };
}

/** The titles the file should hold: validated findings matching `where`. */
async function validatedTitles(where: Prisma.FindingWhereInput) {
  const rows = await prisma().finding.findMany({ where: { status: "VALIDATED", ...where }, select: { title: true } });
  return rows.map((r) => r.title).sort();
}

const titlesOf = (body: string) =>
  csv(body)
    .rows.map((row) => row.Title!.replace(/^'/, ""))
    .sort();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-finding-export-test-"));
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: prisma(),
    secret: "export-test-secret-export-test-secret-0123",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  for (const email of [
    "coordinator@hemicycle.test",
    "outsider.expert@hemicycle.test",
    "staff.zambia@hemicycle.test",
    "staff.montenegro@hemicycle.test",
  ]) {
    cookies.set(email.split("@")[0]!, await signIn(email));
  }
  const mission = await prisma().mission.findUniqueOrThrow({
    where: { code: "SADC-ZMB-2026" },
    select: { id: true, code: true, parliamentId: true, phases: { select: { id: true }, take: 1 } },
  });
  zambia = { missionId: mission.id, parliamentId: mission.parliamentId, code: mission.code };
  const author = await prisma().user.findUniqueOrThrow({
    where: { email: "lead.expert@hemicycle.test" },
    select: { id: true },
  });
  const base = {
    phaseId: mission.phases[0]!.id,
    authorId: author.id,
    area: "WEB" as const,
    subArea: "open-data",
    kind: "GAP" as const,
    severity: "CRITICAL" as const,
    grade: 1,
  };
  formulaId = (
    await prisma().finding.create({
      data: {
        ...base,
        status: "VALIDATED",
        validatedById: author.id,
        validatedAt: new Date("2026-11-20T10:00:00Z"),
        title: '=HYPERLINK("http://evil.example","Click")',
        description: '+SUM(A1:A9), with a comma and a "quote"\nand a second line',
        evidence: "@evidence",
        recommendation: "-1+1",
      },
      select: { id: true },
    })
  ).id;
  await prisma().finding.create({
    data: { ...base, status: "DRAFT", title: "A draft never exported", description: "Not yet." },
  });
  await prisma().finding.create({
    data: { ...base, status: "SUBMITTED", title: "A submitted finding never exported", description: "Not yet." },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("who gets the findings export", () => {
  it("answers 401 without a session, and with a cookie that is no session", async () => {
    const anonymous = await download();
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ error: "Unauthorized" });
    expect(anonymous.headers["cache-control"]).toBe("no-store");
    const forged = await app.inject({
      method: "GET",
      url: EXPORT,
      headers: { cookie: "hemicycle.session_token=forged.value" },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.headers["content-disposition"]).toBeUndefined();
  });

  it("answers the same 404 as a missing mission for a mission out of the caller's reach", async () => {
    const missing = await download({ missionId: "no-such-mission" }, "coordinator");
    expect(missing.statusCode).toBe(404);
    for (const persona of ["staff.montenegro", "outsider.expert"]) {
      const response = await download({ missionId: zambia.missionId }, persona);
      expect(response.statusCode, persona).toBe(404);
      expect(response.body).toBe(missing.body);
      expect(response.headers["content-disposition"]).toBeUndefined();
    }
  });

  it("refuses filters that are not filters with a 400", async () => {
    const queries: Record<string, string>[] = [{ area: "XYZ" }, { severity: "HIGH" }, { missionId: "x".repeat(65) }];
    for (const query of queries) {
      const response = await download(query, "coordinator");
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
    }
  });
});

describe("what the findings export holds", () => {
  it("gives every validated finding, and only those, to a coordinator", async () => {
    const response = await download({}, "coordinator");
    expect(response.statusCode).toBe(200);
    const { header } = csv(response.body);
    expect(header).toEqual(HEADER);
    expect(titlesOf(response.body)).toEqual(await validatedTitles({}));
    expect(response.body).not.toContain("never exported");
  });

  it("gives a parliament's staff only their own parliament's validated findings", async () => {
    const own = await download({}, "staff.zambia");
    expect(own.statusCode).toBe(200);
    const expected = await validatedTitles({ phase: { mission: { parliamentId: zambia.parliamentId } } });
    expect(expected.length).toBeGreaterThan(1);
    expect(titlesOf(own.body)).toEqual(expected);
    expect(new Set(csv(own.body).rows.map((r) => r.Parliament))).toEqual(
      new Set([(await prisma().parliament.findUniqueOrThrow({ where: { id: zambia.parliamentId } })).name]),
    );

    const other = await download({ parliamentId: zambia.parliamentId }, "staff.montenegro");
    expect(other.statusCode).toBe(200);
    expect(csv(other.body).rows).toEqual([]);
    const outsider = await download({}, "outsider.expert");
    expect(csv(outsider.body).rows).toEqual([]);
  });

  it("follows the mission, parliament and area filters", async () => {
    const byMission = await download({ missionId: zambia.missionId }, "coordinator");
    expect(titlesOf(byMission.body)).toEqual(await validatedTitles({ phase: { missionId: zambia.missionId } }));
    expect(byMission.headers["content-disposition"]).toContain(`filename="findings-${zambia.code}-`);

    const byParliament = await download({ parliamentId: zambia.parliamentId, area: "WEB" }, "coordinator");
    expect(titlesOf(byParliament.body)).toEqual(
      await validatedTitles({ area: "WEB", phase: { mission: { parliamentId: zambia.parliamentId } } }),
    );
    expect(csv(byParliament.body).rows.every((r) => r["ICT area"] === "Parliamentary websites")).toBe(true);

    // Several areas: the parameter repeated.
    const twoAreas = await app.inject({
      method: "GET",
      url: `${EXPORT}?missionId=${zambia.missionId}&area=WEB&area=LEG`,
      headers: { cookie: cookies.get("coordinator")! },
    });
    expect(twoAreas.statusCode).toBe(200);
    expect(titlesOf(twoAreas.body)).toEqual(
      await validatedTitles({ area: { in: ["WEB", "LEG"] }, phase: { missionId: zambia.missionId } }),
    );
    expect(new Set(csv(twoAreas.body).rows.map((r) => r["ICT area"])).size).toBe(2);
  });

  it("is a download: CSV in UTF-8 with a byte order mark, an attachment, never sniffed or cached", async () => {
    const response = await download({}, "staff.zambia");
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="findings-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''findings-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body).toContain("\r\n");
  });

  it("words the header and the labels in the reader's language, from the screens' catalogue", async () => {
    const response = await app.inject({
      method: "GET",
      url: `${EXPORT}?missionId=${zambia.missionId}`,
      headers: { cookie: cookies.get("coordinator")!, "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" },
    });
    expect(response.statusCode).toBe(200);
    const { header, rows } = csv(response.body);
    expect(header).toEqual(Object.values(fr.translation.findingList.csv));
    expect(header).not.toEqual(HEADER);
    expect(rows.find((r) => r.Titre!.includes("HYPERLINK"))).toMatchObject({
      Mission: zambia.code,
      "Sous-domaine": fr.translation.ictSubArea.WEB["open-data"],
      Type: fr.translation.findingKind.GAP,
      Gravité: fr.translation.severity.CRITICAL,
      Note: `1 – ${fr.translation.grade[1]}`,
      "Validé le": "2026-11-20",
    });
  });

  it("neutralises every cell a spreadsheet would run as a formula, and keeps the text whole", async () => {
    const response = await download({ missionId: zambia.missionId }, "coordinator");
    const row = csv(response.body).rows.find((r) => r.Title!.includes("HYPERLINK"));
    expect(row, formulaId).toBeDefined();
    expect(row).toMatchObject({
      Mission: zambia.code,
      Title: `'=HYPERLINK("http://evil.example","Click")`,
      Description: `'+SUM(A1:A9), with a comma and a "quote"\nand a second line`,
      Evidence: "'@evidence",
      Recommendation: "'-1+1",
      "Sub-area": "Open data",
      Kind: "Gap",
      Severity: "Critical",
      Grade: "1 – Rudimentary",
      Author: expect.any(String),
      "Validated by": expect.any(String),
      "Validated on": "2026-11-20",
    });
    // No cell of the whole file starts a formula.
    for (const record of parseCsv(response.body.replace(/^\uFEFF/, ""))) {
      for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
