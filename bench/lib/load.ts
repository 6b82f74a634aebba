// One load run with autocannon (pinned in tests/): `connections` connections for
// `seconds` on one GET path, each connection with its own cookie from `cookies` (round
// robin); requests/s, and latency percentiles from every response's own time.
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "./processes.ts";
import { percentile } from "./stats.ts";

// What we use of autocannon (its types live in tests/, out of reach of bench/).
type Client = { setHeaders: (headers: Record<string, string>) => void };
type Result = { requests: { total: number }; duration: number; non2xx: number; errors: number; timeouts: number };
type Instance = PromiseLike<Result> & {
  on: (
    event: "response",
    listener: (client: Client, status: number, bytes: number, responseTime: number) => void,
  ) => void;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  timeout: number;
  setupClient: (client: Client) => void;
}) => Instance;
const autocannon = createRequire(join(repoRoot, "tests", "package.json"))("autocannon") as Autocannon;

export type LoadResult = { rps: number; p50: number; p95: number; p99: number; requests: number; failures: number };

/**
 * An endpoint slower than the run (a request taking longer than `seconds`) would
 * complete too few requests to count: then the run is repeated until `MIN_RESPONSES`
 * requests have been answered, however long that takes.
 */
export const MIN_RESPONSES = 20;

export async function load(options: {
  url: string;
  path: string;
  cookies?: string[];
  connections?: number;
  seconds: number;
  /** Waits for what the run left in flight to finish (lib/drain.ts). */
  drain?: () => Promise<void>;
}): Promise<LoadResult> {
  const first = await run(options, { duration: options.seconds });
  if (first.requests >= MIN_RESPONSES) return first;
  return run(options, { amount: MIN_RESPONSES });
}

async function run(
  options: Parameters<typeof load>[0],
  length: { duration: number } | { amount: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const cookies = options.cookies ?? [];
  const instance = autocannon({
    url: options.url + options.path,
    connections: options.connections ?? 10,
    ...length,
    // A request unanswered after 2 minutes counts as failed (autocannon's default is 10 s).
    timeout: 120,
    setupClient: (client) => {
      const cookie = cookies[next++ % Math.max(cookies.length, 1)];
      if (cookie) client.setHeaders({ cookie });
    },
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  await options.drain?.();
  return {
    rps: result.requests.total / Math.max(result.duration, 0.001),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
