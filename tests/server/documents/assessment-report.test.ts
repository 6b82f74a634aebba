// The assessment report (server/src/documents/assessment-report.ts) and its files
// (GET /export/missions/:id/assessment-report.pdf|.docx): the UN DESA outline's sections
// in order, a validated finding with its evidence and grade, no draft, the team annex,
// in English, French and Arabic, read back from the PDF (PDF.js) and the DOCX
// (word/document.xml); who gets it (the coordinators, the mission's experts, the
// parliament's staff once a phase is in parliament review) and who a 404; the structured
// content with its section ids; and a mission of 300 findings built within a bound.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import type { SessionUser } from "@hemicycle/server/context";
import {
  assessmentReportContent,
  assessmentReportDocument,
  findReportSource,
} from "@hemicycle/server/documents/assessment-report";
import { renderDocx } from "@hemicycle/server/documents/render/docx";
import { renderPdf } from "@hemicycle/server/documents/render/pdf";
import { buildApp } from "@hemicycle/server/http/app";
import { estimatedPdfBytes } from "@hemicycle/server/http/routes/assessment-report-exports";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { REPORT_SECTIONS, isReportSection } from "@hemicycle/shared/documents/assessment-report";
import type { Language } from "@hemicycle/shared/languages";
import ar from "@hemicycle/shared/locales/ar.json";
import en from "@hemicycle/shared/locales/en.json";
import fr from "@hemicycle/shared/locales/fr.json";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignToPhase,
  createExpert,
  createMission,
  createParliament,
  createProgramme,
  createUser,
} from "../../factories/records.ts";
import { useTestDatabase } from "../../helpers/database.ts";
import { docxText, pdfText } from "../../helpers/document-text.ts";
import { signInOverHttp } from "../../helpers/http-session.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;
let app: App;
let dataDir: string;

const PASSWORD = "report-test-password-1234";
type ReportWords = { documents: { report: { eyebrow: string; sections: Record<string, string> } } };
const CATALOGUES = { en: en.translation, fr: fr.translation, ar: ar.translation } as const;
const words = (language: keyof typeof CATALOGUES) => CATALOGUES[language] as unknown as ReportWords;

/** The section headings of a catalogue, in the report's order. */
function headings(language: keyof typeof CATALOGUES): string[] {
  const sections = words(language).documents.report.sections;
  return REPORT_SECTIONS.map((id) => sections[id]!);
}

const VALIDATED = {
  title: "Votes are counted by hand",
  evidence: "Observed in the chamber on 21 September: tellers count standing members.",
  recommendation: "Procure an electronic voting system with a paper audit trail.",
};
const PHASE_B_TITLE = "The intranet has no search";
const DRAFT_TITLE = "A draft nobody agreed yet";
const STRENGTH_TITLE = "The library catalogue is online";
const ROADMAP_ITEM = "Electronic voting in the chamber";
/** A finding written in Arabic: read back in logical order from an Arabic and an English report. */
const ARABIC_TITLE = "لا يوجد نظام للتصويت الإلكتروني في القاعة";

const world = {} as {
  missionId: string;
  phaseA: string;
  phaseB: string;
  otherMissionId: string;
  coordinator: SessionUser;
  lead: SessionUser;
  outsider: SessionUser;
  staff: SessionUser;
  otherStaff: SessionUser;
  leadName: string;
  memberName: string;
};
const cookies = new Map<string, string>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-report-test-"));
  const d = db();
  const parliament = await createParliament(d, { name: "National Assembly of Testland", countryCode: "ZM" });
  const other = await createParliament(d);
  const programme = await createProgramme(d);
  const mission = await createMission(d, {
    parliamentId: parliament.id,
    programmeId: programme.id,
    phases: [
      { kind: "ASSESSMENT", startDate: "2026-09-21", endDate: "2026-09-25", status: "PARLIAMENT_REVIEW" },
      { kind: "VALIDATION", startDate: "2027-02-01", endDate: "2027-02-05", status: "DRAFT_REPORT" },
    ],
  });
  const otherMission = await createMission(d, { parliamentId: other.id });
  const phaseA = mission.phases[0]!;
  const phaseB = mission.phases[1]!;
  await prisma().phase.update({ where: { id: phaseA.id }, data: { location: "Lusaka, Parliament Buildings" } });
  const leadExpert = await createExpert(d);
  const member = await createExpert(d);
  const outsiderExpert = await createExpert(d);
  await assignToPhase(d, phaseA.id, leadExpert.id, "LEAD");
  await assignToPhase(d, phaseA.id, member.id);
  await assignToPhase(d, phaseB.id, leadExpert.id, "LEAD");

  const user = (role: Parameters<typeof createUser>[1]["role"], extra: object = {}) =>
    createUser(d, { role, password: PASSWORD, ...extra });
  Object.assign(world, {
    missionId: mission.id,
    phaseA: phaseA.id,
    phaseB: phaseB.id,
    otherMissionId: otherMission.id,
    coordinator: await user("COORDINATOR"),
    lead: await user("EXPERT", { expertId: leadExpert.id }),
    outsider: await user("EXPERT", { expertId: outsiderExpert.id }),
    staff: await user("PARLIAMENT_STAFF", { parliamentId: parliament.id }),
    otherStaff: await user("PARLIAMENT_STAFF", { parliamentId: other.id }),
    leadName: leadExpert.name,
    memberName: member.name,
  });

  const finding = (data: {
    phaseId: string;
    title: string;
    status: "DRAFT" | "VALIDATED";
    kind?: "GAP" | "STRENGTH" | "RISK";
    area?: "INF" | "LIB" | "LEG";
    severity?: "CRITICAL" | "HIGH" | "LOW";
    grade?: number;
    evidence?: string;
    recommendation?: string;
  }) =>
    prisma().finding.create({
      data: {
        phaseId: data.phaseId,
        authorId: world.lead.id,
        area: data.area ?? "INF",
        kind: data.kind ?? "GAP",
        severity: data.severity ?? "HIGH",
        grade: data.grade ?? null,
        title: data.title,
        description: "What the team found, in **a few** words.",
        evidence: data.evidence ?? null,
        recommendation: data.recommendation ?? null,
        status: data.status,
      },
      select: { id: true },
    });
  const validated = await finding({
    phaseId: phaseA.id,
    title: VALIDATED.title,
    status: "VALIDATED",
    severity: "CRITICAL",
    grade: 1,
    evidence: VALIDATED.evidence,
    recommendation: VALIDATED.recommendation,
  });
  await prisma().attachment.create({
    data: {
      findingId: validated.id,
      fileName: "tellers.jpg",
      contentType: "image/jpeg",
      size: 204_800,
      storageKey: `test/${validated.id}`,
    },
  });
  await finding({ phaseId: phaseA.id, title: DRAFT_TITLE, status: "DRAFT" });
  await finding({ phaseId: phaseA.id, title: ARABIC_TITLE, status: "VALIDATED", area: "LEG", severity: "HIGH" });
  await finding({ phaseId: phaseB.id, title: PHASE_B_TITLE, status: "VALIDATED", area: "LEG", severity: "LOW" });
  await finding({
    phaseId: phaseA.id,
    title: STRENGTH_TITLE,
    status: "VALIDATED",
    kind: "STRENGTH",
    area: "LIB",
    severity: "LOW",
    grade: 4,
  });
  await prisma().roadmap.create({
    data: {
      missionId: mission.id,
      title: "ICT strategic plan 2027–2031",
      horizonStart: 2027,
      horizonEnd: 2031,
      items: {
        create: [
          { title: ROADMAP_ITEM, area: "INF", position: 1, findings: { create: [{ findingId: validated.id }] } },
        ],
      },
    },
  });

  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: prisma(),
    secret: "report-test-secret-report-test-secret-0123",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: d, auth });
  await app.ready();
  resetSignInThrottle();
  for (const key of ["coordinator", "lead", "outsider", "staff", "otherStaff"] as const) {
    cookies.set(key, await signInOverHttp(app, world[key].email, PASSWORD));
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const reportUrl = (missionId: string, format: "pdf" | "docx", query = "") =>
  `/export/missions/${missionId}/assessment-report.${format}${query}`;

function download(url: string, as?: string, headers: Record<string, string> = {}) {
  return app.inject({ method: "GET", url, headers: { ...(as ? { cookie: cookies.get(as)! } : {}), ...headers } });
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

function inOrder(text: string, parts: readonly string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

async function fileText(format: "pdf" | "docx", language: Language, as = "coordinator", query = "") {
  const response = await download(reportUrl(world.missionId, format, `?language=${language}${query}`), as);
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  const bytes = new Uint8Array(response.rawPayload);
  return squash(format === "pdf" ? await pdfText(bytes) : docxText(bytes));
}

describe("the report's contents, read back from its files", () => {
  for (const format of ["pdf", "docx"] as const) {
    it(`${format}, English: the outline's sections in order, the validated finding with its evidence and grade, no draft, the team`, async () => {
      const text = await fileText(format, "en");
      // The cover, the contents, then each section in the guidelines' order.
      inOrder(text, ["ASSESSMENT REPORT", "ICT assessment of National Assembly of Testland", "Contents"]);
      const body = text.slice(text.indexOf(headings("en")[7]!) + headings("en")[7]!.length);
      inOrder(body, headings("en"));
      expect(text).toContain(VALIDATED.title);
      expect(text).toContain(VALIDATED.evidence);
      expect(text).toContain(VALIDATED.recommendation);
      expect(text).toContain("Grade: 1 – Rudimentary");
      expect(text).toContain("Severity: Critical");
      expect(text).toContain("tellers.jpg (200 kB)");
      expect(text).toContain(STRENGTH_TITLE);
      expect(text).toContain(PHASE_B_TITLE);
      expect(text).toContain(ARABIC_TITLE);
      expect(text).not.toContain(DRAFT_TITLE);
      // The recommendation names the roadmap item that answers it.
      expect(text).toContain(`In the roadmap: ${ROADMAP_ITEM}`);
      // Annex A: the team with roles and institutions; Annex C: the phases with their places.
      const annexes = text.slice(text.lastIndexOf(headings("en")[5]!));
      inOrder(annexes, [world.leadName, "Lead, Assessment", "Parliament of Somewhere"]);
      expect(annexes).toContain(world.memberName);
      expect(annexes).toContain("Lusaka, Parliament Buildings");
      expect(annexes).toContain("Parliament review");
    });

    it(`${format}, French: the headings and labels in French`, async () => {
      const text = await fileText(format, "fr");
      const body = text.slice(text.indexOf(headings("fr")[7]!) + headings("fr")[7]!.length);
      inOrder(body, headings("fr"));
      expect(text).toContain(VALIDATED.title);
      expect(text).toContain(VALIDATED.evidence);
      expect(text).toContain(fr.translation.severity.CRITICAL);
      expect(text).not.toContain(DRAFT_TITLE);
    });

    it(`${format}, Arabic: the headings in Arabic, read in logical order`, async () => {
      const text = await fileText(format, "ar");
      const body = text.slice(text.indexOf(headings("ar")[7]!) + headings("ar")[7]!.length);
      inOrder(body, headings("ar"));
      expect(text).toContain(words("ar").documents.report.eyebrow);
      expect(text).toContain(ARABIC_TITLE);
      expect(text).toContain(VALIDATED.title);
      expect(text).toContain(VALIDATED.evidence);
      expect(text).not.toContain(DRAFT_TITLE);
    });
  }

  it("says so when nothing is validated yet, and still has every section", async () => {
    const response = await download(reportUrl(world.otherMissionId, "docx", "?language=en"), "coordinator");
    expect(response.statusCode).toBe(200);
    const text = squash(docxText(new Uint8Array(response.rawPayload)));
    expect(text).toContain(en.translation.documents.report.summary.none);
    expect(text).toContain(en.translation.documents.report.gaps.none);
    expect(text).toContain(en.translation.documents.report.recommendations.none);
    const body = text.slice(text.indexOf(headings("en")[7]!) + headings("en")[7]!.length);
    inOrder(body, headings("en"));
  });

  it("a phase's report holds that phase's findings only", async () => {
    const text = await fileText("pdf", "en", "coordinator", `&phaseId=${world.phaseA}`);
    expect(text).toContain(VALIDATED.title);
    expect(text).not.toContain(PHASE_B_TITLE);
  });
});

describe("who gets the report", () => {
  it("answers 401 without a session", async () => {
    const response = await download(reportUrl(world.missionId, "pdf"));
    expect(response.statusCode).toBe(401);
  });

  it("gives it to the coordinator and the mission's lead expert, named and typed as a download", async () => {
    for (const as of ["coordinator", "lead"]) {
      const response = await download(reportUrl(world.missionId, "pdf", "?language=en"), as);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/pdf");
      expect(String(response.headers["content-disposition"])).toMatch(
        /^attachment; filename="M-[\w-]+-assessment-report-en-\d{4}-\d{2}-\d{2}\.pdf"/i,
      );
      expect(Number(response.headers["x-content-length-estimate"])).toBeGreaterThan(0);
    }
    const docx = await download(reportUrl(world.missionId, "docx", "?language=fr"), "lead");
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(Number(docx.headers["content-length"])).toBe(docx.rawPayload.length);
  });

  it("gives the parliament's staff the phases in parliament review, not the draft phase", async () => {
    const text = await fileText("pdf", "en", "staff");
    expect(text).toContain(VALIDATED.title);
    expect(text).not.toContain(PHASE_B_TITLE);
    // The roadmap is still a draft: the staff do not see its items.
    expect(text).not.toContain(ROADMAP_ITEM);
    const draftPhase = await download(reportUrl(world.missionId, "pdf", `?phaseId=${world.phaseB}`), "staff");
    expect(draftPhase.statusCode).toBe(404);
  });

  it("answers the same 404 to an expert not on the mission, another parliament's staff and a missing mission", async () => {
    for (const [as, missionId] of [
      ["outsider", world.missionId],
      ["otherStaff", world.missionId],
      ["coordinator", "no-such-mission"],
      ["staff", world.otherMissionId],
    ] as const) {
      const response = await download(reportUrl(missionId, "pdf"), as);
      expect(response.statusCode, `${as} on ${missionId}`).toBe(404);
      expect(response.json()).toEqual({ error: "Not found" });
    }
  });

  it("refuses a language Hemicycle does not speak and a malformed phase (400)", async () => {
    expect((await download(reportUrl(world.missionId, "pdf", "?language=de"), "coordinator")).statusCode).toBe(400);
    expect((await download(reportUrl(world.missionId, "pdf", "?phaseId=a%20b"), "coordinator")).statusCode).toBe(400);
  });

  it("words it in the browser's language when none is asked for and the account has none", async () => {
    const response = await download(reportUrl(world.missionId, "docx"), "lead", {
      "accept-language": "fr-CH, en;q=0.5",
    });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers["content-disposition"])).toContain("-assessment-report-fr-");
    expect(docxText(new Uint8Array(response.rawPayload))).toContain(headings("fr")[0]!);
  });
});

describe("the structured content", () => {
  it("has every section with its id, the area subsections, and the same words as the files", async () => {
    const source = await findReportSource(prisma(), world.coordinator, { missionId: world.missionId });
    const content = await assessmentReportContent(prisma(), world.coordinator, source!, "en");
    const ids = content.sections.map((s) => s.id);
    expect(ids.filter((id) => (REPORT_SECTIONS as readonly string[]).includes(id))).toEqual([...REPORT_SECTIONS]);
    expect(ids).toContain("findings-INF");
    expect(ids).toContain("current-situation-LIB");
    expect(ids.every(isReportSection)).toBe(true);
    const findings = content.sections.find((s) => s.id === "findings-INF")!;
    expect(JSON.stringify(findings.blocks)).toContain(VALIDATED.evidence);
    expect(JSON.stringify(content)).not.toContain(DRAFT_TITLE);
    expect(content.direction).toBe("ltr");
    const arabic = await assessmentReportContent(prisma(), world.coordinator, source!, "ar");
    expect(arabic.direction).toBe("rtl");
  });

  it("is answered by assessmentReport.content, NOT_FOUND out of reach", async () => {
    const call = (as: string, input: object) =>
      app.inject({
        method: "GET",
        url: `/trpc/assessmentReport.content?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
        headers: { cookie: cookies.get(as)! },
      });
    const ok = await call("staff", { missionId: world.missionId, language: "fr" });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain(headings("fr")[0]!);
    const denied = await call("outsider", { missionId: world.missionId });
    expect(denied.statusCode).toBe(404);
  });
});

describe("a large mission", () => {
  it("builds a report of 300 findings within a bound, as PDF and DOCX", async () => {
    const d = db();
    const parliament = await createParliament(d);
    const mission = await createMission(d, { parliamentId: parliament.id });
    const phaseId = mission.phases[0]!.id;
    const areas = ["GOV", "INF", "LEG", "LIB", "WEB", "CIT", "IPC", "SEC"] as const;
    const severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
    await prisma().finding.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        phaseId,
        authorId: world.lead.id,
        area: areas[i % areas.length]!,
        kind: i % 5 === 0 ? ("STRENGTH" as const) : ("GAP" as const),
        severity: severities[i % severities.length]!,
        grade: i % 6,
        title: `Large finding ${String(i).padStart(3, "0")}`,
        description: "The team observed how the parliament works today. ".repeat(6),
        evidence: "Interviews with the ICT unit and the Clerk's office; documents reviewed on site. ".repeat(3),
        recommendation: "Plan, budget and staff the change over the roadmap's horizon. ".repeat(2),
        status: "VALIDATED" as const,
      })),
    });
    const source = await findReportSource(prisma(), world.coordinator, { missionId: mission.id });

    let started = Date.now();
    const pdf = new Uint8Array(
      await buffer(renderPdf(assessmentReportDocument(prisma(), world.coordinator, source!, "en"))),
    );
    const pdfMs = Date.now() - started;
    started = Date.now();
    const docx = await renderDocx(assessmentReportDocument(prisma(), world.coordinator, source!, "en"));
    const docxMs = Date.now() - started;
    console.info(`300 findings: PDF ${pdfMs} ms, ${pdf.length} bytes; DOCX ${docxMs} ms, ${docx.length} bytes`);
    expect(pdfMs).toBeLessThan(30_000);
    expect(docxMs).toBeLessThan(30_000);
    // The size announced for the progress bar is within a factor of two of the real one.
    expect(pdf.length / estimatedPdfBytes(300)).toBeGreaterThan(0.5);
    expect(pdf.length / estimatedPdfBytes(300)).toBeLessThan(2);
    const text = await pdfText(pdf);
    for (const title of ["Large finding 000", "Large finding 150", "Large finding 299"]) expect(text).toContain(title);
  }, 120_000);
});
