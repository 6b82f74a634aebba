// The parliament's review of Zambia's roadmap, in Chromium on the built app with the demo
// data: the lead expert submits it; Zambia's staff find it awaiting their review, comment
// and request changes; the lead reworks an item and resubmits; the staff see what changed
// since the revision they read and endorse revision 2, and the endorsement record says
// who endorsed which revision; Montenegro's staff find nothing at the review page's
// address; the PDF downloads and holds every item. Every step reads the server's state
// through the user's own session, not only the page. The `it`s run in order.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { type BrowserPage, missionLink, signIn, trpcQuery, useBrowserApp } from "../helpers/browser-session.ts";

const ZAMBIA_CODE = "SADC-ZMB-2026";
const ROADMAP = "National Assembly of Zambia ICT Strategic Plan 2027–2031";
const STAFF_NAME = "Mwansa Chileshe";
// The item the lead reworks after the parliament's comments.
const ITEM = "Share the attendance application and library catalogue with SADC parliaments";
const REWORKED = "Share the attendance application, library catalogue and Hansard templates with SADC parliaments";

const suffix = String(Math.floor(100_000 + Math.random() * 900_000));
const COMMENT = `Please say which building each infrastructure item is for (${suffix}).`;
const CHANGES = `Add the Hansard templates to the regional sharing item, then send it back (${suffix}).`;
const ENDORSEMENT = `Endorsed by the ICT steering committee at its meeting of today (${suffix}).`;

type ServerRoadmap = {
  id: string;
  status: string;
  baselineRevision: number | null;
  latestRevision: { number: number; kind: string } | null;
  items: { title: string }[];
};
type ServerRevision = {
  number: number;
  kind: string;
  decisions: { decision: string; comment: string; decidedBy: { name: string } | null }[];
};
type ServerThread = { body: string; itemId: string | null; author?: { name: string } | null };

const session = useBrowserApp();

let editorPath = "";
let roadmapId = "";
let reviewPath = "";

const roadmapNow = (page: Page) => trpcQuery<ServerRoadmap>(page, "roadmaps.byId", { id: roadmapId });
const revisionsNow = (page: Page) => trpcQuery<ServerRevision[]>(page, "roadmaps.revisions", { id: roadmapId });

async function pdfText(body: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** The lead's confirmation that the plan goes to the parliament (and freezes). */
async function submit(page: Page, button: "Submit for review" | "Resubmit for review", revision: number) {
  await page.getByRole("button", { name: button }).click();
  const dialog = page.getByRole("dialog", { name: "Submit the roadmap for review?" });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(`The plan as it is now becomes revision ${revision}`);
  await dialog.getByRole("button", { name: "Submit for review" }).click();
  await dialog.waitFor({ state: "hidden" });
  await page.getByText(`Submitted for review as revision ${revision}`).waitFor();
}

/** The roadmap's entry on the parliament home. */
function homeEntry(page: Page) {
  return page
    .getByRole("region", { name: "Roadmaps" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: ROADMAP, exact: true }) });
}

describe("the parliament reviews Zambia's roadmap", () => {
  let lead: BrowserPage;
  let staff: BrowserPage;

  it("the lead expert submits the draft for review, after a confirmation that it freezes", async () => {
    lead = await session.newPage();
    const { page, problems } = lead;
    await signIn(page, "lead.expert@hemicycle.test");
    await missionLink(page, ZAMBIA_CODE).click();
    await page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
    await page.getByRole("link", { name: "Open the roadmap" }).click();
    await page.waitForURL(/\/missions\/[^/]+\/roadmap/);
    editorPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: ROADMAP }).waitFor();
    const missionId = editorPath.split("/")[2]!;
    roadmapId = (await trpcQuery<ServerRoadmap>(page, "roadmaps.byMission", { missionId })).id;
    reviewPath = `/parliament/roadmaps/${roadmapId}`;
    expect((await roadmapNow(page)).status).toBe("DRAFT");

    await submit(page, "Submit for review", 1);
    const state = await roadmapNow(page);
    expect(state.status).toBe("IN_REVIEW");
    expect(state.latestRevision).toMatchObject({ number: 1, kind: "SUBMISSION" });
    await page.getByText("With the parliament for review: the plan is frozen").waitFor();
    // Frozen: nothing to submit or add meanwhile.
    expect(await page.getByRole("button", { name: "Add item" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Submit for review|Resubmit for review/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("Zambia's staff find it awaiting their review, comment on it and request changes", async () => {
    staff = await session.newPage();
    const { page, problems } = staff;
    await signIn(page, "staff.zambia@hemicycle.test");
    expect(new URL(page.url()).pathname).toBe("/parliament");
    const entry = homeEntry(page);
    await entry.waitFor();
    expect(await entry.textContent()).toContain("Awaiting your review");
    expect(await entry.textContent()).toContain("Revision 1 submitted");
    await entry.getByRole("link", { name: `Review “${ROADMAP}”` }).click();
    await page.waitForURL((url) => url.pathname === reviewPath);
    await page.getByRole("heading", { level: 1, name: ROADMAP }).waitFor();
    await page.getByText("Revision 1 is awaiting the parliament's decision").waitFor();
    await page
      .getByRole("region", { name: "What changed" })
      .getByText("This is the roadmap's first revision")
      .waitFor();

    // A comment on the roadmap as a whole.
    const comments = page.getByRole("region", { name: "Comments" });
    const form = comments.getByRole("form", { name: "New comment" });
    await form.getByLabel("About").selectOption({ label: "The roadmap as a whole" });
    await form.getByLabel(/^Comment/).fill(COMMENT);
    await form.getByRole("button", { name: "Comment" }).click();
    await page.getByText("Comment posted").waitFor();
    await comments.getByRole("article").filter({ hasText: COMMENT }).waitFor();
    const threads = await trpcQuery<ServerThread[]>(page, "roadmaps.comments", { id: roadmapId });
    expect(threads.filter((thread) => thread.body === COMMENT && thread.itemId === null)).toHaveLength(1);

    // Request changes, with what should change.
    const decision = page.getByRole("group", { name: "Your decision" });
    await decision.getByRole("button", { name: "Request changes" }).click();
    const dialog = page.getByRole("dialog", { name: "Request changes to revision 1" });
    await dialog.waitFor();
    // A decision needs its comment.
    await dialog.getByRole("button", { name: "Request changes" }).click();
    const reason = dialog.getByLabel(/^What should change/);
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect((await roadmapNow(page)).status).toBe("IN_REVIEW");
    await reason.fill(CHANGES);
    await dialog.getByRole("button", { name: "Request changes" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Changes requested on revision 1", { exact: true }).first().waitFor();

    expect((await roadmapNow(page)).status).toBe("CHANGES_REQUESTED");
    const [first] = (await revisionsNow(page)).filter((r) => r.number === 1);
    expect(first?.decisions).toEqual([
      expect.objectContaining({
        decision: "REQUEST_CHANGES",
        comment: CHANGES,
        decidedBy: expect.objectContaining({ name: STAFF_NAME }),
      }),
    ]);
    // No decision to take until the team resubmits.
    expect(await page.getByRole("group", { name: "Your decision" }).count()).toBe(0);

    // Back on their home, the roadmap waits for the team, no longer for them.
    await page.getByRole("link", { name: "My parliament" }).first().click();
    await page.waitForURL((url) => url.pathname === "/parliament");
    const back = homeEntry(page);
    await back.waitFor();
    await expect.poll(() => back.textContent()).toContain("Changes requested");
    expect(await back.textContent()).not.toContain("Awaiting your review");
    expect(problems).toEqual([]);
  });

  it("the lead reads the comment, reworks an item and resubmits: revision 2", async () => {
    const { page, problems } = lead;
    // The open editor learnt of the decision live.
    await page.getByText("The parliament requested changes. Rework the plan, then resubmit it.").waitFor();
    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Comments" }).click();
    await page.getByRole("article").filter({ hasText: COMMENT }).waitFor();

    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Table" }).click();
    await page.getByRole("grid").getByRole("rowheader", { name: ITEM }).dblclick();
    const title = page.getByLabel(`Item of “${ITEM}”`);
    await title.fill(REWORKED);
    await title.press("Enter");
    await page.getByRole("grid").getByRole("rowheader", { name: REWORKED }).waitFor();
    await expect
      .poll(async () => (await roadmapNow(page)).items.map((i) => i.title))
      .toEqual(expect.arrayContaining([REWORKED]));
    expect((await roadmapNow(page)).items.map((i) => i.title)).not.toContain(ITEM);

    await submit(page, "Resubmit for review", 2);
    const state = await roadmapNow(page);
    expect(state.status).toBe("IN_REVIEW");
    expect(state.latestRevision).toMatchObject({ number: 2, kind: "SUBMISSION" });
    expect(problems).toEqual([]);
  });

  it("the staff see what changed since revision 1 and endorse revision 2; the record says who and which", async () => {
    const { page, problems } = staff;
    await page.reload();
    const entry = homeEntry(page);
    await entry.waitFor();
    await expect.poll(() => entry.textContent()).toContain("Revision 2 submitted");
    expect(await entry.textContent()).toContain("Awaiting your review");
    await entry.getByRole("link", { name: `Review “${ROADMAP}”` }).click();
    await page.waitForURL((url) => url.pathname === reviewPath);

    // What changed since the revision they last saw: the reworked item's title.
    const changes = page.getByRole("region", {
      name: "What changed since revision 1, the last you saw (now revision 2)",
    });
    await changes.waitFor();
    await changes.getByText("1 changed").waitFor();
    const changed = changes.getByRole("listitem").filter({ hasText: REWORKED });
    await changed.waitFor();
    expect(await changed.getByRole("deletion").textContent()).toBe(ITEM);
    expect(await changed.getByRole("insertion").textContent()).toBe(REWORKED);

    const decision = page.getByRole("group", { name: "Your decision" });
    await decision.getByRole("button", { name: "Endorse revision 2" }).click();
    const dialog = page.getByRole("dialog", { name: "Endorse revision 2" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      `You are endorsing revision 2 of “${ROADMAP}”, exactly as you read it.`,
    );
    await dialog.getByLabel(/^Comment for the record/).fill(ENDORSEMENT);
    await dialog.getByRole("button", { name: "Endorse revision 2" }).click();
    await dialog.waitFor({ state: "hidden" });

    // On the server: endorsed, the endorsement kept as the next revision, the baseline.
    const state = await roadmapNow(page);
    expect(state.status).toBe("ENDORSED");
    expect(state.baselineRevision).toBe(3);
    const revisions = await revisionsNow(page);
    expect(revisions.map((r) => [r.number, r.kind])).toEqual([
      [3, "ENDORSEMENT"],
      [2, "SUBMISSION"],
      [1, "SUBMISSION"],
    ]);
    expect(revisions.find((r) => r.number === 2)?.decisions).toEqual([
      expect.objectContaining({
        decision: "ENDORSE",
        comment: ENDORSEMENT,
        decidedBy: expect.objectContaining({ name: STAFF_NAME }),
      }),
    ]);

    // The record, as the page shows it after a reload.
    await page.reload();
    const recordTitle = page.getByText("Endorsed: revision 2", { exact: true });
    await recordTitle.waitFor();
    // The record's box: its title and what follows it.
    const record = recordTitle.locator("xpath=..");
    const recordText = (await record.textContent()) ?? "";
    expect(recordText).toContain(`Endorsed by ${STAFF_NAME} on`);
    expect(recordText).toContain("It is kept unchanged as revision 3");
    expect(recordText).toContain(ENDORSEMENT);
    expect(await page.getByRole("group", { name: "Your decision" }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("Montenegro's staff get not found at the review page's address, and no export", async () => {
    const { page, problems } = await session.newPage();
    await signIn(page, "staff.montenegro@hemicycle.test");
    await page.goto(reviewPath);
    await page.getByRole("heading", { name: "Roadmap not found" }).waitFor();
    expect(await page.getByText(ROADMAP).count()).toBe(0);
    await expect(trpcQuery(page, "roadmaps.byId", { id: roadmapId })).rejects.toThrow(/answered 404/);
    expect((await page.request.get(`/export/roadmaps/${roadmapId}.pdf`)).status()).toBe(404);
    expect((await page.request.get(`/export/roadmaps/${roadmapId}.csv`)).status()).toBe(404);
    expect(problems).toEqual([]);
  });

  it("the PDF downloads from the review page and holds every item and the endorsement record", async () => {
    const { page, problems } = staff;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "PDF", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await download.path();
    const body = await readFile(path);
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(body);

    const { items } = await roadmapNow(page);
    expect(items.length).toBeGreaterThan(0);
    expect(text).toContain(ROADMAP);
    for (const item of items) expect(text).toContain(item.title);
    expect(text).toContain(REWORKED);
    expect(text).toContain("Review and endorsement record");
    expect(text).toContain("Changes requested on revision 1");
    expect(text).toContain("Endorsed on revision 2");
    expect(text).toContain(`by ${STAFF_NAME}`);
    expect(problems).toEqual([]);
  });
});
