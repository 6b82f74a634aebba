// Editing Zambia's draft roadmap together, in Chromium on the built app with the demo
// data: the lead expert moves an item on the timeline with the mouse, then with the
// keyboard, and the server holds the new dates; the coordinator, with the same roadmap
// open, sees each change arrive without reloading; the member expert, whose copy is stale
// (their live feed is cut before the page loads), changes the same item in the table,
// gets the conflict view with their change next to the saved one, and re-applies theirs.
// Every step reads the server's state through the user's own session, not only the page.
// The `it`s run in order and build on each other.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type BrowserPage, missionLink, signIn, trpcQuery, useBrowserApp } from "../helpers/browser-session.ts";

const ZAMBIA_CODE = "SADC-ZMB-2026";
// The demo data's first item of Zambia's roadmap: 1 March to 31 August 2027, not started.
const ITEM = "Adopt the ICT strategic plan and set up an ICT steering committee";
const SEEDED = { start: "2027-03-01", end: "2027-08-31" };
const PROGRESS = "Not started";
/** How long a saved change may take to reach another open page (the issue says two seconds). */
const LIVE_MS = 3_000;

type ServerItem = { id: string; title: string; startDate: string | null; endDate: string | null; version: number };
type ServerRoadmap = { id: string; version: number; items: ServerItem[] };

const session = useBrowserApp();

let roadmapPath = "";
let missionId = "";

/** `days` after an ISO date, as an ISO date. */
function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The item's bar on the timeline: "<title>, <dates>, <progress>". */
function bar(page: Page, title = ITEM) {
  return page.getByRole("button", { name: new RegExp(`^${escape(title)}, `) });
}

/** The bar's accessible name once it shows these dates. */
async function barName(page: Page, start: string, end: string, title = ITEM) {
  return `${title}, ${await dateRange(page, start, end)}, ${PROGRESS}`;
}

/** The item's dates as the server holds them now, read with this page's session. */
async function serverDates(page: Page, title = ITEM): Promise<{ start: string | null; end: string | null }> {
  const roadmap = await trpcQuery<ServerRoadmap | null>(page, "roadmaps.byMission", { missionId });
  const item = roadmap?.items.find((i) => i.title === title);
  if (!item) throw new Error(`no item "${title}" on the server`);
  return { start: item.startDate?.slice(0, 10) ?? null, end: item.endDate?.slice(0, 10) ?? null };
}

/** Marks the document, so that a test can tell that a change arrived without a reload. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((globalThis as unknown as { __e2eMark: boolean }).__e2eMark = true));
}
async function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { __e2eMark?: boolean }).__e2eMark === true);
}

/** Counts the item saves (roadmaps.updateItem calls, batched or not) the page sends from now on. */
function countSaves(page: Page): () => number {
  let saves = 0;
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/trpc/")) saves += path.split(/[/,]/).filter((p) => p === "roadmaps.updateItem").length;
  });
  return () => saves;
}

/** Waits until the page says that others' changes arrive live. */
async function waitLive(page: Page) {
  await page.getByText("Live", { exact: true }).waitFor();
}

describe("editing Zambia's roadmap together", () => {
  let lead: BrowserPage;
  let coordinator: BrowserPage;
  let expert: BrowserPage;

  it("the lead expert, the coordinator and (with a stale copy) the member expert open the roadmap", async () => {
    lead = await session.newPage();
    await signIn(lead.page, "lead.expert@hemicycle.test");
    await missionLink(lead.page, ZAMBIA_CODE).click();
    await lead.page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
    await lead.page.getByRole("link", { name: "Open the roadmap" }).click();
    await lead.page.waitForURL(/\/missions\/[^/]+\/roadmap/);
    roadmapPath = new URL(lead.page.url()).pathname;
    missionId = roadmapPath.split("/")[2]!;
    await lead.page.getByRole("heading", { level: 1, name: /ICT Strategic Plan 2027–2031/ }).waitFor();
    await lead.page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Timeline" }).click();
    await lead.page.waitForURL((url) => url.searchParams.get("view") === "timeline");
    await bar(lead.page).waitFor();
    expect(await bar(lead.page).getAttribute("aria-label")).toBe(await barName(lead.page, SEEDED.start, SEEDED.end));
    expect(await serverDates(lead.page)).toEqual({ start: SEEDED.start, end: SEEDED.end });

    coordinator = await session.newPage();
    await signIn(coordinator.page, "coordinator@hemicycle.test");
    await coordinator.page.goto(`${roadmapPath}?view=timeline`);
    await bar(coordinator.page).waitFor();
    await waitLive(coordinator.page);
    await waitLive(lead.page);
    await markDocument(coordinator.page);

    // The member expert's feed is cut before the page loads: what others save never
    // reaches it, so the copy it shows goes stale.
    expert = await session.newPage();
    await expert.page.context().route("**/trpc/roadmaps.onChange**", (route) => route.abort());
    await signIn(expert.page, "expert@hemicycle.test");
    await expert.page.goto(roadmapPath);
    await expert.page.getByRole("grid").getByRole("rowheader", { name: ITEM }).waitFor();
    await expert.page.getByText("Live updates paused").waitFor();
    await markDocument(expert.page);

    expect(lead.problems).toEqual([]);
    expect(coordinator.problems).toEqual([]);
  });

  it("the lead drags the bar three weeks later with the mouse: saved, and the coordinator sees it live", async () => {
    const { page, problems } = lead;
    const target = bar(page);
    const box = await target.boundingBox();
    if (!box) throw new Error("the bar is not on screen");
    // The bar spans the item's days (both ends included): its width gives the scale.
    const days = (Date.parse(SEEDED.end) - Date.parse(SEEDED.start)) / 86_400_000 + 1;
    const pxPerDay = box.width / days;
    const shift = 21;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const saves = countSaves(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + (shift * pxPerDay) / 2, y, { steps: 5 });
    await page.mouse.move(x + shift * pxPerDay, y, { steps: 5 });
    await page.mouse.up();
    const dropped = Date.now();

    const moved = { start: plusDays(SEEDED.start, shift), end: plusDays(SEEDED.end, shift) };
    await expect.poll(() => serverDates(page), { timeout: 5_000 }).toEqual(moved);
    const name = await barName(page, moved.start, moved.end);
    await expect.poll(() => bar(page).getAttribute("aria-label")).toBe(name);
    // One save for the whole drag.
    expect(saves()).toBe(1);

    // The coordinator's open page shows it without a reload.
    await expect.poll(() => bar(coordinator.page).getAttribute("aria-label"), { timeout: LIVE_MS }).toBe(name);
    console.log(`the drag reached the coordinator's page ${Date.now() - dropped} ms after the drop`);
    expect(await stillSameDocument(coordinator.page)).toBe(true);
    await coordinator.page.getByRole("status").filter({ hasText: "Updated by" }).first().waitFor();

    // And after a reload the lead's page reads the same from the server.
    await page.reload();
    await bar(page).waitFor();
    expect(await bar(page).getAttribute("aria-label")).toBe(name);
    expect(problems).toEqual([]);
  });

  it("the lead moves it three days later with the keyboard: saved once the keys rest, and seen live", async () => {
    const { page, problems } = lead;
    const before = await serverDates(page);
    await bar(page).focus();
    const saves = countSaves(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    const pressed = Date.now();
    const moved = { start: plusDays(before.start!, 3), end: plusDays(before.end!, 3) };
    // Shown at once, saved once the keys have rested: a single save for the three days.
    const name = await barName(page, moved.start, moved.end);
    await expect.poll(() => bar(page).getAttribute("aria-label")).toBe(name);
    await expect.poll(() => serverDates(page), { timeout: 5_000 }).toEqual(moved);
    expect(saves()).toBe(1);

    await expect.poll(() => bar(coordinator.page).getAttribute("aria-label"), { timeout: LIVE_MS }).toBe(name);
    console.log(`the keys' change reached the coordinator's page ${Date.now() - pressed} ms after the last key`);
    expect(await stillSameDocument(coordinator.page)).toBe(true);

    await page.reload();
    await bar(page).waitFor();
    expect(await bar(page).getAttribute("aria-label")).toBe(name);
    expect(problems).toEqual([]);
    expect(coordinator.problems).toEqual([]);
  });

  it("the member expert, on a stale copy, changes the start in the table, gets the conflict view, and re-applies it", async () => {
    const { page, problems } = expert;
    const saved = await serverDates(page);
    // Still the seeded dates on the expert's page: nothing reached it.
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ITEM }) });
    const startCell = row.getByRole("gridcell", { name: await date(page, SEEDED.start), exact: true });
    await startCell.waitFor();
    expect(saved.start).not.toBe(SEEDED.start);

    const mine = "2027-04-05";
    await startCell.dblclick();
    const input = page.getByLabel(`Start of “${ITEM}”`);
    await input.fill(mine);
    await input.press("Enter");

    const dialog = page.getByRole("dialog", { name: "Someone else saved this first" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`“${ITEM}” was changed by someone else while you were editing it.`);
    const startRow = dialog.getByRole("row", { name: /^Start/ });
    expect(await startRow.getByRole("cell").allTextContents()).toEqual([
      await date(page, mine),
      await date(page, saved.start!),
    ]);
    // Nothing was overwritten yet.
    expect(await serverDates(page)).toEqual(saved);

    await dialog.getByRole("button", { name: "Re-apply my change" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Your change was saved over theirs").waitFor();
    // Their end date stays; the start is the expert's.
    await expect.poll(() => serverDates(page)).toEqual({ start: mine, end: saved.end });
    expect(await stillSameDocument(page)).toBe(true);

    // The lead's page (live) shows the expert's change.
    await expect
      .poll(() => bar(lead.page).getAttribute("aria-label"), { timeout: LIVE_MS })
      .toBe(await barName(lead.page, mine, saved.end!));

    // Read back through a fresh load.
    await page.reload();
    const reloaded = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ITEM }) });
    await reloaded.getByRole("gridcell", { name: await date(page, mine), exact: true }).waitFor();
    expect(problems).toEqual([]);
    expect(lead.problems).toEqual([]);
  });
});
