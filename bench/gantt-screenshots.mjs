// Screenshots of the roadmap's timeline in the built app, to look at after a change:
//
//   pnpm build && node bench/gantt-screenshots.mjs [out-dir]      (default /tmp/gantt-shots)
//
// Starts server/dist/main.js on 127.0.0.1 with a fresh embedded database and the demo data,
// signs in as the lead expert (Zambia's draft roadmap, edit mode) and as the coordinator
// (Namibia's endorsed roadmap: baselines and slips), opens each roadmap's Timeline view and
// saves PNGs at 1280×800 and 390×844. Chromium is Debian's (/usr/bin/chromium or CHROMIUM_PATH).
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
const out = process.argv[2] ?? "/tmp/gantt-shots";
const PASSWORD = "hemicycle-demo";

const SHOTS = [
  { name: "zambia-draft", email: "lead.expert@hemicycle.test", mission: "ZMB", query: "view=timeline" },
  { name: "namibia-endorsed", email: "coordinator@hemicycle.test", mission: "SADC-NAM-2026", query: "view=timeline" },
  {
    name: "namibia-by-area",
    email: "coordinator@hemicycle.test",
    mission: "SADC-NAM-2026",
    query: "view=timeline&group=area",
  },
];
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
  const dataDir = await mkdtemp(join(tmpdir(), "gantt-shots-"));
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SEED_DEMO: "true",
    PUBLIC_URL: url,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(repo, "server/dist/main.js")], { cwd: repo, env, stdio: "ignore" });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const app = await startApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  await mkdir(out, { recursive: true });
  for (const shot of SHOTS) {
    const context = await browser.newContext({ baseURL: app.url, viewport: SIZES[0] });
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    page.on("console", (m) => m.type() === "error" && console.error(`console: ${m.text()}`));
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(shot.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto("/missions");
    await page.getByRole("row").filter({ hasText: shot.mission }).getByRole("link").first().click();
    await page.waitForURL(/\/missions\/[^/]+$/);
    await page.goto(`${new URL(page.url()).pathname}/roadmap?${shot.query}`);
    await page.locator("[data-gantt-bar]").first().waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // The timeline at the top of the screen (on a phone it sits below the header and vision).
      await page.getByRole("group", { name: "Timeline" }).evaluate((box) => {
        const toolbar = box.previousElementSibling?.previousElementSibling?.previousElementSibling ?? box;
        toolbar.scrollIntoView({ block: "start" });
      });
      await page.waitForTimeout(300);
      const file = join(out, `${shot.name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
