// Hostile requests at the HTTP layer (issue 9, "Hostile input"; docs/security.md), the
// ones tests/server/http.test.ts does not already send (it has the form content types,
// the 1 MiB body and malformed JSON): every one answered 4xx, never 500, and nothing
// polluted. Also the guard that every namespace of the router is fuzzed by one of the
// hostile-input-<area> files (tests/helpers/fuzz.ts).
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { MAX_BATCH_SIZE } from "@hemicycle/server/http/trpc-plugin";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParliament, createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { deeplyNested } from "../helpers/fuzz-arbitraries.ts";
import { FUZZ_FILES, procedurePaths } from "../helpers/fuzz.ts";

const db = useTestDatabase();
const PASSWORD = "correct horse battery staple";

let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
let cookie: string;
let parliamentId: string;
/** Error-level lines of the server's log while this file runs. */
const errorLines: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-hostile-http-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "hostile-http-secret-hostile-http-secret-01",
    baseURL: config.publicUrl,
  });
  // The app's log at error level, into this file's list.
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      errorLines.push(
        ...chunk
          .toString("utf8")
          .split("\n")
          .filter((line) => line.trim()),
      );
      done();
    },
  });
  app = await buildApp({ config, db: db(), auth, logger: { level: "error", stream } });
  await app.ready();
  const admin = await createUser(db(), { role: "ADMIN", password: PASSWORD });
  parliamentId = (await createParliament(db())).id;
  resetSignInThrottle();
  const login = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ json: { email: admin.email, password: PASSWORD } }),
  });
  expect(login.statusCode).toBe(200);
  cookie = [login.headers["set-cookie"] ?? []]
    .flat()
    .map(String)
    .find((c) => c.startsWith("hemicycle.session_token="))!
    .split(";")[0]!;
});

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const validMission = (code: string) => ({
  code,
  title: "Hostile input mission",
  type: "WORKSHOP",
  parliamentId,
  phases: [{ kind: "WORKSHOP", startDate: "2031-03-02", endDate: "2031-03-03" }],
});

type Sent = { method: "GET" | "POST"; url: string; headers?: Record<string, string>; payload?: string };

async function send(request: Sent) {
  return app.inject({ ...request, headers: { cookie, ...request.headers } });
}

const post = (path: string, payload: string, contentType = "application/json") =>
  send({ method: "POST", url: `/trpc/${path}`, headers: { "content-type": contentType }, payload });

const query = (path: string, input: string) =>
  send({ method: "GET", url: `/trpc/${path}?input=${encodeURIComponent(input)}` });

function expectRefused(response: { statusCode: number; body: string }, label: string) {
  expect(response.statusCode, `${label}: ${response.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, `${label}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  expect(response.body, label).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

const missionCount = () => db().prisma.mission.count();

describe("hostile requests", () => {
  it("refuses a mutation without a content type, or as multipart, with 4xx, creating nothing", async () => {
    const before = await missionCount();
    const body = JSON.stringify({ json: validMission("HOSTILE-CT") });
    for (const contentType of ["multipart/form-data; boundary=x", "application/xml", "application/json-patch+json"]) {
      expectRefused(await post("missions.create", body, contentType), contentType);
    }
    const bare = await send({ method: "POST", url: "/trpc/missions.create", payload: body });
    expectRefused(bare, "no content type");
    expect(await missionCount()).toBe(before);
  });

  it(`refuses a batch of more than ${MAX_BATCH_SIZE} calls with 4xx, running none of them`, async () => {
    const calls = MAX_BATCH_SIZE + 1;
    const queries = await send({
      method: "GET",
      url: `/trpc/${Array(calls).fill("auth.me").join(",")}?batch=1`,
    });
    expectRefused(queries, "query batch");
    const before = await missionCount();
    const input = Object.fromEntries(
      Array.from({ length: calls }, (_, i) => [String(i), { json: validMission(`HOSTILE-B${i}`) }]),
    );
    const mutations = await post(`${Array(calls).fill("missions.create").join(",")}?batch=1`, JSON.stringify(input));
    expectRefused(mutations, "mutation batch");
    expect(await missionCount()).toBe(before);
  });

  it("refuses a mutation sent by GET with 405, creating nothing", async () => {
    const before = await missionCount();
    const response = await query("missions.create", JSON.stringify({ json: validMission("HOSTILE-GET") }));
    expectRefused(response, "GET mutation");
    expect(response.statusCode).toBe(405);
    expect(await missionCount()).toBe(before);
  });

  it("refuses a body with __proto__ or constructor keys with 400, and pollutes nothing", async () => {
    const before = await missionCount();
    const mission = JSON.stringify(validMission("HOSTILE-PROTO"));
    const bodies = {
      "__proto__ in the input": `{"json":{"__proto__":{"polluted":"yes"},${mission.slice(1)}}`,
      "__proto__ at the top": `{"__proto__":{"polluted":"yes"},"json":${mission}}`,
      "constructor.prototype in the input": `{"json":{"constructor":{"prototype":{"polluted":"yes"}},${mission.slice(1)}}`,
      "__proto__ in a phase": `{"json":${mission.replace('"kind":', '"__proto__":{"polluted":"yes"},"kind":')}}`,
    };
    for (const [label, body] of Object.entries(bodies)) {
      expect(() => JSON.parse(body), label).not.toThrow();
      const response = await post("missions.create", body);
      expectRefused(response, label);
      expect(response.statusCode, label).toBe(400);
    }
    expect(await missionCount()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("answers superjson metadata that names __proto__ or constructor with 4xx, and pollutes nothing", async () => {
    const json = JSON.stringify(validMission("HOSTILE-META"));
    const metas = [
      { values: { "__proto__.polluted": ["Date"] } },
      { values: { "constructor.prototype.polluted": ["Date"] } },
      { values: { "phases.0.__proto__": ["Date"] } },
      { referentialEqualities: { title: ["__proto__.polluted"] } },
      { values: { "": ["class", "Nope"] } },
    ];
    for (const meta of metas) {
      const response = await post("missions.create", `{"json":${json},"meta":${JSON.stringify(meta)}}`);
      expectRefused(response, JSON.stringify(meta));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("refuses __proto__ and constructor keys in a query's input with 400, escaped ones too, and pollutes nothing", async () => {
    for (const input of [
      '{"json":{"__proto__":{"polluted":"yes"},"id":"x"}}',
      '{"json":{"constructor":{"prototype":{"polluted":"yes"}},"id":"x"}}',
      '{"__proto__":{"json":{"id":"x"}}}',
      '{"json":{"\\u005f_proto__":{"polluted":"yes"},"id":"x"}}',
    ]) {
      expect(() => JSON.parse(input), input).not.toThrow();
      const response = await query("missions.byId", input);
      expectRefused(response, input);
      expect(response.statusCode, input).toBe(400);
    }
    // The words as values are only text.
    const words = await query("missions.list", '{"json":{"search":"__proto__ constructor"}}');
    expect(words.statusCode).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses 2,000-deep JSON with 400, in a body and in a query, as objects and as arrays", async () => {
    const before = await missionCount();
    for (const kind of ["object", "array"] as const) {
      const deep = JSON.stringify({ json: { ...validMission("HOSTILE-DEEP"), title: deeplyNested(2_000, kind) } });
      const whole = JSON.stringify({ json: deeplyNested(2_000, kind) });
      for (const [label, response] of [
        [`deep ${kind} in a field`, await post("missions.create", deep)],
        [`deep ${kind} input`, await post("missions.create", whole)],
        [`deep ${kind} query`, await query("missions.list", whole)],
        [`deep ${kind} batch`, await post("missions.create?batch=1", JSON.stringify({ 0: JSON.parse(deep) }))],
      ] as const) {
        expectRefused(response, label);
        expect(response.statusCode, label).toBe(400);
      }
    }
    expect(await missionCount()).toBe(before);
  });

  it("logged no error while answering all of the above", () => {
    expect(errorLines).toEqual([]);
  });
});

describe("the fuzz's reach", () => {
  it("fuzzes every namespace of the router in exactly one hostile-input file, and names no namespace that is gone", () => {
    const namespaces = [...new Set(procedurePaths().map((path) => path.split(".")[0]!))].sort();
    const claimed = Object.values(FUZZ_FILES).flat() as string[];
    expect(
      namespaces.filter((n) => !claimed.includes(n)),
      "namespaces no file fuzzes",
    ).toEqual([]);
    expect(
      claimed.filter((n) => !namespaces.includes(n)),
      "namespaces that are gone",
    ).toEqual([]);
    expect(claimed.length, "a namespace fuzzed by two files").toBe(new Set(claimed).size);
  });

  it("has the test file each entry of FUZZ_FILES names", () => {
    const here = fileURLToPath(new URL(".", import.meta.url));
    for (const file of Object.keys(FUZZ_FILES)) {
      expect(existsSync(join(here, `hostile-input-${file}.test.ts`)), file).toBe(true);
    }
  });
});
