// The parliament reviews a report in the app, in Chromium on the built app with the demo
// data: Montenegro's terms-of-reference phase is in parliament review; its staff find the
// report on their home, read it, see an empty comment refused next to the field, comment
// on the whole report and on its findings; the coordinator opens the report from the
// phase's card and answers; Zambia's staff find nothing at the report's address. Every
// step reads the server's state through the user's own session too. The `it`s run in order.
import { describe, expect, it } from "vitest";
import { openMissionSection, signIn, trpcQuery, useBrowserApp } from "../helpers/browser-session.ts";

const MONTENEGRO_CODE = "MNE-TOR-2026";
const suffix = String(Math.floor(100_000 + Math.random() * 900_000));
const GENERAL = `Thank you for the report: could the budget show the EU share? (${suffix})`;
const ON_FINDINGS = `Please date each interview the findings rest on (${suffix}).`;
const ANSWER = `We will add the dates in the final version (${suffix}).`;

type ServerComments = {
  phase: { id: string; status: string };
  comments: { section: string | null; body: string; author: { name: string } }[];
};

const session = useBrowserApp();

let reportPath = "";
let phaseId = "";

describe("the parliament reviews Montenegro's report in the app", () => {
  it("Montenegro's staff find it on their home, and comment on the whole report and on its findings", async () => {
    const { page, problems } = await session.newPage();
    await signIn(page, "staff.montenegro@hemicycle.test");
    expect(new URL(page.url()).pathname).toBe("/parliament");
    const reports = page.getByRole("region", { name: "Reports to review" });
    const read = reports.getByRole("link", { name: /^Read the report: Terms of reference/ });
    await read.click();
    await page.waitForURL(/\/missions\/[^/]+\/phases\/[^/]+\/report$/);
    reportPath = new URL(page.url()).pathname;
    phaseId = reportPath.split("/")[4]!;
    await page.getByRole("heading", { level: 2, name: "2. Findings" }).waitFor();
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "3. Gap analysis" }).waitFor();
    await page.getByText("No comments yet").waitFor();

    // An empty comment is refused next to its field.
    const general = page.getByRole("form", { name: "Comments on the whole report" });
    await general.getByRole("button", { name: "Send comment" }).click();
    const box = general.getByLabel(/^Your comment/);
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    await general.getByText("Required", { exact: true }).waitFor();

    await box.fill(GENERAL);
    await general.getByRole("button", { name: "Send comment" }).click();
    await page.getByRole("region", { name: "Comments on the whole report" }).getByText(GENERAL).waitFor();

    await page.getByRole("button", { name: "Comment on “2. Findings”" }).click();
    const onFindings = page.getByRole("form", { name: "Comment on “2. Findings”" });
    await onFindings.getByLabel(/^Your comment/).fill(ON_FINDINGS);
    await onFindings.getByRole("button", { name: "Send comment" }).click();
    await page.getByRole("complementary", { name: "Comments on “2. Findings”" }).getByText(ON_FINDINGS).waitFor();

    const stored = await trpcQuery<ServerComments>(page, "reportReview.comments", { phaseId });
    expect(stored.phase.status).toBe("PARLIAMENT_REVIEW");
    expect(stored.comments.map((c) => [c.section, c.body])).toEqual([
      [null, GENERAL],
      ["findings", ON_FINDINGS],
    ]);
    expect(problems).toEqual([]);
  });

  it("the coordinator opens the report from the phase's card and answers", async () => {
    const { page, problems } = await session.newPage();
    await signIn(page, "coordinator@hemicycle.test");
    await page.goto(`/missions/${reportPath.split("/")[2]}`);
    await page.getByRole("heading", { level: 1, name: /Montenegro/ }).waitFor();
    await page.getByText(MONTENEGRO_CODE).first().waitFor();
    await openMissionSection(page, "Phases & team");
    await page.getByRole("link", { name: "Read the report of the Terms of reference phase" }).click();
    await page.waitForURL((url) => url.pathname === reportPath);
    const aside = page.getByRole("complementary", { name: "Comments on “2. Findings”" });
    await aside.getByText(ON_FINDINGS).waitFor();
    await page.getByRole("button", { name: "Comment on “2. Findings”" }).click();
    const form = page.getByRole("form", { name: "Comment on “2. Findings”" });
    await form.getByLabel(/^Your comment/).fill(ANSWER);
    await form.getByRole("button", { name: "Send comment" }).click();
    await aside.getByText(ANSWER).waitFor();
    const stored = await trpcQuery<ServerComments>(page, "reportReview.comments", { phaseId });
    expect(stored.comments.at(-1)).toMatchObject({ section: "findings", body: ANSWER });
    expect(problems).toEqual([]);
  });

  it("Zambia's staff find nothing at the report's address", async () => {
    const { page } = await session.newPage();
    await signIn(page, "staff.zambia@hemicycle.test");
    await page.goto(reportPath);
    await page.getByRole("heading", { name: "Report not found" }).waitFor();
    expect(await page.getByText(GENERAL).count()).toBe(0);
  });
});
