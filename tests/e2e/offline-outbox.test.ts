// Working without a connection, in Chromium on the built app: the expert opens the Zambia
// assessment once online (the service worker installs and takes control), goes offline,
// logs three findings and attaches a photo to one, reloads (the shell comes from the
// service worker, the outbox from IndexedDB), comes back online and the outbox empties:
// the server then has exactly three new findings and one file. Then a finding queued
// offline on a phase the coordinator cancels meanwhile is refused on return and stays in
// the outbox with the server's reason.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  missionLink,
  openMissionSection,
  signIn,
  trpcQuery,
  useBrowserApp,
  type BrowserPage,
} from "../helpers/browser-session.ts";

const ZAMBIA_CODE = "SADC-ZMB-2026";
const suffix = String(Math.floor(100_000 + Math.random() * 900_000));
const titles = [
  `No backup of the Hansard server ${suffix}`,
  `Committee rooms lack microphones ${suffix}`,
  `Website not updated after sittings ${suffix}`,
];
const refusedTitle = `Library catalogue is on paper only ${suffix}`;

// A 1×1 PNG: a real image, which the server's type sniffing accepts as a photo.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const session = useBrowserApp();

type FindingRow = { id: string; title: string };
type FindingWithFiles = { id: string; attachments: { name: string; type: string }[] };

/** The page's service worker is active and controls the page (the tests type-check without the DOM library). */
async function controlledByServiceWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const { serviceWorker } = (globalThis as unknown as { navigator: { serviceWorker: ServiceWorkerLike } }).navigator;
    await serviceWorker.ready;
    return serviceWorker.controller !== null;
  });
}
type ServiceWorkerLike = { ready: Promise<unknown>; controller: unknown };

/** Signs the expert in, opens the Zambia mission's phases, and makes sure the service worker controls the page. */
async function openZambiaPhases({ page }: BrowserPage): Promise<string> {
  await signIn(page, "expert@hemicycle.test");
  await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
  await missionLink(page, ZAMBIA_CODE).click();
  await page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
  const missionPath = new URL(page.url()).pathname;
  // The first visit installs the worker; a reload online puts the page under its control.
  await controlledByServiceWorker(page);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: /Zambia/ }).waitFor();
  expect(await controlledByServiceWorker(page)).toBe(true);
  await openMissionSection(page, "Phases & team");
  return missionPath;
}

/** Logs findings offline from the Assessment phase's card, each saved with Ctrl+Shift+Enter (save and next). */
async function logFindingsOffline(page: Page, findingTitles: readonly string[]) {
  await page.getByRole("button", { name: "Log finding on the Assessment phase" }).click();
  const dialog = page.getByRole("dialog", { name: "Log a finding" });
  await dialog.waitFor();
  for (const title of findingTitles) {
    await dialog.getByLabel(/^Title/).fill(title);
    const description = dialog.getByLabel(/^Description/);
    await description.fill(`Seen during the field week (${title}).`);
    await description.press("Control+Shift+Enter");
    // The form does not spin: it says where the finding went and starts the next one.
    await page.getByText("Saved to outbox, will be sent when online").first().waitFor();
    await expect.poll(() => dialog.getByLabel(/^Title/).inputValue()).toBe("");
  }
  await dialog.getByRole("button", { name: "Close" }).last().click();
  await dialog.waitFor({ state: "hidden" });
}

const outboxItems = (page: Page) => page.getByRole("list", { name: "Items waiting to be sent" }).locator(":scope > li");

describe("offline entry and the outbox", () => {
  it("three findings and a photo entered offline survive a reload and reach the server once online", async () => {
    const browser = await session.newPage();
    const { page, problems } = browser;
    const missionPath = await openZambiaPhases(browser);
    const missionId = missionPath.split("/").pop() ?? "";

    await page.context().setOffline(true);
    await page.getByRole("link", { name: /^Offline/ }).waitFor();
    await logFindingsOffline(page, titles);

    // The header counts what waits and leads to the outbox.
    await page.getByRole("link", { name: "Offline. Outbox: 3 items waiting to be sent" }).click();
    await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();
    // The list follows the heading once the outbox is read from IndexedDB (a loading block until then).
    await expect.poll(() => outboxItems(page).count()).toBe(3);
    await page.getByLabel(`Attach a file to “${titles[0]}”`).setInputFiles({
      name: "hansard-server-room.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    await expect.poll(() => outboxItems(page).count()).toBe(4);

    // A reload without a connection: the shell from the service worker, the items from IndexedDB.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();
    await expect.poll(() => outboxItems(page).count()).toBe(4);
    const items = await outboxItems(page).allTextContents();
    expect(items.filter((text) => text.includes("New finding"))).toHaveLength(3);
    expect(items.filter((text) => text.includes("hansard-server-room.png"))).toHaveLength(1);

    // Back online: everything is sent, in order, and the outbox empties. (Chromium's offline
    // emulation reports navigator.onLine true after a reload and fires no `online` event on
    // return: here the outbox's retry after a failed round sends, a real browser's event sooner.)
    await page.context().setOffline(false);
    await page.getByText("The outbox is empty").waitFor({ timeout: 45_000 });
    expect(await page.getByRole("link", { name: /^Outbox:/ }).count()).toBe(0);

    const found = await trpcQuery<{ items: FindingRow[] }>(page, "findings.list", {
      missionId,
      search: suffix,
      limit: 50,
    });
    expect(found.items.map((f) => f.title).sort()).toEqual([...titles].sort());
    const details = await Promise.all(
      found.items.map((f) => trpcQuery<FindingWithFiles>(page, "findings.byId", { id: f.id })),
    );
    const files = details.flatMap((d) => d.attachments.map((a) => `${a.name} ${a.type}`));
    expect(files).toEqual(["hansard-server-room.png image/png"]);
    const withPhoto = found.items.find((f) => f.title === titles[0]);
    expect(details.find((d) => d.id === withPhoto?.id)?.attachments).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it("a finding the server refuses on return stays in the outbox with the reason", async () => {
    const expert = await session.newPage();
    const { page, problems } = expert;
    const missionPath = await openZambiaPhases(expert);
    const missionId = missionPath.split("/").pop() ?? "";

    await page.context().setOffline(true);
    await logFindingsOffline(page, [refusedTitle]);

    // Meanwhile the coordinator cancels the phase: it no longer takes findings.
    const coordinator = await session.newPage();
    await signIn(coordinator.page, "coordinator@hemicycle.test");
    type Mission = { phases: { id: string; kind: string; version: number }[] };
    const mission = await trpcQuery<Mission>(coordinator.page, "missions.byId", { id: missionId });
    const assessment = mission.phases.find((p) => p.kind === "ASSESSMENT");
    if (!assessment) throw new Error("the Zambia mission has no assessment phase");
    const cancelled = await coordinator.page.request.post("/trpc/missions.updatePhase", {
      data: { json: { id: assessment.id, version: assessment.version, status: "CANCELLED" } },
    });
    expect(cancelled.status()).toBe(200);

    await page.getByRole("link", { name: "Offline. Outbox: 1 item waiting to be sent" }).click();
    await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();
    await page.context().setOffline(false);

    const item = outboxItems(page).filter({ hasText: refusedTitle });
    await item.getByText("Refused", { exact: true }).waitFor({ timeout: 45_000 });
    expect(await item.getByRole("alert").or(item.getByText("The server refused it")).first().textContent()).toMatch(
      /refused/i,
    );
    const reason = await item.textContent();
    expect(reason).toMatch(/no longer|closed|cancel/i);
    // It stays, and the header still counts it.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Outbox" }).waitFor();
    await expect.poll(() => outboxItems(page).filter({ hasText: refusedTitle }).count()).toBe(1);
    await page.getByRole("link", { name: "Outbox: 1 item waiting to be sent" }).waitFor();

    const found = await trpcQuery<{ items: FindingRow[] }>(page, "findings.list", {
      missionId,
      search: refusedTitle,
      limit: 50,
    });
    expect(found.items).toEqual([]);
    expect(problems).toEqual([]);
  });
});
