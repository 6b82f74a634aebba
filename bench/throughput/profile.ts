// `pnpm bench:profile [endpoint …] [--seconds n] [--bundle file] [--in-process] [--compare a.js,b.js]`:
// where a request's CPU goes in the app of benchmark #1, on BENCH_DATABASE_URL (a seeded
// PostgreSQL database). docs/performance.md, "Requests per second through tRPC", reads it.
//
// - By default, over HTTP as the bench measures: the bench's app (bench/app/entry.ts,
//   bundled like server/dist) under `node --cpu-prof` and the raw handler of #1, each put
//   under the bench's load (10 connections, the admin sessions) in turn; prints CPU per
//   request from /proc for the app (its main thread apart), the raw handler and the load
//   tool (autocannon runs in this process), then the profile's self time by module and by
//   function over the measured run. On a loaded machine the profile counts time the
//   thread was preempted where it stood (a socket write that wakes PostgreSQL reads
//   large): trust the /proc figures, and read the profile for shares.
// - `--in-process`: the app built in this process (as bench/raw/capture.ts builds it),
//   called through Fastify's inject 10 at a time, with the pieces apart (the captured SQL
//   on a pg pool, the session check) and the V8 profile of the calls only: no sockets, no
//   other process, so the shares are the app's own, with warm caches.
// - `--compare a.js,b.js`: bundles (bench/app/build.ts's, or an older commit's) compared
//   on the app's CPU per request over HTTP, interleaved `--rounds` times.
import { readFile, writeFile } from "node:fs/promises";
import { Session } from "node:inspector";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAuth } from "../../server/src/auth/better-auth.ts";
import { loadConfig } from "../../server/src/config.ts";
import { openDatabase } from "../../server/src/db/database.ts";
import { buildApp } from "../../server/src/http/app.ts";
import { memoryStore } from "../../server/src/http/request-limits.ts";
import { resolveSessionUser } from "../../server/src/services/auth.ts";
import { buildBundles } from "../app/build.ts";
import { appEnv, AUTH_SECRET } from "../lib/context.ts";
import {
  BENCH_ADMINS,
  BENCH_PASSWORD,
  endpoints,
  query,
  signInAdmins,
  trpcPath,
  type Endpoint,
} from "../lib/endpoints.ts";
import { load } from "../lib/load.ts";
import { repoRoot, scratchDir, startProcess, stopAll } from "../lib/processes.ts";
import { median } from "../lib/stats.ts";
import { captureSql, openPool, runPlan, type Plan } from "../raw/capture.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: "string", default: "10" },
    bundle: { type: "string" },
    top: { type: "string", default: "25" },
    "no-profile": { type: "boolean", default: false },
    "in-process": { type: "boolean", default: false },
    calls: { type: "string", default: "3000" },
    compare: { type: "string" },
    rounds: { type: "string", default: "3" },
  },
});
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error("BENCH_DATABASE_URL: a seeded PostgreSQL database (pnpm bench:seed)");
const seconds = Number(values.seconds);
const top = Number(values.top);

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

/** The package a script belongs to, node's own module, or our code. */
function moduleOf(scriptUrl: string, functionName: string): string {
  if (!scriptUrl) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(scriptUrl);
  if (pkg) return pkg[1]!;
  if (scriptUrl.startsWith("node:")) return `node:${scriptUrl.slice(5).split("/").slice(0, 2).join("/")}`;
  return "ours (server/, shared/, the bundle)";
}

/** Prints self time by module and by function, in ms per request, of the samples between `from` and `to` (µs). */
function printProfile(profile: Profile, requests: number, from = -Infinity, to = Infinity) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let at = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    if (at < from || at > to || frame.functionName === "(idle)") return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const module = moduleOf(frame.url, frame.functionName);
    add(byModule, module, ms);
    add(
      byFunction,
      `${frame.functionName || "(anonymous)"} ${module} ${frame.url.split("/").pop()}:${frame.lineNumber + 1}`,
      ms,
    );
  });
  console.log(`profile: ${(total / requests).toFixed(3)} ms sampled per request (wall time of the main thread)`);
  for (const [title, map] of [
    ["self time by module", byModule],
    ["self time by function", byFunction],
  ] as const) {
    console.log(`\n${title} (ms per request, share)`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(
        `  ${(ms / requests).toFixed(3).padStart(7)}  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`,
      );
  }
}

/** CPU ms a process (or one of its threads) has used: utime + stime, in ticks of 10 ms. */
async function cpuMs(pid: number, thread?: number) {
  const stat = await readFile(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const pathOf = (endpoint: Endpoint) => trpcPath(endpoint.procedure, endpoint.input);

/** One measured load run on `target`, with the CPU its process (and main thread), and this process, used per request. */
async function measured(target: { url: string; pid: number }, path: string, cookies?: string[]) {
  await load({ url: target.url, path, cookies, seconds: 2 });
  const [all, main] = [await cpuMs(target.pid), await cpuMs(target.pid, target.pid)];
  const tool = process.cpuUsage();
  const from = Number(process.hrtime.bigint() / 1000n);
  const result = await load({ url: target.url, path, cookies, seconds });
  const to = Number(process.hrtime.bigint() / 1000n);
  const used = process.cpuUsage(tool);
  const perRequest = (ms: number) => ms / result.requests;
  return {
    result,
    from,
    to,
    cpu: perRequest((await cpuMs(target.pid)) - all),
    mainThread: perRequest((await cpuMs(target.pid, target.pid)) - main),
    tool: perRequest((used.user + used.system) / 1000),
    toolShare: (used.user + used.system) / 1000 / (seconds * 1000),
  };
}

async function pickEndpoints(bundle: string): Promise<Endpoint[]> {
  const picker = await startProcess({ script: bundle, readyPath: "/ready", env: await appEnv({ databaseUrl: url! }) });
  try {
    const cookie = (await signInAdmins(picker.url))[0]!;
    const all = await endpoints((procedure, input) => query(picker.url, cookie, procedure, input));
    return positionals.length ? all.filter((e) => positionals.includes(e.name)) : all;
  } finally {
    await picker.stop();
  }
}

async function overHttp(bundle: string) {
  const chosen = await pickEndpoints(bundle);
  const planFile = join(await scratchDir("raw"), "plans.json");
  await writeFile(planFile, JSON.stringify((await captureSql(url!)).plans));
  const raw = await startProcess({
    script: join(repoRoot, "bench", "raw", "server.mjs"),
    readyPath: "/ready",
    env: { DATABASE_URL: url!, BENCH_PLAN: planFile, POOL_SIZE: "10" },
  });
  for (const endpoint of chosen) {
    const dir = await scratchDir("profile");
    const app = await startProcess({
      script: bundle,
      env: await appEnv({ databaseUrl: url! }),
      readyPath: "/ready",
      nodeArgs: values["no-profile"] ? [] : ["--cpu-prof", `--cpu-prof-dir=${dir}`],
    });
    const a = await measured(app, pathOf(endpoint), await signInAdmins(app.url));
    await app.stop();
    const r = await measured(raw, `/raw/${endpoint.name}`);
    const line = (name: string, m: typeof a, extra = "") =>
      `  ${name}: ${m.result.rps.toFixed(0)} req/s, p50 ${m.result.p50.toFixed(1)} ms; CPU ${m.cpu.toFixed(2)} ms/request` +
      `${extra}; the load tool ${m.tool.toFixed(2)} ms/request (${(m.toolShare * 100).toFixed(0)} % of a core)`;
    console.log(`\n## ${endpoint.name}`);
    console.log(line("app", a, ` (main thread ${a.mainThread.toFixed(2)})`));
    console.log(line("raw", r, ` (main thread ${r.mainThread.toFixed(2)})`));
    if (values["no-profile"]) continue;
    const { readdir } = await import("node:fs/promises");
    const file = (await readdir(dir)).find((f) => f.endsWith(".cpuprofile"));
    if (file)
      printProfile(JSON.parse(await readFile(join(dir, file), "utf8")) as Profile, a.result.requests, a.from, a.to);
  }
}

async function compare(bundles: string[]) {
  const chosen = await pickEndpoints(bundles[0]!);
  for (const endpoint of chosen) {
    const runs = new Map<string, number[]>(bundles.map((b) => [b, []]));
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const bundle of round % 2 ? [...bundles].reverse() : bundles) {
        const app = await startProcess({
          script: bundle,
          env: await appEnv({ databaseUrl: url! }),
          readyPath: "/ready",
        });
        const m = await measured(app, pathOf(endpoint), await signInAdmins(app.url));
        await app.stop();
        runs.get(bundle)!.push(m.cpu);
        console.log(`${endpoint.name} ${bundle}: ${m.cpu.toFixed(2)} ms CPU/request, ${m.result.rps.toFixed(0)} req/s`);
      }
    }
    for (const [bundle, list] of runs)
      console.log(
        `== ${endpoint.name} ${bundle}: median ${median(list).toFixed(2)} ms (${list.map((v) => v.toFixed(2)).join(", ")})`,
      );
  }
}

async function inProcess() {
  // As the app runs (Prisma, for one, captures a stack trace on every call unless in production).
  process.env.NODE_ENV = "production";
  const captured = await captureSql(url!);
  const db = openDatabase({ kind: "postgresql", url: url!, poolSize: 10 });
  const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET, LOG_LEVEL: "warn", DATABASE_URL: url! });
  const auth = createAuth({ prisma: db.prisma, secret: config.authSecret!, baseURL: config.publicUrl });
  const app = await buildApp({ config, db, auth, limitStore: (options) => memoryStore({ ...options, points: 1e9 }) });
  const pool = await openPool(url!, 10);
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  try {
    // The admins the data set has, each signed in (the app lets one user run four procedures at a time).
    const cookies: string[] = [];
    for (const email of [...BENCH_ADMINS, BENCH_ADMINS[0]!, BENCH_ADMINS[0]!]) {
      const login = await app.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ json: { email, password: BENCH_PASSWORD } }),
      });
      if (login.statusCode === 200)
        cookies.push(
          [login.headers["set-cookie"] ?? []]
            .flat()
            .map((l) => String(l).split(";")[0])
            .join("; "),
        );
      if (cookies.length === 3) break;
    }
    const calls = Number(values.calls);
    const time = async (name: string, call: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 200; i++) await call(i);
      const before = process.cpuUsage();
      for (let i = 0; i < calls; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => call(i + k)));
      const used = process.cpuUsage(before);
      console.log(`  ${name.padEnd(44)} ${((used.user + used.system) / 1000 / calls).toFixed(3)} ms CPU/call`);
    };
    const headers = new Headers({ cookie: cookies[0]! });
    const chosen = positionals.length
      ? captured.endpoints.filter((e) => positionals.includes(e.name))
      : captured.endpoints;
    for (const endpoint of chosen) {
      console.log(`\n## ${endpoint.name}, in process, 10 calls at a time`);
      const plan: Plan = captured.plans[endpoint.name]!;
      const inject = (i: number) =>
        app
          .inject({ method: "GET", url: pathOf(endpoint), headers: { cookie: cookies[i % cookies.length]! } })
          .then((r) => {
            if (r.statusCode !== 200)
              throw new Error(`${endpoint.name} answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
          });
      await time("its SQL on a pg pool (the raw handler's work)", (i) => runPlan(pool, plan).then(() => i));
      await time("the session check (resolveSessionUser)", () => resolveSessionUser(db.prisma, auth, headers));
      await time("the whole call (app.inject)", inject);
      await post("Profiler.enable");
      await post("Profiler.start");
      for (let i = 0; i < calls; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => inject(i + k)));
      const { profile } = (await post("Profiler.stop")) as { profile: Profile };
      printProfile(profile, calls);
    }
  } finally {
    session.disconnect();
    await app.close();
    await pool.end();
    await db.close();
  }
}

try {
  if (values["in-process"]) await inProcess();
  else if (values.compare) await compare(values.compare.split(","));
  else await overHttp(values.bundle ?? (await buildBundles()).benchApp);
} finally {
  await stopAll();
}
