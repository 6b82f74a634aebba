// The screens' language asked for by the export links (?language=…): the roadmap's CSV and
// PDF, the findings' CSV and the audit log's CSV are worded in it, before the account's and
// the browser's. A user without a language of their own who chose French in this browser
// (the sign-in page's menu, kept in localStorage) reads the screens in French while their
// browser still sends Accept-Language: en; the files must not come back in English. A
// language Hemicycle does not speak is a 400, as for the assessment report.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { findingCsvHeader } from "@hemicycle/server/exports/findings-csv";
import { exportLabelsIn } from "@hemicycle/server/exports/labels";
import { buildApp } from "@hemicycle/server/http/app";
import { translator } from "@hemicycle/server/lib/translate";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";
import { pdfText } from "../helpers/document-text.ts";
import { signInOverHttp } from "../helpers/http-session.ts";

const db = useTestDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
let cookie: string;
let roadmapId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-export-language-"));
  expect(await seedDemoData(db().prisma)).toEqual({ seeded: true });
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "export-language-secret-0123456789-abc",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  cookie = await signInOverHttp(app, "coordinator@hemicycle.test");
  await db().prisma.user.update({ where: { email: "coordinator@hemicycle.test" }, data: { language: null } });
  roadmapId = (await db().prisma.roadmap.findFirstOrThrow({ select: { id: true } })).id;
});

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const get = (url: string) =>
  app.inject({ method: "GET", url, headers: { cookie, "accept-language": "en-US,en;q=0.9" } });

/** The CSV's first line, its byte order mark taken off. */
const headerOf = (body: string) => body.replace(/^\uFEFF/, "").split("\r\n")[0];

describe("an export asked for in the screens' language", () => {
  it("words the findings' CSV in it", async () => {
    const response = await get("/export/findings.csv?language=fr");
    expect(response.statusCode).toBe(200);
    expect(headerOf(response.body)).toBe(findingCsvHeader(translator("fr")).join(","));
  });

  it("words the audit log's CSV in it", async () => {
    const response = await get("/export/audit.csv?language=es");
    expect(response.statusCode).toBe(200);
    expect(headerOf(response.body)?.split(",")[0]).toBe(translator("es").t("auditLog.csv.when"));
    expect(translator("es").t("auditLog.csv.when")).not.toBe(translator("en").t("auditLog.csv.when"));
  });

  it("words the roadmap's CSV and PDF in it", async () => {
    const csv = await get(`/export/roadmaps/${roadmapId}.csv?language=fr`);
    expect(csv.statusCode).toBe(200);
    expect(headerOf(csv.body)).toContain(exportLabelsIn("fr").csv.title);
    expect(headerOf(csv.body)).not.toBe(headerOf((await get(`/export/roadmaps/${roadmapId}.csv`)).body));
    const pdf = await get(`/export/roadmaps/${roadmapId}.pdf?language=ar`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(await pdfText(pdf.rawPayload)).toContain(translator("ar").t("ictArea.GOV"));
  });

  it("refuses a language Hemicycle does not speak, or asked twice, as a 400", async () => {
    for (const query of ["language=de", "language=", "language=fr&language=es"]) {
      expect((await get(`/export/findings.csv?${query}`)).statusCode, query).toBe(400);
      expect((await get(`/export/audit.csv?${query}`)).statusCode, query).toBe(400);
      expect((await get(`/export/roadmaps/${roadmapId}.csv?${query}`)).statusCode, query).toBe(400);
    }
  });
});
