// What every browser test file needs: the built app on a fresh embedded database and one
// Chromium for the file, a fresh browser context per user (closed at the end), and the
// few steps every journey starts with.
//
//   const session = useBrowserApp();
//   const { page, problems } = await session.newPage();
//   await signIn(page, "coordinator@hemicycle.test");
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type AppServer, startApp } from "./app-server.ts";
import { launchBrowser } from "./browser.ts";

export const DEMO_PASSWORD = "hemicycle-demo";

export type BrowserPage = {
  page: Page;
  /** CSP violations and uncaught page errors seen so far: a test asserts it stays empty. */
  problems: string[];
};

export function useBrowserApp() {
  let app: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await app?.stop();
  });

  return {
    app: (): AppServer => {
      if (!app) throw new Error("useBrowserApp(): the app starts in beforeAll");
      return app;
    },
    /** A fresh browser session (no cookies) that records CSP violations and page errors. */
    async newPage(): Promise<BrowserPage> {
      if (!app || !browser) throw new Error("useBrowserApp(): the app and browser start in beforeAll");
      const context = await browser.newContext({ baseURL: app.url });
      contexts.push(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
          problems.push(message.text());
      });
      return { page, problems };
    },
  };
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** The link to a mission in the missions list, found by the mission's code shown beside it. */
export function missionLink(page: Page, code: string) {
  return page.getByRole("row").filter({ hasText: code }).getByRole("link").first();
}

/**
 * Opens a section of the mission page (Overview, Phases & team, Findings, Roadmap,
 * Activity) from its tabs, as a user would, and waits until that tab is the current one.
 */
export async function openMissionSection(page: Page, name: string) {
  const tab = page
    .getByRole("navigation", { name: "Sections of the mission" })
    .getByRole("link", { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute("aria-current")).toBe("page");
}

/**
 * What the server holds now, read as the page's user (its cookies) through a tRPC query
 * over plain HTTP: a test checks the server's state, not only what the page shows. Dates
 * come back as ISO strings (superjson's `json` part).
 */
export async function trpcQuery<T = unknown>(page: Page, path: string, input: unknown): Promise<T> {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await page.request.get(`/trpc/${path}?input=${query}`);
  const body = (await response.json()) as { result?: { data?: { json?: T } }; error?: unknown };
  if (!response.ok() || !body.result?.data) {
    throw new Error(`${path} answered ${response.status()}: ${JSON.stringify(body.error ?? body)}`);
  }
  return body.result.data.json as T;
}
