// The browser console stays clean: a signed-out visitor on the sign-in page, and the
// coordinator on every page of the app, cause no console error (no 401 from the session
// check, no failed request, no React warning logged as an error).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { missionLink, signIn, useBrowserApp } from "../helpers/browser-session.ts";

const session = useBrowserApp();

/** Every console error and failed page error from now on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** Waits for the page's requests to settle, then for its main heading. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

describe("a clean browser console", () => {
  it("logs nothing on the sign-in page for a signed-out visitor, nor when they are sent there", async () => {
    const { page } = await session.newPage();
    const errors = consoleErrors(page);
    await page.goto("/login");
    await settle(page);
    // A protected address sends a signed-out visitor to the sign-in page, quietly too.
    await page.goto("/missions");
    await page.waitForURL(/\/login/);
    await settle(page);
    expect(errors).toEqual([]);
  });

  it("logs nothing on any page the coordinator opens", async () => {
    const { page } = await session.newPage();
    const errors = consoleErrors(page);
    await signIn(page, "coordinator@hemicycle.test");
    // The coordinator lands on the programme dashboard (its charts load in their own chunk).
    await page.waitForURL((url) => url.pathname === "/dashboard");
    await settle(page);
    await page.goto("/missions");
    await settle(page);
    await missionLink(page, "SADC-ZMB-2026").click();
    await page.waitForURL(/\/missions\/[^/]+$/);
    await settle(page);
    const missionPath = new URL(page.url()).pathname;
    const sections = ["phases", "findings", "roadmap", "activity"].map((s) => `${missionPath}?section=${s}`);
    const pages = [
      "/missions/new",
      `${missionPath}/roadmap`,
      "/parliaments",
      "/experts",
      "/calendar",
      "/notifications",
      "/exports",
    ];
    for (const path of [...sections, ...pages, "/admin/audit", "/admin/users", "/no-such-page"]) {
      await page.goto(path);
      await settle(page);
    }
    expect(errors).toEqual([]);
  });
});
