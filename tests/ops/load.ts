// Load on a running server (issue 9, "Load"; docs/security.md says how it is shaped):
//   - reads: 100 connections of tRPC GETs (the dashboards, missions.list and byId,
//     findings.list and byId, roadmaps.list and byId) as the admin, the coordinator, two
//     experts and four parliaments' staff, each persona asking only what its screens ask;
//   - mixed: 20 connections of experts creating a finding, saving a change to it with
//     the version it was given, reading it back and reading their lists.
// Every request is signed in. The rate limits stay on: the load is spread over many
// simulated users, each a session of its own from an address of its own
// (X-Forwarded-For, which the server believes with TRUST_PROXY=1), as a deployment
// behind its proxy sees them; each stays under its budget (600 calls a minute per
// session, 3,000 per address) however fast the server answers.
//
//   pnpm load [URL]   against a running server started with TRUST_PROXY=1; without a
//                     URL, starts the built app on the demo data (a fresh PGlite, or the
//                     empty PostgreSQL database of DATABASE_URL)
//   HC_LOAD_READ_SECONDS (60), HC_LOAD_MIXED_SECONDS (60), HC_LOAD_READ_CONNECTIONS (100),
//   HC_LOAD_MIXED_CONNECTIONS (20), HC_LOAD_USERS (simulated users per persona, 20),
//   HC_LOAD_TIMEOUT_SECONDS (10)
// The mixed scenario writes findings titled "Load test …" into what the experts may
// write: run it on the demo data, never on real records.
import autocannon from "autocannon";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { callProcedure, startServer } from "./server-process.ts";

const PASSWORD = "hemicycle-demo";
const READ_PERSONAS = [
  "admin@hemicycle.test",
  "coordinator@hemicycle.test",
  "lead.expert@hemicycle.test",
  "expert@hemicycle.test",
  "staff.zambia@hemicycle.test",
  "staff.montenegro@hemicycle.test",
  "staff.myanmar@hemicycle.test",
  "staff.namibia@hemicycle.test",
];
const WRITE_PERSONAS = ["lead.expert@hemicycle.test", "expert@hemicycle.test"];

export type LoadOptions = {
  url: string;
  readSeconds: number;
  mixedSeconds: number;
  readConnections: number;
  mixedConnections: number;
  /** Simulated users (a session and an address each) per persona. */
  usersPerPersona: number;
  /** A request unanswered after this many seconds counts as a timeout (autocannon's default, 10). */
  timeoutSeconds: number;
};

export type ScenarioResult = {
  scenario: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "5xx": number;
  statusCodes: Record<string, number>;
};

/** A simulated user: one session, signed in from its own address. */
type Identity = { email: string; cookie: string; address: string };

let nextAddress = 0;
/** Addresses from the documentation range 198.18.0.0/15 (benchmarking), one per simulated user. */
const newAddress = () => {
  const n = nextAddress++;
  return `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`;
};

async function signInAs(url: string, email: string): Promise<Identity> {
  const address = newAddress();
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ json: { email, password: PASSWORD } }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .join("; ");
  if (response.status !== 200 || !cookie.includes("session_token=")) {
    throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`);
  }
  return { email, cookie, address };
}

/** `usersPerPersona` sessions per persona: personas in parallel, each persona's one after another (sign-in throttling counts attempts in flight). */
async function signInUsers(url: string, personas: string[], usersPerPersona: number): Promise<Identity[]> {
  const perPersona = await Promise.all(
    personas.map(async (email) => {
      const users: Identity[] = [];
      for (let i = 0; i < usersPerPersona; i++) users.push(await signInAs(url, email));
      return users;
    }),
  );
  // Interleaved, so that consecutive identities belong to different personas.
  const mixed: Identity[] = [];
  for (let i = 0; i < usersPerPersona; i++) for (const users of perPersona) mixed.push(users[i]!);
  return mixed;
}

const queryPath = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

type Item = { id: string };
const ids = (data: unknown): string[] => ((data as { items?: Item[] } | undefined)?.items ?? []).map((i) => i.id);

/** The GETs one persona's screens make, each checked once to answer 200 for that persona. */
async function readPathsFor(url: string, identity: Identity): Promise<string[]> {
  const ask = (path: string, input: unknown) =>
    callProcedure(url, "query", path, input, identity.cookie).catch(() => ({ status: 0, data: undefined }));
  const missions = await ask("missions.list", { limit: 20 });
  const findings = await ask("findings.list", { limit: 20 });
  const roadmaps = await ask("roadmaps.list", { limit: 20 });
  const candidates: [string, unknown][] = [
    ["dashboard.summary", {}],
    ["dashboard.expertHome", undefined],
    ["missions.list", { limit: 20 }],
    ["findings.list", { limit: 20 }],
    ["roadmaps.list", { limit: 20 }],
    ...ids(missions.data)
      .slice(0, 3)
      .map((id): [string, unknown] => ["missions.byId", { id }]),
    ...ids(findings.data)
      .slice(0, 3)
      .map((id): [string, unknown] => ["findings.byId", { id }]),
    ...ids(roadmaps.data)
      .slice(0, 2)
      .map((id): [string, unknown] => ["roadmaps.byId", { id }]),
  ];
  const allowed: string[] = [];
  for (const [path, input] of candidates) {
    const result = await ask(path, input);
    if (result.status === 200) allowed.push(queryPath(path, input));
  }
  return allowed;
}

/** A phase the expert may write findings on: the first of their missions' phases that takes one. */
async function writablePhase(url: string, identity: Identity): Promise<string> {
  const missions = await callProcedure(url, "query", "missions.list", { limit: 20 }, identity.cookie);
  for (const missionId of ids(missions.data)) {
    const mission = await callProcedure(url, "query", "missions.byId", { id: missionId }, identity.cookie);
    const phases = (mission.data as { phases?: Item[] } | undefined)?.phases ?? [];
    for (const phase of phases) {
      const probe = await callProcedure(
        url,
        "mutation",
        "findings.create",
        findingInput(phase.id, "probe"),
        identity.cookie,
      );
      if (probe.status === 200) return phase.id;
    }
  }
  throw new Error(`${identity.email} may write a finding on none of their phases`);
}

const findingInput = (phaseId: string, label: string) => ({
  phaseId,
  area: "INF",
  kind: "GAP",
  severity: "MEDIUM",
  title: `Load test ${label}`,
  description: "Written by the load script (tests/ops/load.ts).",
});

function summarise(scenario: string, result: autocannon.Result): ScenarioResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  return {
    scenario,
    connections: result.connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / Math.max(result.duration, 0.001)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    "5xx": result["5xx"],
    statusCodes,
  };
}

type ClientContext = { identity?: Identity; findingId?: string; version?: number; phaseId?: string };

async function readScenario(options: LoadOptions): Promise<ScenarioResult> {
  const users = await signInUsers(options.url, READ_PERSONAS, options.usersPerPersona);
  const pathsByPersona = new Map<string, string[]>();
  for (const email of READ_PERSONAS) {
    const paths = await readPathsFor(
      options.url,
      users.find((u) => u.email === email)!,
    );
    if (paths.length === 0) throw new Error(`${email} may read none of the load's procedures`);
    pathsByPersona.set(email, paths);
  }
  // Each request: the next simulated user (round robin over all of them) and one of its persona's reads.
  let turn = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.readConnections,
    duration: options.readSeconds,
    timeout: options.timeoutSeconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const n = turn++;
          const identity = users[n % users.length]!;
          const paths = pathsByPersona.get(identity.email)!;
          request.path = paths[Math.floor(n / users.length) % paths.length]!;
          request.headers = { ...request.headers, cookie: identity.cookie, "x-forwarded-for": identity.address };
          return request;
        },
      },
    ],
  });
  return summarise("reads", result);
}

async function mixedScenario(options: LoadOptions): Promise<ScenarioResult> {
  const users = await signInUsers(options.url, WRITE_PERSONAS, options.usersPerPersona);
  const phaseByPersona = new Map<string, string>();
  for (const email of WRITE_PERSONAS) {
    phaseByPersona.set(
      email,
      await writablePhase(
        options.url,
        users.find((u) => u.email === email)!,
      ),
    );
  }
  let turn = 0;
  let written = 0;
  const headersOf = (identity: Identity) => ({
    "content-type": "application/json",
    cookie: identity.cookie,
    "x-forwarded-for": identity.address,
  });
  const withContext = (context: object) => context as ClientContext;
  // One cycle per simulated user's turn: create, save a change with the version given, read it back, read the lists.
  const result = await autocannon({
    url: options.url,
    connections: options.mixedConnections,
    duration: options.mixedSeconds,
    timeout: options.timeoutSeconds,
    requests: [
      {
        method: "POST",
        path: "/trpc/findings.create",
        setupRequest: (request, context) => {
          const identity = users[turn++ % users.length]!;
          Object.assign(context, { identity, findingId: undefined, version: undefined });
          request.headers = { ...request.headers, ...headersOf(identity) };
          request.body = JSON.stringify({
            json: findingInput(phaseByPersona.get(identity.email)!, `${written++}`),
          });
          return request;
        },
        onResponse: (status, body, context) => {
          if (status !== 200) return;
          const created = (JSON.parse(body) as { result: { data: { json: { id: string; version: number } } } }).result
            .data.json;
          Object.assign(context, { findingId: created.id, version: created.version });
        },
      },
      {
        method: "POST",
        path: "/trpc/findings.update",
        setupRequest: (request, rawContext) => {
          const context = withContext(rawContext);
          request.headers = { ...request.headers, ...headersOf(context.identity!) };
          request.body = JSON.stringify({
            json: { id: context.findingId ?? "missing", version: context.version ?? 1, severity: "HIGH" },
          });
          return request;
        },
      },
      {
        method: "GET",
        setupRequest: (request, rawContext) => {
          const context = withContext(rawContext);
          request.path = queryPath("findings.byId", { id: context.findingId ?? "missing" });
          request.headers = { cookie: context.identity!.cookie, "x-forwarded-for": context.identity!.address };
          return request;
        },
      },
      {
        method: "GET",
        setupRequest: (request, rawContext) => {
          const context = withContext(rawContext);
          request.path = queryPath("findings.list", { limit: 20 });
          request.headers = { cookie: context.identity!.cookie, "x-forwarded-for": context.identity!.address };
          return request;
        },
      },
      {
        method: "GET",
        setupRequest: (request, rawContext) => {
          const context = withContext(rawContext);
          request.path = queryPath("dashboard.expertHome", undefined);
          request.headers = { cookie: context.identity!.cookie, "x-forwarded-for": context.identity!.address };
          return request;
        },
      },
    ],
  });
  return summarise("mixed read/write", result);
}

/** Runs the read scenario, then the mixed one, and returns both. */
export async function runLoad(options: LoadOptions): Promise<ScenarioResult[]> {
  const reads = await readScenario(options);
  const mixed = await mixedScenario(options);
  return [reads, mixed];
}

export function formatResults(results: ScenarioResult[]): string {
  const rows: [string, (r: ScenarioResult) => string][] = [
    ["connections", (r) => String(r.connections)],
    ["duration (s)", (r) => String(r.seconds)],
    ["requests", (r) => String(r.requests)],
    ["requests/s", (r) => String(r.requestsPerSecond)],
    ["latency p50 (ms)", (r) => String(r.p50)],
    ["latency p99 (ms)", (r) => String(r.p99)],
    ["errors", (r) => String(r.errors)],
    ["timeouts", (r) => String(r.timeouts)],
    ["non-2xx", (r) => String(r.non2xx)],
    ["5xx", (r) => String(r["5xx"])],
    [
      "status codes",
      (r) =>
        Object.entries(r.statusCodes)
          .map(([c, n]) => `${c}×${n}`)
          .join(" "),
    ],
  ];
  const widths = results.map((r) => Math.max(r.scenario.length, ...rows.map(([, f]) => f(r).length)));
  const line = (label: string, cells: string[]) =>
    [label.padEnd(18), ...cells.map((c, i) => c.padStart(widths[i]!))].join("  ");
  return [
    line(
      "",
      results.map((r) => r.scenario),
    ),
    ...rows.map(([label, f]) => line(label, results.map(f))),
  ].join("\n");
}

const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** The options from the environment, for `url`. */
export function optionsFromEnv(url: string): LoadOptions {
  return {
    url,
    readSeconds: seconds("HC_LOAD_READ_SECONDS", 60),
    mixedSeconds: seconds("HC_LOAD_MIXED_SECONDS", 60),
    readConnections: seconds("HC_LOAD_READ_CONNECTIONS", 100),
    mixedConnections: seconds("HC_LOAD_MIXED_CONNECTIONS", 20),
    usersPerPersona: seconds("HC_LOAD_USERS", 20),
    timeoutSeconds: seconds("HC_LOAD_TIMEOUT_SECONDS", 10),
  };
}

/**
 * Starts the built app on the demo data, with TRUST_PROXY=1 for the simulated addresses:
 * a fresh PGlite, or the PostgreSQL database `databaseUrl` (empty: the demo is seeded).
 */
export async function startDemoServer(databaseUrl?: string) {
  const dataDir = await mkdtemp(join(tmpdir(), "hc-load-"));
  const server = await startServer({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) }, { TRUST_PROXY: "1" });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const given = process.argv[2];
  const started = given ? undefined : await startDemoServer(process.env.DATABASE_URL);
  const url = given ?? started!.url;
  try {
    const options = optionsFromEnv(url);
    console.log(
      `Load on ${url}: reads ${options.readConnections} connections × ${options.readSeconds} s, ` +
        `mixed ${options.mixedConnections} × ${options.mixedSeconds} s, ` +
        `${options.usersPerPersona} simulated users per persona`,
    );
    const results = await runLoad(options);
    console.log(formatResults(results));
    if (results.some((r) => r.errors > 0 || r.non2xx > 0)) process.exitCode = 1;
  } finally {
    await started?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
