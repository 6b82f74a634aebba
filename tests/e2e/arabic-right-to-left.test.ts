// Hemicycle in Arabic, in Chromium on the built app with the demo data: the lead expert
// signs in (in English), switches to Arabic from the shell's language menu, and the page
// turns right to left (<html dir="rtl" lang="ar">), on their account too (a reload keeps
// it). On Zambia's draft roadmap, the timeline runs from right to left: a bar dragged
// toward the left moves LATER, ArrowLeft moves it later and ArrowRight earlier, and the
// new dates are announced. Every move is checked on the server through the user's own
// session, and on the screen (the bar's place, its accessible name). The texts come from
// the catalogues, so the test reads what an Arabic reader reads.
// The `it`s run in order and build on each other.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import ar from "../../shared/locales/ar.json" with { type: "json" };
import en from "../../shared/locales/en.json" with { type: "json" };
import { type BrowserPage, missionLink, signIn, trpcQuery, useBrowserApp } from "../helpers/browser-session.ts";

const ZAMBIA_CODE = "SADC-ZMB-2026";
// The demo data's first item of Zambia's roadmap: 1 March to 31 August 2027, not started.
const ITEM = "Adopt the ICT strategic plan and set up an ICT steering committee";
const SEEDED = { start: "2027-03-01", end: "2027-08-31" };
const DAY_MS = 86_400_000;

type ServerItem = { title: string; startDate: string | null; endDate: string | null };

const session = useBrowserApp();
let lead: BrowserPage;
let missionId = "";

function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The item's bar: its accessible name starts with its title (ar: "{{title}}، {{dates}}، …"). */
function bar(page: Page) {
  return page.getByRole("button", { name: new RegExp(`^${escape(ITEM)}، `) });
}

async function serverDates(page: Page): Promise<{ start: string | null; end: string | null }> {
  const roadmap = await trpcQuery<{ items: ServerItem[] } | null>(page, "roadmaps.byMission", { missionId });
  const item = roadmap?.items.find((i) => i.title === ITEM);
  if (!item) throw new Error(`no item "${ITEM}" on the server`);
  return { start: item.startDate?.slice(0, 10) ?? null, end: item.endDate?.slice(0, 10) ?? null };
}

/** A date range as the page writes it in Arabic (lib/format.ts: medium dates, UTC). */
function dateRange(page: Page, start: string, end: string): Promise<string> {
  return page.evaluate(
    ([s, e]) =>
      new Intl.DateTimeFormat("ar", { dateStyle: "medium", timeZone: "UTC" }).formatRange(new Date(s), new Date(e)),
    [start, end] as const,
  );
}

/** The bar's accessible name once it shows these dates: gantt.bar in Arabic. */
async function barName(page: Page, start: string, end: string): Promise<string> {
  return ar.translation.gantt.bar
    .replace("{{title}}", ITEM)
    .replace("{{dates}}", await dateRange(page, start, end))
    .replace("{{progress}}", ar.translation.progress.NOT_STARTED);
}

/** The language menu's button once the shell speaks Arabic. */
function arabicMenu(page: Page) {
  // English's words until the Arabic catalogue has the menu's (i18next falls back to English).
  const words = (ar.translation as { language?: typeof en.translation.language }).language ?? en.translation.language;
  return page.getByRole("button", { name: words.button.replace("{{language}}", "العربية") });
}

async function pageDirection(page: Page) {
  return page.evaluate(() => {
    const html = (globalThis as unknown as { document: { documentElement: { dir: string; lang: string } } }).document
      .documentElement;
    return { dir: html.dir, lang: html.lang };
  });
}

describe("Hemicycle in Arabic, right to left", () => {
  it("the lead expert switches to Arabic from the language menu: the page is right to left, and stays so", async () => {
    lead = await session.newPage();
    const { page, problems } = lead;
    await signIn(page, "lead.expert@hemicycle.test");
    expect(await pageDirection(page)).toEqual({ dir: "ltr", lang: "en" });

    await page.getByRole("button", { name: en.translation.language.button.replace("{{language}}", "English") }).click();
    await page.getByRole("button", { name: "العربية", exact: true }).click();
    await expect.poll(() => pageDirection(page)).toEqual({ dir: "rtl", lang: "ar" });
    await arabicMenu(page).waitFor();

    // Kept on the account: a fresh load is in Arabic before anything is chosen again.
    await expect
      .poll(async () => (await trpcQuery<{ language?: string | null }>(page, "auth.me", undefined))?.language)
      .toBe("ar");
    await page.reload();
    await arabicMenu(page).waitFor();
    expect(await pageDirection(page)).toEqual({ dir: "rtl", lang: "ar" });
    expect(problems).toEqual([]);
  });

  it("on the timeline, a bar dragged toward the left moves later", async () => {
    const { page, problems } = lead;
    await page.goto("/missions");
    await missionLink(page, ZAMBIA_CODE).click();
    await page.waitForURL(/\/missions\/[^/]+$/);
    missionId = new URL(page.url()).pathname.split("/")[2]!;
    await page.goto(`/missions/${missionId}/roadmap?view=timeline`);
    await bar(page).waitFor();
    expect(await serverDates(page)).toEqual(SEEDED);

    // Time runs from right to left: a later item's bar stands further left.
    const box = await bar(page).boundingBox();
    if (!box) throw new Error("the bar is not on screen");
    const days = (Date.parse(SEEDED.end) - Date.parse(SEEDED.start)) / DAY_MS + 1;
    const pxPerDay = box.width / days;
    const shift = 21;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - (shift * pxPerDay) / 2, y, { steps: 5 });
    await page.mouse.move(x - shift * pxPerDay, y, { steps: 5 });
    await page.mouse.up();

    const moved = { start: plusDays(SEEDED.start, shift), end: plusDays(SEEDED.end, shift) };
    await expect.poll(() => serverDates(page), { timeout: 5_000 }).toEqual(moved);
    // On the screen: the bar went left, and its name says the later dates.
    const after = await bar(page).boundingBox();
    expect(after!.x).toBeLessThan(box.x - (shift - 7) * pxPerDay);
    expect(await bar(page).getAttribute("aria-label")).toBe(await barName(page, moved.start, moved.end));
    expect(problems).toEqual([]);
  });

  it("ArrowLeft moves the item later and ArrowRight earlier, announced and saved once the keys rest", async () => {
    const { page, problems } = lead;
    const before = await serverDates(page);
    await bar(page).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowRight");
    const moved = { start: plusDays(before.start!, 2), end: plusDays(before.end!, 2) };
    await expect.poll(() => serverDates(page), { timeout: 5_000 }).toEqual(moved);
    // The new dates were announced, in Arabic, for screen readers.
    const announced = page.locator("[aria-live=polite]").filter({ hasText: ITEM });
    expect(await announced.first().textContent()).toBe(`${ITEM}: ${await dateRange(page, moved.start, moved.end)}`);
    expect(await bar(page).getAttribute("aria-label")).toBe(await barName(page, moved.start, moved.end));

    // Alt+ArrowLeft moves only the end, later.
    await bar(page).focus();
    await page.keyboard.press("Alt+ArrowLeft");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => serverDates(page), { timeout: 5_000 })
      .toEqual({ start: moved.start, end: plusDays(moved.end, 1) });
    expect(problems).toEqual([]);
  });
});
