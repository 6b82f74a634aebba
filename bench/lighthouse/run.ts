// Benchmark #7: Lighthouse (performance only) in the local Chromium on the dashboard and
// on a roadmap, signed in, with the client built as it ships (brotli files, cache headers)
// and served by the app on a small seeded PostgreSQL database: the desktop preset and the
// default mobile configuration (simulated throttling: a mid-range phone on slow 4G).
// Each page and form factor is run `rounds` times in a fresh Chromium each time (Lighthouse
// empties the cache, storage and service worker before each load); the figures are the
// medians, with the load average of the machine at each run, as simulated throttling
// still feels the other processes on the CPU.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { appEnv, fmt, type Context } from "../lib/context.ts";
import { query, signIn } from "../lib/endpoints.ts";
import { repoRoot, scratchDir, startProcess } from "../lib/processes.ts";
import { median } from "../lib/stats.ts";

const execute = promisify(execFile);

/** The data set the pages are measured on: big enough to fill them, small enough that the dashboard answers at once (#3 measures it at full scale). */
export const LIGHTHOUSE_SCALE = 0.05;
const GOALS = { desktop: 95, mobile: 85 } as const;
const CLS_GOAL = 0.02;
/** The first run, before the fixes of docs/performance.md "Lighthouse" (5360485, scale 0.05, at a load average of 31–39 on 2 cores). */
const BASELINES: Record<string, string> = {
  "dashboard (admin) desktop": "28; CLS 0.965",
  "dashboard (admin) mobile": "44; CLS 0.090",
  "roadmap (admin) desktop": "20; CLS 0.965",
  "roadmap (admin) mobile": "36; CLS 0.065",
  "roadmap review (staff) desktop": "29; CLS 0.998",
  "roadmap review (staff) mobile": "40; CLS 0.121",
};

type FormFactor = keyof typeof GOALS;
type Run = { score: number; lcp: number; tbt: number; cls: number; fcp: number; load: number; lcpElement: string };

// What we use of Lighthouse and chrome-launcher (pinned in tests/, loaded from there as bench/ has no dependencies).
type Lhr = {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: unknown[] } }>;
  runtimeError?: { message: string };
};
type LighthouseFn = (url: string, flags: object, config?: object) => Promise<{ lhr: Lhr } | undefined>;
type Chrome = { port: number; kill: () => void };
type Launcher = { launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<Chrome> };

const fromTests = createRequire(join(repoRoot, "tests", "package.json"));
const load = async <T>(specifier: string) => (await import(pathToFileURL(fromTests.resolve(specifier)).href)) as T;

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The client built as it ships, into a folder of its own (client/dist, which others build, is left alone). */
export async function buildClient(): Promise<string> {
  const outDir = join(await scratchDir("lighthouse-client"), "dist");
  await execute(
    "pnpm",
    ["--filter", "@hemicycle/client", "exec", "vite", "build", "--outDir", outDir, "--emptyOutDir"],
    {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (!existsSync(join(outDir, "index.html"))) throw new Error(`the client build wrote no ${outDir}/index.html`);
  return outDir;
}

type Page = { name: string; path: string; cookie: string };

/** The pages measured: the dashboard and the roadmap with the most items as the admin sees them, and a roadmap as its parliament's staff review it. */
async function pages(url: string): Promise<Page[]> {
  const admin = await signIn(url, "bench.admin1@bench.hemicycle.test");
  type Roadmaps = { items: { id: string; missionId: string; itemCount: number }[] };
  const all = (await query(url, admin, "roadmaps.list", { limit: 50 })) as Roadmaps;
  const largest = [...all.items].sort((a, b) => b.itemCount - a.itemCount)[0];
  if (!largest) throw new Error("roadmaps.list is empty: is the database seeded?");
  const result: Page[] = [
    { name: "dashboard (admin)", path: "/dashboard", cookie: admin },
    {
      name: `roadmap, ${largest.itemCount} items (admin)`,
      path: `/missions/${largest.missionId}/roadmap`,
      cookie: admin,
    },
  ];
  const staff = await signIn(url, "bench.staff1@bench.hemicycle.test").catch(() => null);
  if (staff) {
    const theirs = (await query(url, staff, "roadmaps.list", { limit: 50 })) as Roadmaps;
    const review = [...theirs.items].sort((a, b) => b.itemCount - a.itemCount)[0];
    if (review)
      result.push({
        name: `roadmap review, ${review.itemCount} items (staff)`,
        path: `/parliament/roadmaps/${review.id}`,
        cookie: staff,
      });
  }
  return result;
}

/** One run; a run whose trace Lighthouse could not read (NO_NAVSTART and the like, on a loaded machine) is tried again, twice at most. */
async function measure(...args: Parameters<typeof measureOnce>): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureOnce(...args);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`  #7 ${(error as Error).message}; again`);
    }
  }
}

async function measureOnce(
  lighthouse: LighthouseFn,
  launcher: Launcher,
  desktopConfig: object,
  url: string,
  cookie: string,
  formFactor: FormFactor,
): Promise<Run> {
  const chrome = await launcher.launch({ chromePath: chromiumPath, chromeFlags: CHROME_FLAGS });
  try {
    const load = loadavg()[0]!;
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        extraHeaders: { Cookie: cookie },
      },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const lcpItem = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0] as
      { items?: { node?: { selector?: string; nodeLabel?: string } }[] } | undefined;
    const node = lcpItem?.items?.[0]?.node;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcp: numeric("largest-contentful-paint"),
      tbt: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      fcp: numeric("first-contentful-paint"),
      load,
      lcpElement: node ? `${node.selector ?? ""} "${(node.nodeLabel ?? "").slice(0, 40)}"` : "—",
    };
  } finally {
    chrome.kill();
  }
}

export async function lighthouse(context: Context) {
  const { options } = context;
  const scale = Math.min(options.scale, LIGHTHOUSE_SCALE);
  const rounds = options.quick ? 1 : Math.max(3, options.rounds);
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  console.error(`  #7 building the client…`);
  const [clientDist, databaseUrl] = await Promise.all([
    buildClient(),
    context.postgresUrlAt("bench_lighthouse", scale),
  ]);
  const lighthouseFn = (await load<{ default: LighthouseFn }>("lighthouse")).default;
  const desktopConfig = (await load<{ default: object }>("lighthouse/core/config/desktop-config.js")).default;
  const launcher = await load<Launcher>("chrome-launcher");
  const app = await startProcess({
    script: context.bundles.benchApp,
    readyPath: "/ready",
    env: { ...(await appEnv({ databaseUrl })), CLIENT_DIST: clientDist },
  });
  try {
    // LIGHTHOUSE_PAGES=dashboard measures only the pages whose name holds one of the comma-separated words.
    const only = (process.env.LIGHTHOUSE_PAGES ?? "").split(",").filter(Boolean);
    const chosen = (await pages(app.url)).filter((p) => !only.length || only.some((word) => p.name.includes(word)));
    for (const page of chosen) {
      // A first load warms the app's caches (its statements, PostgreSQL's pages); not counted.
      await measure(lighthouseFn, launcher, desktopConfig, app.url + page.path, page.cookie, "desktop");
      for (const formFactor of ["desktop", "mobile"] as const) {
        const runs: Run[] = [];
        for (let round = 0; round < rounds; round++) {
          const run = await measure(
            lighthouseFn,
            launcher,
            desktopConfig,
            app.url + page.path,
            page.cookie,
            formFactor,
          );
          console.error(
            `  #7 ${page.name} ${formFactor}: ${run.score} (LCP ${fmt(run.lcp)} ms, TBT ${fmt(run.tbt)} ms, CLS ${fmt(run.cls, 3)}, FCP ${fmt(run.fcp)} ms; LCP element ${run.lcpElement}) at load ${run.load.toFixed(2)}`,
          );
          runs.push(run);
        }
        const of = (key: keyof Omit<Run, "lcpElement">) => median(runs.map((r) => r[key]));
        const [score, cls] = [of("score"), of("cls")];
        const spread = `${Math.min(...runs.map((r) => r.score))}–${Math.max(...runs.map((r) => r.score))}`;
        const key = `${page.name.replace(/, \d+ items/, "")} ${formFactor}`;
        context.figures.push({
          bench: "7",
          what: `Lighthouse ${page.name}, ${formFactor}: performance; LCP ${fmt(of("lcp"))} ms, TBT ${fmt(of("tbt"))} ms, FCP ${fmt(of("fcp"))} ms (runs ${spread}, load ${fmt(of("load"), 1)})`,
          value: `${fmt(score)}; CLS ${fmt(cls, 3)}`,
          goal: `≥ ${GOALS[formFactor]}; CLS ≤ ${CLS_GOAL}`,
          baseline: BASELINES[key] ?? "—",
          met: score >= GOALS[formFactor] && cls <= CLS_GOAL,
        });
      }
    }
    context.notes.push(
      `Lighthouse (#7) ran on PostgreSQL seeded at scale ${scale}, ${rounds} runs per page and form factor after one warm-up load per page, Chromium ${await chromiumVersion()}; medians.`,
    );
  } finally {
    await app.stop();
  }
}

async function chromiumVersion(): Promise<string> {
  const { stdout } = await execute(chromiumPath, ["--version"]).catch(() => ({ stdout: "unknown" }));
  return stdout.replace(/^Chromium\s*/, "").trim();
}
