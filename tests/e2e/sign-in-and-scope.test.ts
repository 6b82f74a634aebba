// The built app on a fresh embedded database, in Chromium: the coordinator sees every
// mission and opens one; a parliament's staff see only their parliament's missions.
import { describe, expect, it } from "vitest";
import { missionLink, openMissionSection, signIn, useBrowserApp } from "../helpers/browser-session.ts";

const session = useBrowserApp();
const newPage = () => session.newPage();

describe("signing in and seeing what one's role allows", () => {
  it("shows a wrong password next to the form and stays on the sign-in page", async () => {
    const { page } = await newPage();
    await page.goto("/login");
    await page.getByLabel("E-mail").fill("coordinator@hemicycle.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/not right/);
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("lets the coordinator see all missions and open one", async () => {
    const { page, problems } = await newPage();
    await signIn(page, "coordinator@hemicycle.test");
    await page.goto("/missions");
    const zambia = missionLink(page, "SADC-ZMB-2026");
    await zambia.waitFor();
    await expect.poll(() => page.getByText("MNE-TOR-2026").count()).toBeGreaterThan(0);

    await zambia.click();
    await page.waitForURL(/\/missions\/[^/]+$/);
    await page
      .getByRole("heading", { level: 1 })
      .filter({ hasText: /Zambia/ })
      .waitFor();
    // The assessment phase and its team are in the Phases & team section, its findings in
    // the Findings section.
    await openMissionSection(page, "Phases & team");
    await expect.poll(() => page.getByText("Assessment", { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Lead/).count()).toBeGreaterThan(0);
    await openMissionSection(page, "Findings");
    await expect.poll(() => page.getByRole("heading", { name: /Findings/ }).count()).toBeGreaterThan(0);
    await page
      .getByRole("region", { name: "Findings", exact: true })
      .getByRole("link", { name: "Single internet uplink with no failover" })
      .waitFor();

    const response = await page.request.get("/");
    expect(response.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(problems).toEqual([]);
  });

  it("shows Montenegro's staff only Montenegro's missions, and not Zambia's even by address", async () => {
    const { page, problems } = await newPage();
    await signIn(page, "staff.montenegro@hemicycle.test");
    await page.goto("/missions");
    await missionLink(page, "MNE-TOR-2026").waitFor();
    expect(await page.getByText("SADC-ZMB-2026").count()).toBe(0);

    // The Zambia mission's id, learnt as the coordinator would: the staff member's
    // session must still answer "not found" for it.
    const coordinator = await newPage();
    await signIn(coordinator.page, "coordinator@hemicycle.test");
    await coordinator.page.goto("/missions");
    await missionLink(coordinator.page, "SADC-ZMB-2026").click();
    await coordinator.page.waitForURL(/\/missions\/[^/]+$/);
    const zambiaPath = new URL(coordinator.page.url()).pathname;

    await page.goto(zambiaPath);
    await page
      .getByRole("heading", { name: /not found/i })
      .first()
      .waitFor();
    expect(await page.getByText(/Zambia/).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
