// What the SPA's first page costs to download, next to a blank Vite + React app built in
// the same run (issue 10, benchmark 6; docs/performance.md "The SPA's weight").
//
//   node bench/bundle.mjs                (from the repository root, after pnpm install)
//   node bench/bundle.mjs --no-build     (weigh client/dist as it is, build the blank app only)
//   node bench/bundle.mjs --no-build --dist <folder>   (weigh another build, e.g. an older commit's)
//   pnpm bench bundle                    (the same figures in bench/results.md: `measureBundle`)
//
// Builds the client (`vite build` with the client's own config, into a temporary folder:
// client/dist, which the e2e tests and the other benchmarks serve, is left alone) and bench/blank-app (the
// react-ts template's counter, built with the client's own vite, @vitejs/plugin-react,
// react and react-dom, so the versions are the workspace's; no network) into a temporary
// folder, then weighs what each index.html loads before anything else runs: the entry
// script, its modulepreloads and its stylesheets. Raw, gzip and brotli; the served sizes
// are those of the .br and .gz files written beside the client's files at build time
// (client/vite.config.ts), and for the blank app the same settings (brotli 11, gzip 9).
// It also checks that no page, chart, Gantt or markdown module is in the first download.
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "..");
const clientDir = join(repo, "client");
const fromClient = createRequire(join(clientDir, "package.json"));
const load = (name) => import(pathToFileURL(fromClient.resolve(name)).href);

/** The goals of issue 10, benchmark 6 (bytes as served, brotli). */
const JS_RATIO_GOAL = 2.2;
const JS_CAP = 150_000;
const CSS_CAP = 25_000;
/** Modules that must never be in the first download: pages and the heavy features. */
const LAZY_ONLY = [
  [/\/client\/src\/app\/routes\//, "a page"],
  [/\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?recharts\//, "the charts (recharts)"],
  [/\/client\/src\/features\/roadmaps\/components\/gantt\//, "the Gantt"],
  [/\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(react-markdown|micromark|rehype-sanitize)\//, "markdown"],
  [
    /\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(@dnd-kit|@tanstack\/react-table|@tanstack\/virtual-core)\//,
    "drag and drop, tables, virtual lists",
  ],
];

/** The goals, for bench/main.ts's table. */
export const BUNDLE_GOALS = { jsRatio: JS_RATIO_GOAL, jsCap: JS_CAP, cssCap: CSS_CAP };

function compressed(content) {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  };
}

/** The size served for each encoding: the .br/.gz file when the build wrote one. */
async function weigh(dist, file) {
  const path = join(dist, file);
  const content = await readFile(path);
  const sizes = compressed(content);
  if (existsSync(`${path}.br`)) sizes.brotli = (await readFile(`${path}.br`)).length;
  if (existsSync(`${path}.gz`)) sizes.gzip = (await readFile(`${path}.gz`)).length;
  return sizes;
}

/** What index.html loads up front: its module scripts, modulepreloads and stylesheets. */
async function initialFiles(dist) {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const js = [];
  const css = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const rel = attr(tag, "rel");
    if (tag.startsWith("<script") && attr(tag, "type") === "module" && attr(tag, "src")) js.push(attr(tag, "src"));
    else if (rel === "modulepreload") js.push(attr(tag, "href"));
    else if (rel === "stylesheet") css.push(attr(tag, "href"));
  }
  const local = (href) => href.replace(/^\//, "");
  return { js: js.map(local), css: css.map(local), html: "index.html" };
}

async function weighApp(dist) {
  const files = await initialFiles(dist);
  const total = async (list) => {
    const sum = { raw: 0, gzip: 0, brotli: 0, files: list.length };
    for (const file of list) {
      const sizes = await weigh(dist, file);
      sum.raw += sizes.raw;
      sum.gzip += sizes.gzip;
      sum.brotli += sizes.brotli;
    }
    return sum;
  };
  return { files, js: await total(files.js), css: await total(files.css), html: await weigh(dist, "index.html") };
}

async function buildBlank(outDir) {
  const { build } = await load("vite");
  const { default: react } = await load("@vitejs/plugin-react");
  const root = await mkdtemp(join(tmpdir(), "hemicycle-blank-app-"));
  await cp(join(here, "blank-app"), root, { recursive: true });
  // react and react-dom resolve from the client's own node_modules: the very versions it ships.
  await symlink(join(clientDir, "node_modules"), join(root, "node_modules"), "dir");
  try {
    await build({
      root,
      configFile: false,
      logLevel: "warn",
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Which modules of the first download must be lazy: `what: module in chunk` for each. */
function misplacedModules(chunks, initialFiles) {
  const initial = new Set(initialFiles.map((file) => file.replace(/^\/?/, "")));
  const misplaced = [];
  for (const chunk of chunks.filter((chunk) => initial.has(chunk.fileName)))
    for (const module of chunk.modules)
      for (const [pattern, what] of LAZY_ONLY)
        if (pattern.test(module)) misplaced.push(`${what}: ${module} in ${chunk.fileName}`);
  return { lazyChunks: chunks.filter((chunk) => !initial.has(chunk.fileName)).length, misplaced };
}

/**
 * Builds the client (unless `dist` is given: an existing build is weighed, and the lazy
 * check is skipped) and the blank app, and weighs the first download of each.
 * `lazy` is null when the client was not built here.
 */
export async function measureBundle({ dist } = {}) {
  let clientDist = dist;
  let built = null;
  let lazy = null;
  if (!clientDist) {
    built = await mkdtemp(join(tmpdir(), "hemicycle-client-dist-"));
    clientDist = built;
    const report = join(tmpdir(), `hemicycle-bundle-report-${process.pid}.json`);
    console.error("building the client…");
    execFileSync(
      "pnpm",
      ["--filter", "@hemicycle/client", "exec", "vite", "build", "--outDir", built, "--emptyOutDir"],
      {
        cwd: repo,
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...process.env, HEMICYCLE_BUNDLE_REPORT: report },
      },
    );
    lazy = { chunks: JSON.parse(await readFile(report, "utf8")) };
    await rm(report, { force: true });
  }
  console.error("building the blank Vite + React app…");
  const blankDist = await mkdtemp(join(tmpdir(), "hemicycle-blank-dist-"));
  try {
    await buildBlank(blankDist);
    const client = await weighApp(clientDist);
    const blank = await weighApp(blankDist);
    if (lazy) lazy = misplacedModules(lazy.chunks, client.files.js);
    const versions = {
      vite: fromClient("vite/package.json").version,
      react: fromClient("react/package.json").version,
      node: process.versions.node,
    };
    return { client, blank, lazy, versions, jsRatio: client.js.brotli / blank.js.brotli };
  } finally {
    await rm(blankDist, { recursive: true, force: true });
    if (built) await rm(built, { recursive: true, force: true });
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (text, width) => String(text).padStart(width);

async function main() {
  const args = new Set(process.argv.slice(2));
  const distIndex = process.argv.indexOf("--dist");
  const dist = args.has("--no-build")
    ? distIndex > 0
      ? process.argv[distIndex + 1]
      : join(clientDir, "dist")
    : undefined;
  const { client, blank, lazy, versions, jsRatio } = await measureBundle({ dist });
  console.log(
    `\nInitial download of the first page (vite ${versions.vite}, react ${versions.react}, node ${versions.node})\n`,
  );
  const rows = [
    ["", "files", "raw", "gzip", "brotli", "goal (brotli)", ""],
    ["blank app JS", blank.js.files, kB(blank.js.raw), kB(blank.js.gzip), kB(blank.js.brotli), "", ""],
    [
      "Hemicycle JS",
      client.js.files,
      kB(client.js.raw),
      kB(client.js.gzip),
      kB(client.js.brotli),
      `≤ ${JS_RATIO_GOAL}× blank, ≤ ${kB(JS_CAP)}`,
      "",
    ],
    [
      "  ratio",
      "",
      `${(client.js.raw / blank.js.raw).toFixed(2)}×`,
      `${(client.js.gzip / blank.js.gzip).toFixed(2)}×`,
      `${(client.js.brotli / blank.js.brotli).toFixed(2)}×`,
      "",
      "",
    ],
    ["blank app CSS", blank.css.files, kB(blank.css.raw), kB(blank.css.gzip), kB(blank.css.brotli), "", ""],
    [
      "Hemicycle CSS",
      client.css.files,
      kB(client.css.raw),
      kB(client.css.gzip),
      kB(client.css.brotli),
      `≤ ${kB(CSS_CAP)}`,
      "",
    ],
    ["Hemicycle index.html", 1, kB(client.html.raw), kB(client.html.gzip), kB(client.html.brotli), "", ""],
  ];
  rows[2][6] = jsRatio <= JS_RATIO_GOAL && client.js.brotli <= JS_CAP ? "met" : "MISSED";
  rows[5][6] = client.css.brotli <= CSS_CAP ? "met" : "MISSED";
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows)
    console.log(
      row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[0]) : pad(cell, widths[column]))).join("  "),
    );
  console.log(`\nHemicycle's first download: ${client.files.js.join(", ")}, ${client.files.css.join(", ")}`);

  if (lazy) {
    const { lazyChunks, misplaced } = lazy;
    console.log(
      `${lazyChunks} lazy chunks; ${misplaced.length ? "NOT lazy:" : "pages, charts, the Gantt and markdown are all lazy"}`,
    );
    for (const line of misplaced.slice(0, 20)) console.log(`  ${line}`);
    if (misplaced.length) process.exitCode = 1;
  }
}

// Run as a script (not when bench/main.ts imports measureBundle).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
