// The notification centre live, in Chromium on the built app with the demo data: the member
// expert (Grace Wanjiru Kamau) has her work open; in another browser the coordinator takes
// her off Zambia's strategic-plan phase; her bell's count rises without a reload, the panel
// words the notice, opening it goes to the mission and the count drops, on the page and on
// the server.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { missionLink, openMissionSection, signIn, useBrowserApp } from "../helpers/browser-session.ts";

const ZAMBIA_CODE = "SADC-ZMB-2026";
const EXPERT = "Grace Wanjiru Kamau";
/** How long a notice may take to reach the other browser. */
const LIVE_MS = 5_000;

const session = useBrowserApp();

/** The bell, whatever its count; its name says the count ("Notifications, 2 unread"). */
function bell(page: Page) {
  return page.getByRole("banner").getByRole("button", { name: /^Notifications/ });
}

async function unreadOnBell(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

async function unreadOnServer(page: Page): Promise<number> {
  const response = await page.request.get("/trpc/notifications.unreadCount");
  const body = (await response.json()) as { result: { data: { json: { unread: number } } } };
  return body.result.data.json.unread;
}

describe("notifications", () => {
  it("a coordinator's change reaches the expert's bell live; opening the notice goes to it and reads it", async () => {
    const expert = await session.newPage();
    await signIn(expert.page, "expert@hemicycle.test");
    await expert.page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    await bell(expert.page).waitFor();
    const before = await unreadOnBell(expert.page);
    expect(before).toBe(await unreadOnServer(expert.page));

    const coordinator = await session.newPage();
    const { page } = coordinator;
    await signIn(page, "coordinator@hemicycle.test");
    await page.goto("/missions");
    await missionLink(page, ZAMBIA_CODE).click();
    await page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
    const missionPath = new URL(page.url()).pathname;
    await openMissionSection(page, "Phases & team");
    const plan = page.getByRole("article", { name: "Strategic plan", exact: true });
    await plan.getByRole("button", { name: `Remove ${EXPERT} from the team` }).click();
    const confirm = page.getByRole("dialog", { name: "Remove from the team?" });
    await confirm.getByRole("button", { name: "Remove", exact: true }).click();
    await confirm.waitFor({ state: "hidden" });
    await plan.getByRole("listitem").filter({ hasText: EXPERT }).waitFor({ state: "detached" });

    // Her bell rises by itself.
    await expect.poll(() => unreadOnBell(expert.page), { timeout: LIVE_MS }).toBe(before + 1);
    expect(await unreadOnServer(expert.page)).toBe(before + 1);
    expect(
      await expert.page
        .getByRole("status")
        .filter({ hasText: /unread notification/ })
        .textContent(),
    ).toMatch(new RegExp(`^${before + 1} unread notifications?$`));

    // Enter opens the panel; the notice is worded, first and unread.
    await bell(expert.page).focus();
    await expert.page.keyboard.press("Enter");
    const panel = expert.page.getByRole("dialog", { name: "Notifications" });
    const first = panel.getByRole("listitem").first();
    await expect
      .poll(() => first.textContent())
      .toMatch(
        // The names isolated (FSI … PDI), the mission by its title.
        /^Unread:\u2068Claire Moreau\u2069 removed you from the Strategic plan phase of \u2068[^\u2069]*Zambia\u2069\.(now|1 minute ago)$/,
      );

    // Down, Enter: opens it, goes to the mission, and it is read.
    await expert.page.keyboard.press("ArrowDown");
    await expert.page.keyboard.press("Enter");
    await expert.page.waitForURL((url) => url.pathname === missionPath);
    await expert.page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
    await expect.poll(() => unreadOnBell(expert.page), { timeout: LIVE_MS }).toBe(before);
    expect(await unreadOnServer(expert.page)).toBe(before);

    expect(expert.problems).toEqual([]);
    expect(coordinator.problems).toEqual([]);
  });
});
