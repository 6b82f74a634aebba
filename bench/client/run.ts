// Benchmarks #6 and #8, the client's: no database, no app server.
// - bundle (#6): what the first page downloads, brotli as served, vs a blank Vite + React
//   app built in the same run (bench/bundle.mjs, which also runs alone and prints more).
// - gantt (#8): the roadmap's timeline with 5,000 items vs 500 in Chromium, first render
//   and drag frame (bench/gantt-render.mjs, idem).
// Both build with the client's own Vite into temporary folders; client/dist is left alone.
import { BUNDLE_GOALS, measureBundle } from "../bundle.mjs";
import { GANTT_SIZES, measureGantt } from "../gantt-render.mjs";
import { fmt, type Context } from "../lib/context.ts";

/** The figures from before the work: one 711 kB chunk, 214 kB gzip, served raw. */
const BUNDLE_BEFORE = { js: "3.2× (gzip; one 711 kB chunk, served raw)", css: "73.4 kB (served raw)" };
const GANTT_RATIO_GOAL = 1.3;

type Weight = { raw: number; gzip: number; brotli: number; files: number };
type BundleMeasure = {
  client: { js: Weight; css: Weight };
  blank: { js: Weight };
  lazy: { lazyChunks: number; misplaced: string[] } | null;
  jsRatio: number;
};
type GanttMeasure = Record<number, { first: number; frame: number; frameP95: number; rows: number }>;

const kB = (bytes: number) => `${fmt(bytes / 1000, 1)} kB`;

export async function bundle(context: Context) {
  const { client, blank, lazy, jsRatio } = (await measureBundle()) as BundleMeasure;
  const { jsRatio: ratioGoal, jsCap, cssCap } = BUNDLE_GOALS;
  console.error(
    `  #6 first download: ${kB(client.js.brotli)} JS (blank app ${kB(blank.js.brotli)}), ${kB(client.css.brotli)} CSS`,
  );
  context.figures.push(
    {
      bench: "6",
      what: `initial JS of the SPA, brotli as served: ${kB(client.js.brotli)} in ${client.js.files} files vs the blank Vite + React app's ${kB(blank.js.brotli)}`,
      value: `${fmt(jsRatio, 2)}×`,
      goal: `≤ ${ratioGoal}×, ≤ ${kB(jsCap)}`,
      baseline: BUNDLE_BEFORE.js,
      met: jsRatio <= ratioGoal && client.js.brotli <= jsCap,
    },
    {
      bench: "6",
      what: "initial CSS of the SPA, brotli as served",
      value: kB(client.css.brotli),
      goal: `≤ ${kB(cssCap)}`,
      baseline: BUNDLE_BEFORE.css,
      met: client.css.brotli <= cssCap,
    },
    {
      bench: "6",
      what: "pages, charts, the Gantt, markdown, tables outside the first download",
      value: lazy
        ? lazy.misplaced.length
          ? `${lazy.misplaced.length} modules not lazy`
          : `${lazy.lazyChunks} lazy chunks`
        : "—",
      goal: "lazy",
      baseline: "one chunk",
      met: lazy ? lazy.misplaced.length === 0 : null,
    },
  );
  if (lazy?.misplaced.length)
    context.notes.push(`#6: in the first download but meant to be lazy: ${lazy.misplaced.slice(0, 5).join("; ")}.`);
}

export async function gantt(context: Context) {
  const { quick } = context.options;
  const runs = quick ? 3 : 7;
  const moves = quick ? 20 : 40;
  const results = (await measureGantt({
    runs,
    moves,
    log: (line: string) => process.stderr.write(line),
  })) as GanttMeasure;
  const [small, large] = GANTT_SIZES as [number, number];
  const a = results[small]!;
  const b = results[large]!;
  const sizes = `${fmt(large)} items vs ${fmt(small)}`;
  const how = `Chromium 1280×800, median of ${runs}`;
  context.figures.push(
    {
      bench: "8",
      what: `Gantt first render, ${sizes} (${how}): ${fmt(b.first, 1)} vs ${fmt(a.first, 1)} ms, ${b.rows} vs ${a.rows} rows in the DOM`,
      value: `${fmt(b.first / a.first, 2)}×`,
      goal: `≤ ${GANTT_RATIO_GOAL}×`,
      baseline: "—",
      met: b.first / a.first <= GANTT_RATIO_GOAL,
    },
    {
      bench: "8",
      what: `Gantt drag frame (median move of ${moves}), ${sizes}: ${fmt(b.frame, 1)} vs ${fmt(a.frame, 1)} ms`,
      value: `${fmt(b.frame / a.frame, 2)}×`,
      goal: `≤ ${GANTT_RATIO_GOAL}×`,
      baseline: "—",
      met: b.frame / a.frame <= GANTT_RATIO_GOAL,
    },
  );
}
