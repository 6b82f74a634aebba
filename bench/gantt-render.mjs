// How fast the roadmap's timeline draws, with 500 and with 5,000 items, in Chromium.
//
//   node bench/gantt-render.mjs            (from the repository root, after pnpm install)
//   RUNS=9 MOVES=60 node bench/gantt-render.mjs
//   pnpm bench gantt                  (the same figures in bench/results.md: `measureGantt`)
//
// Builds bench/harness (the real RoadmapGantt on a generated four-year roadmap; saving
// stubbed out) with Vite in production mode into a temporary folder, serves it on
// 127.0.0.1, opens it in Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through
// playwright-core at 1280×800, and prints a side-by-side table of medians:
//   - first render: from render() to the timeline laid out and painted (a fresh mount);
//   - drag frame: one pointer move over a bar, to React's commit and the layout after it
//     (the bar's state is its own, so this should not grow with the item count).
// Nothing here is a test: the numbers depend on the machine (two shared cores here).
/* global window -- the page.evaluate callbacks run in the browser */
import { createServer } from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "..");
const fromClient = createRequire(join(repo, "client/package.json"));
const fromTests = createRequire(join(repo, "tests/package.json"));
const load = (require, name) => import(pathToFileURL(require.resolve(name)).href);

const SIZES = [500, 5000];
export const GANTT_SIZES = SIZES;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function buildHarness(outDir) {
  const { build } = await load(fromClient, "vite");
  const { default: react } = await load(fromClient, "@vitejs/plugin-react");
  const { default: tailwindcss } = await load(fromClient, "@tailwindcss/vite");
  const clientModules = join(repo, "client/node_modules");
  const stub = join(here, "harness/save-stub.ts");
  await build({
    configFile: false,
    root: join(here, "harness"),
    logLevel: "warn",
    mode: "production",
    plugins: [
      {
        name: "bench:stub-save",
        enforce: "pre",
        resolveId(source) {
          return /[\\/]use-save-item\.ts$/.test(source) ? stub : null;
        },
      },
      react(),
      tailwindcss(),
    ],
    // The harness lives outside the client: its bare imports resolve to the client's copies.
    resolve: {
      alias: [
        { find: /^react(\/.*)?$/, replacement: `${join(clientModules, "react")}$1` },
        { find: /^react-dom(\/.*)?$/, replacement: `${join(clientModules, "react-dom")}$1` },
        { find: /^@tanstack\/react-query$/, replacement: join(clientModules, "@tanstack/react-query") },
      ],
      dedupe: ["react", "react-dom", "@tanstack/react-query"],
    },
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 2000 },
  });
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    try {
      const file = join(dir, path === "/" ? "index.html" : path);
      if (!file.startsWith(dir)) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Builds the harness, mounts the timeline `runs` times at each size (after a warm-up) and
 * drags a bar `moves` pointer moves each time; medians per size:
 * `{ 500: { first, frame, frameP95, rows }, 5000: … }` in milliseconds.
 */
export async function measureGantt({ runs = 7, moves = 40, log = (line) => process.stdout.write(line) } = {}) {
  const outDir = await mkdtemp(join(tmpdir(), "gantt-bench-"));
  const server = await serve(outDir);
  let browser;
  try {
    log("Building the harness… ");
    await buildHarness(outDir);
    log("done\n");
    const playwright = await load(fromTests, "playwright-core");
    const chromium = playwright.chromium ?? playwright.default.chromium;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => "ganttBench" in window);

    const results = {};
    for (const size of SIZES) {
      const firsts = [];
      const frames = [];
      let rows = 0;
      let moved = true;
      // One warm-up mount (JIT, fonts), not counted.
      await page.evaluate((n) => window.ganttBench.mount(n), size);
      for (let run = 0; run < runs; run++) {
        firsts.push(await page.evaluate((n) => window.ganttBench.mount(n), size));
        const drag = await page.evaluate((m) => window.ganttBench.drag(m), moves);
        frames.push(median(drag.times));
        frames.p95 = [...(frames.p95 ?? []), percentile(drag.times, 0.95)];
        rows = drag.rows;
        moved &&= drag.moved;
      }
      if (!moved) throw new Error(`The dragged bar did not move with ${size} items`);
      results[size] = { first: median(firsts), frame: median(frames), frameP95: median(frames.p95), rows };
      log(`  ${size} items measured\n`);
    }
    if (errors.length) throw new Error(`The page failed: ${errors.join("; ")}`);
    return results;
  } finally {
    await browser?.close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

async function main() {
  const RUNS = Number(process.env.RUNS ?? 7);
  const MOVES = Number(process.env.MOVES ?? 40);
  const results = await measureGantt({ runs: RUNS, moves: MOVES });

  const cell = (v) => `${v.toFixed(1)} ms`.padStart(12);
  const label = (s) => s.padEnd(34);
  console.log(`\nRoadmapGantt in Chromium, 1280×800, median of ${RUNS} runs (${MOVES} pointer moves each)\n`);
  console.log(`${label("")}${SIZES.map((s) => `${s.toLocaleString("en")} items`.padStart(12)).join("  ")}`);
  console.log(`${label("first render of the timeline")}${SIZES.map((s) => cell(results[s].first)).join("  ")}`);
  console.log(`${label("drag frame (median move)")}${SIZES.map((s) => cell(results[s].frame)).join("  ")}`);
  console.log(`${label("drag frame (95th percentile move)")}${SIZES.map((s) => cell(results[s].frameP95)).join("  ")}`);
  console.log(`${label("rows in the DOM")}${SIZES.map((s) => String(results[s].rows).padStart(12)).join("  ")}`);
}

// Run as a script (not when bench/main.ts imports measureGantt).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
