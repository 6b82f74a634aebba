// The working journeys end to end, in Chromium on the built app with the demo data: the
// coordinator creates a mission and staffs it (a double booking is refused until it is
// overridden with a reason); the member expert logs a finding on the Zambia assessment
// from the keyboard and submits it; the lead expert validates it; Zambia's staff then see
// it on their home, and Montenegro's staff see it nowhere, not even by its address.
// The `it`s run in order and build on each other.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  type BrowserPage,
  missionLink,
  openMissionSection,
  signIn,
  useBrowserApp,
} from "../helpers/browser-session.ts";

const ZAMBIA_CODE = "SADC-ZMB-2026";
const MONTENEGRO_CODE = "MNE-TOR-2026";
// The demo data's Zambia assessment runs 2026-09-21 to 2026-09-25, led by Thandiwe
// Mokoena. The new mission's assessment overlaps it; Marcelo Augusto Ferreira is free then.
const LEAD_EXPERT = "Thandiwe Mokoena";
const FREE_EXPERT = "Marcelo Augusto Ferreira";
const NEW_ASSESSMENT = { start: "2026-09-22", end: "2026-09-24" };
const NEW_PLAN = { start: "2027-05-03", end: "2027-05-07" };

const suffix = String(Math.floor(100_000 + Math.random() * 900_000));
const missionCode = `E2E-${suffix}`;
const missionTitle = `Follow-up ICT assessment of the National Assembly of Zambia ${suffix}`;
const findingTitle = `Committee system has no tested backup ${suffix}`;

const session = useBrowserApp();
const newPage = () => session.newPage();

// Learnt along the way, used by the later steps.
let missionPath = "";
let findingPath = "";

/** The text that a control's aria-describedby points at (its hint or its error). */
async function description(control: Locator): Promise<string> {
  const ids = (await control.getAttribute("aria-describedby"))?.split(/\s+/).filter(Boolean) ?? [];
  const page = control.page();
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

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

/** A calendar date as the page formats it. */
function date(page: Page, iso: string): Promise<string> {
  return page.evaluate((d) => {
    const { languages } = (globalThis as unknown as { navigator: { languages: readonly string[] } }).navigator;
    return new Intl.DateTimeFormat(languages, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(d));
  }, iso);
}

/** A phase's card on the mission page, named by its kind. */
function phaseCard(page: Page, kind: string) {
  return page.getByRole("article", { name: kind, exact: true });
}

describe("coordinator and expert journeys", () => {
  let coordinator: BrowserPage;

  it("the coordinator creates a mission, and a phase ending before it starts is refused first", async () => {
    coordinator = await newPage();
    const { page, problems } = coordinator;
    await signIn(page, "coordinator@hemicycle.test");
    await page.goto("/missions/new");
    await page.getByRole("heading", { level: 1, name: "New mission" }).waitFor();

    await page.getByLabel(/^Code/).fill(missionCode);
    await page.getByLabel(/^Title/).fill(missionTitle);
    await page.getByLabel(/^Type/).selectOption({ label: "Assessment and strategic plan" });
    await page.getByLabel(/^Beneficiary parliament/).selectOption({ label: "National Assembly of Zambia" });

    const first = page.getByRole("group", { name: "Phase 1" });
    const second = page.getByRole("group", { name: "Phase 2" });
    await first.getByLabel(/^Kind/).selectOption({ label: "Assessment" });
    await first.getByLabel(/^Start/).fill(NEW_ASSESSMENT.start);
    await first.getByLabel(/^End/).fill(NEW_ASSESSMENT.end);
    await first.getByLabel(/^Location/).fill("Lusaka");
    await second.getByLabel(/^Kind/).selectOption({ label: "Strategic plan" });
    // Ends four days before it starts.
    await second.getByLabel(/^Start/).fill(NEW_PLAN.end);
    await second.getByLabel(/^End/).fill(NEW_PLAN.start);
    await page.getByRole("button", { name: "Create mission" }).click();

    const badEnd = second.getByLabel(/^End/);
    await expect.poll(() => badEnd.getAttribute("aria-invalid")).toBe("true");
    expect(await description(badEnd)).toBe("The end cannot be before the start");
    // Only that field is marked.
    expect(await second.getByLabel(/^Start/).getAttribute("aria-invalid")).toBeNull();
    expect(await first.getByLabel(/^End/).getAttribute("aria-invalid")).toBeNull();
    expect(new URL(page.url()).pathname).toBe("/missions/new");

    // Fixed, the same code is accepted: the refused attempt created nothing (codes are unique).
    await second.getByLabel(/^Start/).fill(NEW_PLAN.start);
    await second.getByLabel(/^End/).fill(NEW_PLAN.end);
    await page.getByRole("button", { name: "Create mission" }).click();
    await page.waitForURL(/\/missions\/(?!new$)[^/]+$/);
    missionPath = new URL(page.url()).pathname;

    await page.getByRole("heading", { level: 1, name: missionTitle }).waitFor();
    // The phases and their teams are in their own section of the mission page, kept in the address.
    await openMissionSection(page, "Phases & team");
    expect(new URL(page.url()).searchParams.get("section")).toBe("phases");
    const assessment = phaseCard(page, "Assessment");
    const plan = phaseCard(page, "Strategic plan");
    await assessment.waitFor();
    await plan.waitFor();
    expect(await assessment.textContent()).toContain(await dateRange(page, NEW_ASSESSMENT.start, NEW_ASSESSMENT.end));
    expect(await assessment.textContent()).toContain("Lusaka");
    expect(await plan.textContent()).toContain(await dateRange(page, NEW_PLAN.start, NEW_PLAN.end));
    expect(await page.getByText(missionCode).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("the coordinator assigns a double-booked expert only with a reason, and a free one plainly", async () => {
    const { page, problems } = coordinator;
    expect(missionPath).not.toBe("");
    const assessment = phaseCard(page, "Assessment");
    const dialog = page.getByRole("dialog", { name: "Assign an expert to the Assessment phase" });

    // The lead expert of the Zambia assessment, whose dates this phase overlaps.
    await assessment.getByRole("button", { name: "Assign expert" }).click();
    await dialog.waitFor();
    await dialog.getByRole("searchbox", { name: "Search experts" }).fill("Mokoena");
    await dialog.getByRole("radio", { name: new RegExp(LEAD_EXPERT) }).check();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();

    const clash = dialog.getByRole("alert").filter({ hasText: "This expert is already booked on these dates" });
    await clash.waitFor();
    const clashText = (await clash.textContent()) ?? "";
    expect(clashText).toContain(
      `${LEAD_EXPERT} is already on ${ZAMBIA_CODE} (Assessment) from ${await date(page, "2026-09-21")} to ${await date(page, "2026-09-25")}, which overlaps this phase.`,
    );
    expect(clashText).toContain(
      `${ZAMBIA_CODE}, Assessment phase: ${await dateRange(page, "2026-09-21", "2026-09-25")}`,
    );
    // Refused: she is not on the team behind the dialog.
    expect(await assessment.getByRole("button", { name: `Remove ${LEAD_EXPERT} from the team` }).count()).toBe(0);

    // Overriding needs a reason.
    const anyway = dialog.getByRole("button", { name: "Assign anyway" });
    await anyway.click();
    const reason = dialog.getByLabel(/^Reason for assigning anyway/);
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await description(reason)).toBe("Give a reason to assign despite the clash.");
    expect(await dialog.isVisible()).toBe(true);

    const because = "She leads the Zambia assessment; this follow-up shares its field week.";
    await reason.fill(because);
    await anyway.click();
    await dialog.waitFor({ state: "hidden" });
    const lead = assessment.getByRole("listitem").filter({ hasText: LEAD_EXPERT });
    await lead.waitFor();
    expect(await lead.textContent()).toContain("Lead");
    expect(await lead.textContent()).toContain(`Assigned despite a clash: ${because}`);

    // An expert free on these dates: assigned at the first attempt, as a member.
    await assessment.getByRole("button", { name: "Assign expert" }).click();
    await dialog.waitFor();
    await dialog.getByRole("searchbox", { name: "Search experts" }).fill("Ferreira");
    await dialog.getByRole("radio", { name: new RegExp(FREE_EXPERT) }).check();
    expect(await dialog.getByRole("radio", { name: "Member" }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    const member = assessment.getByRole("listitem").filter({ hasText: FREE_EXPERT });
    await member.waitFor();
    expect(await member.textContent()).toContain("Member");
    expect(await member.textContent()).not.toContain("Assigned despite a clash");
    expect(await assessment.getByRole("listitem").count()).toBe(2);
    // The strategic-plan phase is untouched.
    expect(await phaseCard(page, "Strategic plan").getByText("Nobody is assigned yet.").count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it("the member expert logs a finding on the Zambia assessment from the keyboard and submits it", async () => {
    const { page, problems } = await newPage();
    await signIn(page, "expert@hemicycle.test");
    // An expert lands on their own work, which lists their phases' missions.
    await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    await missionLink(page, ZAMBIA_CODE).click();
    await page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();

    // A finding is logged from its phase's card, in the Phases & team section.
    await openMissionSection(page, "Phases & team");
    await page.getByRole("button", { name: "Log finding on the Assessment phase" }).click();
    const dialog = page.getByRole("dialog", { name: "Log a finding" });
    await dialog.waitFor();
    // The title has the focus: type straight away.
    const title = dialog.getByLabel(/^Title/);
    await expect.poll(() => title.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type(findingTitle);
    // The phase the button was on is chosen.
    expect(
      await dialog
        .getByLabel(/^Phase/)
        .getByRole("option", { selected: true })
        .textContent(),
    ).toMatch(/^Assessment/);
    await dialog.getByLabel(/^ICT area/).selectOption({ label: "Cybersecurity and resilience" });
    await dialog.getByLabel(/^Kind/).selectOption({ label: "Risk" });
    await dialog.getByLabel(/^Severity/).selectOption({ label: "High" });
    const text = dialog.getByLabel(/^Description/);
    await text.fill("The committee management system is backed up nightly, but no restore has ever been tested.");
    await text.press("Control+Enter");
    await dialog.waitFor({ state: "hidden" });

    await openMissionSection(page, "Findings");
    const findings = page.getByRole("region", { name: "Findings", exact: true });
    const row = findings.getByRole("row").filter({ hasText: findingTitle });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual(
      expect.arrayContaining(["Cybersecurity and resilience", "Assessment", "Draft", "Grace Wanjiru Kamau"]),
    );
    expect(await findings.getByRole("link", { name: findingTitle }).count()).toBe(1);

    await row.getByRole("link", { name: findingTitle }).click();
    await page.waitForURL(/\/findings\/[^/]+$/);
    findingPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: findingTitle }).waitFor();
    const actions = page.getByRole("group", { name: "Change the status" });
    await actions.getByRole("button", { name: "Submit for validation" }).click();
    // Submitted: a member may withdraw it, only the lead may validate it.
    await actions.getByRole("button", { name: "Back to draft" }).waitFor();
    expect(await actions.getByRole("button", { name: "Validate" }).count()).toBe(0);
    expect(await page.getByText("Submitted", { exact: true }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("the lead expert opens the submitted finding and validates it", async () => {
    expect(findingPath).not.toBe("");
    const { page, problems } = await newPage();
    await signIn(page, "lead.expert@hemicycle.test");
    await missionLink(page, ZAMBIA_CODE).click();
    await page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
    await openMissionSection(page, "Findings");
    const findings = page.getByRole("region", { name: "Findings", exact: true });
    const row = findings.getByRole("row").filter({ hasText: findingTitle });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toContain("Submitted");
    await row.getByRole("link", { name: findingTitle }).click();
    await page.waitForURL((url) => url.pathname === findingPath);
    await page.getByRole("heading", { level: 1, name: findingTitle }).waitFor();

    const actions = page.getByRole("group", { name: "Change the status" });
    await actions.getByRole("button", { name: "Validate" }).click();
    await actions.getByRole("button", { name: "Reopen" }).waitFor();
    expect(await actions.getByRole("button", { name: "Validate" }).count()).toBe(0);
    expect(await page.getByText("Validated", { exact: true }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("Zambia's staff see the validated finding on their parliament home", async () => {
    const { page, problems } = await newPage();
    await signIn(page, "staff.zambia@hemicycle.test");
    expect(new URL(page.url()).pathname).toBe("/parliament");
    await page.getByRole("heading", { level: 1, name: "National Assembly of Zambia" }).waitFor();
    const validated = page.getByRole("region", { name: "Validated findings" });
    const link = validated.getByRole("link", { name: findingTitle });
    await link.waitFor();
    // Beside the demo data's validated findings, never its submitted or draft ones.
    expect(await validated.getByRole("link", { name: "Single internet uplink with no failover" }).count()).toBe(1);
    expect(await page.getByText("No off-site backup of Hansard and Votes and Proceedings").count()).toBe(0);
    expect(await page.getByText("Bills tracked in spreadsheets by the Journals Office").count()).toBe(0);
    // Filed under its area.
    const area = validated.getByRole("region", { name: /^Cybersecurity and resilience/ });
    expect(await area.getByRole("link", { name: findingTitle }).count()).toBe(1);
    // The new mission is theirs too.
    await page.getByRole("region", { name: "Missions" }).getByText(missionTitle).waitFor();

    await link.click();
    await page.waitForURL((url) => url.pathname === findingPath);
    await page.getByRole("heading", { level: 1, name: findingTitle }).waitFor();
    expect(problems).toEqual([]);
  });

  it("Montenegro's staff see the finding nowhere, and its address answers not found", async () => {
    const { page, problems } = await newPage();
    await signIn(page, "staff.montenegro@hemicycle.test");
    expect(new URL(page.url()).pathname).toBe("/parliament");
    await page.getByRole("heading", { level: 1, name: "Parliament of Montenegro" }).waitFor();
    const validated = page.getByRole("region", { name: "Validated findings" });
    // Their own validated findings have loaded...
    await validated.getByRole("link", { name: "Legislative workflow split across four unconnected systems" }).waitFor();
    // ...and Zambia's new one is not among them, nor anywhere on the page.
    expect(await page.getByText(findingTitle).count()).toBe(0);
    expect(await page.getByText(missionTitle).count()).toBe(0);

    await page.goto("/missions");
    await missionLink(page, MONTENEGRO_CODE).waitFor();
    expect(await page.getByText(findingTitle).count()).toBe(0);
    expect(await page.getByText(missionCode).count()).toBe(0);
    expect(await page.getByText(ZAMBIA_CODE).count()).toBe(0);

    await page.goto(findingPath);
    await page.getByRole("heading", { name: "Finding not found" }).waitFor();
    expect(await page.getByText(findingTitle).count()).toBe(0);

    await page.goto(missionPath);
    await page.getByRole("heading", { name: "Mission not found" }).waitFor();
    expect(await page.getByText(missionTitle).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
