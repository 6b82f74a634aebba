// The notification centre live, in Chromium on the built app with the demo data: the member
// expert (Grace Wanjiru Kamau) has her work open; in another browser the coordinator takes
// her off Zambia's strategic-plan phase; her bell's count rises without a reload, the panel
// words the notice, opening it goes to the mission and the count drops, on the page and on
// the server.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { missionLink, openMissionSection, signIn, trpcQuery, useBrowserApp } from "../helpers/browser-session.ts";

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
  return (await trpcQuery<{ unread: number }>(page, "notifications.unreadCount", undefined)).unread;
}

/**
 * The count once the bell shows what the server counts. Reminders may arrive on their own
 * (the scan runs as the server starts: the demo's overdue Zambia report), so the test
 * reads the count rather than assuming one.
 */
async function settledCount(page: Page): Promise<number> {
  let count = -1;
  await expect
    .poll(
      async () => {
        count = await unreadOnServer(page);
        return (await unreadOnBell(page)) === count;
      },
      { timeout: LIVE_MS },
    )
    .toBe(true);
  return count;
}

describe("notifications", () => {
  it("a coordinator's change reaches the expert's bell live; opening the notice goes to it and reads it", async () => {
    const expert = await session.newPage();
    await signIn(expert.page, "expert@hemicycle.test");
    await expert.page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    await bell(expert.page).waitFor();
    const before = await settledCount(expert.page);

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

    // Her bell rises by itself, to what the server counts, and the count is said.
    await expect.poll(() => unreadOnBell(expert.page), { timeout: LIVE_MS }).toBeGreaterThan(before);
    const raised = await settledCount(expert.page);
    expect(
      await expert.page
        .getByRole("status")
        .filter({ hasText: /unread notification/ })
        .textContent(),
    ).toMatch(new RegExp(`^${raised} unread notifications?$`));

    // Enter opens the panel; the notice is there, worded and unread.
    await bell(expert.page).focus();
    await expert.page.keyboard.press("Enter");
    const panel = expert.page.getByRole("dialog", { name: "Notifications" });
    const mine = panel.getByRole("listitem").filter({ hasText: "removed you from the Strategic plan phase" });
    await mine.waitFor();
    expect(await mine.textContent()).toMatch(
      // The names isolated (FSI … PDI), the mission by its title.
      /^Unread:\u2068Claire Moreau\u2069 removed you from the Strategic plan phase of \u2068[^\u2069]*Zambia\u2069\.(now|1 minute ago)$/,
    );

    // Down to it (the newest come first), Enter: it goes to the mission, and it is read.
    const link = mine.getByRole("link");
    for (let i = 0; i < 10 && !(await link.evaluate((element) => element === element.ownerDocument.activeElement)); i++)
      await expert.page.keyboard.press("ArrowDown");
    await expert.page.keyboard.press("Enter");
    await expert.page.waitForURL((url) => url.pathname === missionPath);
    await expert.page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
    expect(await settledCount(expert.page)).toBe(raised - 1);
    const unread = await trpcQuery<{ items: { kind: string }[] }>(expert.page, "notifications.list", {
      unreadOnly: true,
      limit: 100,
    });
    expect(unread.items.map((item) => item.kind)).not.toContain("PHASE_UNASSIGNED");

    expect(expert.problems).toEqual([]);
    expect(coordinator.problems).toEqual([]);
  });
});
