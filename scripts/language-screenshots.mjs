// Screenshots of the dashboard, a roadmap's table and its timeline (Gantt) in Arabic and
// in French (or the languages given), at 1280×800 and 390×844, to look at after a change
// to the languages or to right-to-left layout (docs/languages.md, "Right to left"):
//
//   pnpm build && node scripts/language-screenshots.mjs [out-dir]     (default /tmp/hemicycle-language-shots)
//   LANGUAGES=ar,fr,en node scripts/language-screenshots.mjs
//   APP_URL=http://127.0.0.1:5173 node scripts/language-screenshots.mjs   (an app already running, with the demo data)
//
// Without APP_URL it starts server/dist/main.js on 127.0.0.1 with a fresh embedded
// database and the demo data (CLIENT_DIST is passed on, to serve another build of the
// client). Signs in as the coordinator, sets the account's language (auth.setLanguage, as
// the shell's language menu does), and saves one PNG per language, page and size:
// <lang>-dashboard-1280x800.png, <lang>-roadmap-table-390x844.png, <lang>-gantt-…png
// (Zambia's draft roadmap). Chromium is Debian's (/usr/bin/chromium or CHROMIUM_PATH).
/* global document, window -- the page.evaluate callbacks run in the browser */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const fromTests = createRequire(join(repo, "tests/package.json"));
const playwright = await import(pathToFileURL(fromTests.resolve("playwright-core")).href);
const chromium = playwright.chromium ?? playwright.default.chromium;

const out = process.argv[2] ?? "/tmp/hemicycle-language-shots";
const languages = (process.env.LANGUAGES ?? "ar,fr").split(",").map((l) => l.trim());
const EMAIL = "coordinator@hemicycle.test";
const PASSWORD = "hemicycle-demo";
const MISSION_CODE = "SADC-ZMB-2026";
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startApp() {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "language-shots-"));
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, SEED_DEMO: "true" };
  env.PUBLIC_URL = url;
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(repo, "server/dist/main.js")], { cwd: repo, env, stdio: "ignore" });
  let up = false;
  for (let i = 0; i < 120 && !up; i++) {
    try {
      up = (await fetch(`${url}/health`)).ok;
    } catch {
      /* not up yet */
    }
    if (!up) await new Promise((r) => setTimeout(r, 500));
  }
  if (!up) throw new Error(`the app did not start at ${url}`);
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sets the signed-in account's language through the app's own procedure, from the page. */
async function setLanguage(page, language) {
  const status = await page.evaluate(async (lng) => {
    const response = await fetch("/trpc/auth.setLanguage", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { language: lng } }),
    });
    return response.status;
  }, language);
  if (status !== 200) throw new Error(`auth.setLanguage(${language}) answered ${status}`);
}

/** Brings an element just under the shell's sticky header, then lets the layout settle. */
async function toTop(page, locator) {
  await locator.evaluate((element) => {
    const header = document.querySelector("header");
    const below = header ? header.getBoundingClientRect().height : 0;
    window.scrollBy(0, element.getBoundingClientRect().top - below - 8);
  });
  await page.waitForTimeout(400);
}

const app = process.env.APP_URL ? { url: process.env.APP_URL, stop: async () => {} } : await startApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const written = [];
try {
  await mkdir(out, { recursive: true });
  const context = await browser.newContext({ baseURL: app.url, viewport: SIZES[0] });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto("/login");
  await page.locator("input[type=email]").fill(EMAIL);
  await page.locator("input[type=password]").fill(PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));

  // Zambia's mission, from the missions list (its code is the same in every language).
  await page.goto("/missions");
  await page.getByRole("row").filter({ hasText: MISSION_CODE }).getByRole("link").first().click();
  await page.waitForURL(/\/missions\/[^/]+$/);
  const mission = new URL(page.url()).pathname;

  for (const language of languages) {
    await setLanguage(page, language);
    const shots = [
      {
        name: "dashboard",
        path: "/dashboard",
        ready: () => page.locator(".recharts-surface").nth(2).waitFor({ timeout: 20_000 }),
        top: null,
      },
      {
        name: "roadmap-table",
        path: `${mission}/roadmap`,
        ready: () => page.getByRole("grid").waitFor(),
        top: () => page.getByRole("navigation").filter({ has: page.locator("a[href*='view=timeline']") }),
      },
      {
        name: "gantt",
        path: `${mission}/roadmap?view=timeline`,
        ready: () => page.locator("[data-gantt-bar]").first().waitFor(),
        top: () => page.getByRole("navigation").filter({ has: page.locator("a[href*='view=timeline']") }),
      },
    ];
    for (const shot of shots) {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.goto(shot.path);
        await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
        await shot.ready();
        await page.waitForTimeout(600);
        // On a phone the table and the timeline start below the roadmap's header: brought up.
        if (shot.top && size.width < 800) await toTop(page, shot.top().first());
        const file = join(out, `${language}-${shot.name}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        written.push(file);
        console.log(file);
      }
    }
  }
  await setLanguage(page, null); // back to following the browser
  await context.close();
} finally {
  await browser.close();
  await app.stop();
}
console.log(`${written.length} screenshots in ${out}`);
