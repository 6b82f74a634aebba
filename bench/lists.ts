// `pnpm bench:lists [--database-url <url>] [--depth 20000] [--runs 15] [--limit 50] [--only <regexp>]`:
// issue 10, benchmark #4 (docs/performance.md, "Lists at depth"), every option of it, on a
// database filled by `pnpm bench:seed`: each paged list's first page against its page
// `--depth` rows in, timed in turns, printed side by side with the ratio deep/first and the
// goal (every page ≤ 1.2× the first page's cost, p95 ≤ 50 ms). The lists and how they are
// measured live in bench/lists/run.ts, which `pnpm bench lists` runs too with fewer runs.
import { parseArgs } from "node:util";
import { listsHeader, listsLine, measureLists } from "./lists/run.ts";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    depth: { type: "string", default: "20000" },
    runs: { type: "string", default: "15" },
    limit: { type: "string", default: "50" },
    only: { type: "string" },
  },
});
const url = values["database-url"] ?? process.env.DATABASE_URL;
if (!url) throw new Error("bench:lists measures PostgreSQL: give --database-url or DATABASE_URL");

console.log(
  `Lists at depth: page of ${values.limit}, ${values.runs} runs each after a warm-up, first and deep page in turns`,
);
console.log(listsHeader());
const figures = await measureLists(
  url,
  { depth: Number(values.depth), runs: Number(values.runs), limit: Number(values.limit), only: values.only },
  (figure) => console.log(listsLine(figure)),
);
console.log(`${figures.filter((f) => f.met).length} of ${figures.length} lists meet the goal.`);
