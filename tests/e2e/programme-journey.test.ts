// A coordinator runs a programme end to end, in Chromium on the built app with the demo
// data: a mission from the assessment-and-strategic-plan template, its assessment staffed
// from the ranked suggestions (reasons and conflicts shown before anyone is picked), a
// double booking named in the dialog and refused, and the new mission found on the
// dashboard ("In the field": starting soon) and in the field calendar.
//
// The template starts on Monday 2026-12-07: the assessment runs 7–11 December, the very
// week of Zimbabwe's assessment (SADC-ZWE-2026, led by Andreas Keller), and within the
// dashboard's next 30 days of the demo's "today", 2026-11-29. The strategic plan follows
// eight weeks later, 1–5 February 2027.
// The `it`s run in order and build on each other.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type BrowserPage, signIn, trpcQuery, useBrowserApp } from "../helpers/browser-session.ts";

const TEMPLATE_START = "2026-12-07";
const ASSESSMENT = { start: "2026-12-07", end: "2026-12-11" };
const PLAN = { start: "2027-02-01", end: "2027-02-05" };
const ZIMBABWE_CODE = "SADC-ZWE-2026";
const BOOKED_EXPERT = "Andreas Keller";

const suffix = String(Math.floor(100_000 + Math.random() * 900_000));
const missionCode = `PRG-${suffix}`;
const missionTitle = `ICT assessment and strategic plan, second cycle ${suffix}`;

type Member = { expertId: string; role: string; expert: { name: string } };
type MissionDetail = {
  code: string;
  phases: {
    id: string;
    kind: string;
    startDate: string;
    endDate: string;
    reportDueDate: string | null;
    team: Member[];
  }[];
};
type Suggestion = {
  expert: { id: string; name: string };
  score: number;
  reasons: unknown[];
  conflicts: { kind: string; missionCode?: string }[];
};

const session = useBrowserApp();

/** A date range as the page formats it: in the browser, with the browser's languages. */
function dateRange(page: Page, start: string, end: string): Promise<string> {
  return page.evaluate(
    ([s, e]) => {
      // The tests are type-checked without the DOM library.
      const { languages } = (globalThis as unknown as { navigator: { languages: readonly string[] } }).navigator;
      return new Intl.DateTimeFormat(languages, { dateStyle: "medium", timeZone: "UTC" }).formatRange(
        new Date(s),
        new Date(e),
      );
    },
    [start, end] as const,
  );
}

function phaseCard(page: Page, kind: string) {
  return page.getByRole("article", { name: kind, exact: true });
}

describe("a coordinator's programme journey", () => {
  let coordinator: BrowserPage;
  let missionId = "";
  let suggested = "";

  it("creates a mission from the two-phase template and saves it", async () => {
    coordinator = await session.newPage();
    const { page, problems } = coordinator;
    page.setDefaultTimeout(20_000);
    await signIn(page, "coordinator@hemicycle.test");
    await page.goto("/missions/new");
    await page.getByRole("heading", { level: 1, name: "New mission" }).waitFor();

    await page.getByLabel(/^Code/).fill(missionCode);
    await page.getByLabel(/^Title/).fill(missionTitle);
    await page.getByLabel(/^Type/).selectOption({ label: "Assessment and strategic plan" });
    await page.getByLabel(/^Beneficiary parliament/).selectOption({ label: "National Assembly of Zambia" });

    await page.getByRole("heading", { name: "Start from a template" }).waitFor();
    await page.getByLabel(/^First day/).fill(TEMPLATE_START);
    await page.getByRole("button", { name: "Fill the phases" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Phases filled from the Assessment and strategic plan template." })
      .waitFor();

    const first = page.getByRole("group", { name: "Phase 1" });
    const second = page.getByRole("group", { name: "Phase 2" });
    expect(await page.getByRole("group", { name: /^Phase \d+$/ }).count()).toBe(2);
    expect(await first.getByLabel(/^Kind/).inputValue()).toBe("ASSESSMENT");
    expect(await first.getByLabel(/^Start/).inputValue()).toBe(ASSESSMENT.start);
    expect(await first.getByLabel(/^End/).inputValue()).toBe(ASSESSMENT.end);
    expect(await second.getByLabel(/^Kind/).inputValue()).toBe("STRATEGIC_PLAN");
    expect(await second.getByLabel(/^Start/).inputValue()).toBe(PLAN.start);
    expect(await second.getByLabel(/^End/).inputValue()).toBe(PLAN.end);
    await first.getByLabel(/^Location/).fill("Lusaka, Parliament Buildings");
    await second.getByLabel(/^Location/).fill("Lusaka, Parliament Buildings");

    await page.getByRole("button", { name: "Create mission" }).click();
    await page.waitForURL(/\/missions\/(?!new$)[^/]+$/);
    missionId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("heading", { level: 1, name: missionTitle }).waitFor();

    // Saved as the template laid it out, each report due four weeks after its phase.
    const mission = await trpcQuery<MissionDetail>(page, "missions.byId", { id: missionId });
    expect(mission.code).toBe(missionCode);
    expect(
      mission.phases.map((p) => [
        p.kind,
        p.startDate.slice(0, 10),
        p.endDate.slice(0, 10),
        p.reportDueDate?.slice(0, 10),
      ]),
    ).toEqual([
      ["ASSESSMENT", ASSESSMENT.start, ASSESSMENT.end, "2027-01-08"],
      ["STRATEGIC_PLAN", PLAN.start, PLAN.end, "2027-03-05"],
    ]);
    expect(problems).toEqual([]);
  });

  it("assigns a suggested expert to the assessment, seeing the ranking's reasons and conflicts first", async () => {
    const { page, problems } = coordinator;
    expect(missionId).not.toBe("");
    const mission = await trpcQuery<MissionDetail>(page, "missions.byId", { id: missionId });
    const assessmentId = mission.phases.find((p) => p.kind === "ASSESSMENT")!.id;
    const ranking = await trpcQuery<Suggestion[]>(page, "experts.suggest", { phaseId: assessmentId });
    // The best fit free on these dates, and the expert booked in Zimbabwe that week.
    const best = ranking.find((s) => s.conflicts.length === 0);
    expect(best).toBeDefined();
    suggested = best!.expert.name;
    const booked = ranking.find((s) => s.expert.name === BOOKED_EXPERT);
    expect(booked?.conflicts).toEqual([expect.objectContaining({ kind: "PHASE_OVERLAP", missionCode: ZIMBABWE_CODE })]);

    // The mission page shows one section at a time: the team is under "Phases & team".
    await page.getByRole("link", { name: "Phases & team" }).click();
    await page.waitForURL((url) => url.searchParams.get("section") === "phases");
    const assessment = phaseCard(page, "Assessment");
    await assessment.getByRole("button", { name: "Assign expert" }).click();
    const dialog = page.getByRole("dialog", { name: "Assign an expert to the Assessment phase" });
    await dialog.waitFor();
    const list = dialog.getByRole("radiogroup", { name: "Suggested experts" });
    await expect.poll(() => list.getByRole("radio").count()).toBe(ranking.length);

    // The ranking as the server gave it, each candidate with why and what clashes.
    const bestRadio = list.getByRole("radio", { name: new RegExp(suggested) });
    const bestRow = list.locator("label").filter({ hasText: suggested });
    expect(await bestRow.textContent()).toContain(`${ranking.indexOf(best!) + 1}.`);
    expect(await bestRow.textContent()).toContain(`Fit ${best!.score}`);
    expect(best!.reasons.length).toBeGreaterThan(0);
    const bookedRow = list.locator("label").filter({ hasText: BOOKED_EXPERT });
    expect(await bookedRow.textContent()).toContain("1 conflict");
    expect(await bookedRow.textContent()).toContain(
      `Booked on ${ZIMBABWE_CODE}: ${await dateRange(page, "2026-12-07", "2026-12-11")}`,
    );

    await bestRadio.check();
    // Nobody leads the phase yet: the first one assigned leads it.
    expect(await dialog.getByRole("radio", { name: "Lead" }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await assessment.getByRole("listitem").filter({ hasText: suggested }).waitFor();

    const after = await trpcQuery<MissionDetail>(page, "missions.byId", { id: missionId });
    const team = after.phases.find((p) => p.kind === "ASSESSMENT")!.team;
    expect(team.map((m) => [m.expert.name, m.role])).toEqual([[suggested, "LEAD"]]);
    expect(after.phases.find((p) => p.kind === "STRATEGIC_PLAN")!.team).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("sees the clash when assigning an expert booked elsewhere that week, and nothing is assigned", async () => {
    const { page, problems } = coordinator;
    expect(suggested).not.toBe("");
    const assessment = phaseCard(page, "Assessment");
    await assessment.getByRole("button", { name: "Assign expert" }).click();
    const dialog = page.getByRole("dialog", { name: "Assign an expert to the Assessment phase" });
    await dialog.waitFor();
    await dialog.getByRole("searchbox", { name: "Search experts" }).fill("Keller");
    await dialog.getByRole("radio", { name: new RegExp(BOOKED_EXPERT) }).check();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();

    const clash = dialog.getByRole("alert").filter({ hasText: "This expert is already booked on these dates" });
    await clash.waitFor();
    expect(await clash.textContent()).toContain(
      `${ZIMBABWE_CODE}, Assessment phase: ${await dateRange(page, "2026-12-07", "2026-12-11")}`,
    );
    // Going ahead now takes a reason: the button says so.
    await dialog.getByRole("button", { name: "Assign anyway" }).waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });

    const mission = await trpcQuery<MissionDetail>(page, "missions.byId", { id: missionId });
    const team = mission.phases.find((p) => p.kind === "ASSESSMENT")!.team;
    expect(team.map((m) => m.expert.name)).toEqual([suggested]);
    expect(problems).toEqual([]);
  });

  it("finds the mission on the dashboard, starting soon with its team", async () => {
    const { page, problems } = coordinator;
    await page.goto("/dashboard");
    const field = page.getByRole("region", { name: "In the field" });
    const row = field.getByRole("listitem").filter({ hasText: missionCode });
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toMatch(/Assessment\s·\sNational Assembly of Zambia/);
    expect(text).toContain(await dateRange(page, ASSESSMENT.start, ASSESSMENT.end));
    expect(text).toContain("team of 1");
    expect(text).toContain("Starting soon");
    // The strategic plan, in February, is not in the next 30 days.
    expect(await field.getByRole("link", { name: missionCode, exact: true }).count()).toBe(1);

    await row.getByRole("link", { name: missionCode, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/missions/${missionId}`);
    await page.getByRole("heading", { level: 1, name: missionTitle }).waitFor();
    expect(problems).toEqual([]);
  });

  it("finds the mission in the field calendar, by mission, with who is on it", async () => {
    const { page, problems } = coordinator;
    await page.goto("/calendar?start=2026-12-01&span=month&by=mission");
    const bar = page.getByRole("link", {
      name: `${missionCode}, Assessment, ${await dateRange(page, ASSESSMENT.start, ASSESSMENT.end)}, ${suggested} (Lead)`,
      exact: true,
    });
    await bar.waitFor();
    // Zimbabwe's assessment the same week, for comparison.
    expect(
      await page.getByRole("link", { name: new RegExp(`^${ZIMBABWE_CODE}, Assessment, `) }).count(),
    ).toBeGreaterThan(0);

    await bar.click();
    await page.waitForURL((url) => url.pathname === `/missions/${missionId}`);
    await page.getByRole("heading", { level: 1, name: missionTitle }).waitFor();
    expect(problems).toEqual([]);
  });
});
