// The HTTP layer in front of the router (Fastify, tRPC's adapter, better-auth cookies),
// driven with `app.inject` on a test database: health, security headers, JSON-only
// mutations, the body limit, hostile or malformed input (4xx, never 500), and a real
// sign-in round trip with the cookie.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParliament, createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

const PASSWORD = "correct horse battery staple";

type Request = { method: "GET" | "POST"; url: string; headers?: Record<string, string>; payload?: string };
type Response = {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json(): unknown;
};

let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
let adminEmail: string;
let adminId: string;
/** Every response of this file, to check the security headers on all of them. */
const responses: { label: string; response: Response }[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-http-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "http-test-secret-http-test-secret-0123456",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  const admin = await createUser(db(), { role: "ADMIN", password: PASSWORD });
  adminEmail = admin.email;
  adminId = admin.id;
  resetSignInThrottle();
});

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function send(label: string, options: Request): Promise<Response> {
  const response: Response = await app.inject(options);
  responses.push({ label, response });
  return response;
}

const trpcQuery = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function signIn(email: string, password: string) {
  const response = await send("login", {
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ json: { email, password } }),
  });
  const setCookie = [response.headers["set-cookie"] ?? []].flat().map(String);
  const cookie = setCookie.find((c) => c.startsWith("hemicycle.session_token="))?.split(";")[0];
  return { response, cookie };
}

const sessionCount = () => db().prisma.session.count();

describe("plain endpoints", () => {
  it("/health answers 200 ok", async () => {
    const response = await send("health", { method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok" });
  });

  it("an unknown procedure answers 404", async () => {
    const response = await send("unknown procedure", { method: "GET", url: trpcQuery("missions.doesNotExist", {}) });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { json: { data: { code: "NOT_FOUND" } } } });
  });
});

describe("mutations", () => {
  it("refuses a form-like content type with 415 and creates no session", async () => {
    const before = await sessionCount();
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await send(`415 ${type}`, {
        method: "POST",
        url: "/trpc/auth.login",
        headers: { "content-type": type },
        payload: JSON.stringify({ json: { email: adminEmail, password: PASSWORD } }),
      });
      expect(response.statusCode, type).toBe(415);
      expect(response.headers["set-cookie"], type).toBeUndefined();
      // In the shape tRPC's client reads: a message it can word.
      expect(response.json(), type).toMatchObject({
        error: { json: { data: { code: "BAD_REQUEST", message: { code: "requestRefused" } } } },
      });
    }
    expect(await sessionCount()).toBe(before);
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const before = await sessionCount();
    const response = await send("413", {
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ json: { email: adminEmail, password: "x".repeat(1024 * 1024 + 10) } }),
    });
    expect(response.statusCode).toBe(413);
    expect(await sessionCount()).toBe(before);
  });

  it("refuses a malformed JSON body with 400", async () => {
    const response = await send("malformed body", {
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      payload: '{"json": {"email": ',
    });
    expect(response.statusCode).toBe(400);
  });
});

describe("signed in over HTTP", () => {
  let cookie: string;

  beforeAll(async () => {
    const { response, cookie: sessionCookie } = await signIn(adminEmail, PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(sessionCookie).toBeDefined();
    cookie = sessionCookie!;
  });

  it("signs in with the superjson wire format and reads auth.me with the cookie", async () => {
    const { response, cookie: second } = await signIn(adminEmail, PASSWORD);
    expect(response.json()).toMatchObject({
      result: { data: { json: { id: adminId, email: adminEmail, role: "ADMIN" } } },
    });
    expect(response.body).not.toMatch(/argon|password/i);
    const setCookie = [response.headers["set-cookie"] ?? []]
      .flat()
      .map(String)
      .find((c) => c.startsWith("hemicycle.session_token="));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const me = await send("me", { method: "GET", url: "/trpc/auth.me", headers: { cookie: second! } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      result: {
        data: {
          json: {
            id: adminId,
            email: adminEmail,
            name: expect.any(String),
            role: "ADMIN",
            parliamentId: null,
            expertId: null,
            language: null,
          },
        },
      },
    });
  });

  it("answers 401 without the cookie, and with a forged one", async () => {
    const anonymous = await send("401", { method: "GET", url: trpcQuery("missions.list", {}) });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: { json: { data: { code: "UNAUTHORIZED", httpStatus: 401 } } } });
    const forged = await send("401 forged", {
      method: "GET",
      url: trpcQuery("missions.list", {}),
      headers: { cookie: "hemicycle.session_token=forged.value" },
    });
    expect(forged.statusCode).toBe(401);
    const signedIn = await send("list", { method: "GET", url: trpcQuery("missions.list", {}), headers: { cookie } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ result: { data: { json: { items: [], nextCursor: null } } } });
  });

  it("answers malformed or mistyped input with 4xx, never 500", async () => {
    const urls = [
      "/trpc/missions.byId?input=not-json",
      "/trpc/missions.byId?input=%7B",
      `/trpc/missions.byId?input=${encodeURIComponent("[]")}`,
      trpcQuery("missions.byId", null),
      trpcQuery("missions.byId", { id: 42 }),
      trpcQuery("missions.byId", { id: "" }),
      trpcQuery("missions.byId", { id: "x".repeat(10_000) }),
      trpcQuery("missions.list", { limit: "ten" }),
      trpcQuery("missions.list", { limit: 1_000_000 }),
      trpcQuery("missions.list", { status: "DONE'; DROP TABLE missions; --" }),
      trpcQuery("experts.list", { availableFrom: "2027-02-30" }),
      "/trpc/missions.byId,missions.list?batch=1&input=not-json",
    ];
    for (const url of urls) {
      const response = await send(`bad input ${url}`, { method: "GET", url, headers: { cookie } });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.body, url).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
    }
    // Odd but well-formed input: an answer either way, never a server fault.
    for (const url of [
      trpcQuery("missions.list", { cursor: "no-such-mission" }),
      trpcQuery("missions.list", { search: "%_\\'\"; --" }),
      trpcQuery("findings.list", { search: "\u0000" }),
      trpcQuery("missions.byId", { id: "no-such-mission" }),
    ]) {
      const response = await send(`odd input ${url}`, { method: "GET", url, headers: { cookie } });
      expect(response.statusCode, url).toBeLessThan(500);
    }
    const wrongType = await send("wrong type", {
      method: "GET",
      url: trpcQuery("missions.byId", { id: 42 }),
      headers: { cookie },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json()).toMatchObject({
      error: {
        json: {
          data: {
            code: "BAD_REQUEST",
            problem: { reason: "VALIDATION" },
            fieldErrors: { id: [{ code: "invalidValue" }] },
          },
        },
      },
    });
    // The database is still there after the quoted status.
    expect(await db().prisma.mission.count()).toBe(0);
  });

  it("carries field errors and domain details to the client", async () => {
    const parliament = await createParliament(db());
    const create = (code: string, endDate: string) =>
      send(`create ${code}`, {
        method: "POST",
        url: "/trpc/missions.create",
        headers: { "content-type": "application/json", cookie },
        payload: JSON.stringify({
          json: {
            code,
            title: "Over HTTP",
            type: "WORKSHOP",
            parliamentId: parliament.id,
            phases: [{ kind: "WORKSHOP", startDate: "2030-03-10", endDate }],
          },
        }),
      });
    const backwards = await create("HTTP-1", "2030-03-01");
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({
      error: {
        json: {
          message: "phases.0.endDate: endBeforeStart",
          data: {
            code: "BAD_REQUEST",
            message: { code: "invalidInput", params: { field: "phases.0.endDate" } },
            fieldErrors: { "phases.0.endDate": [{ code: "endBeforeStart" }] },
          },
        },
      },
    });

    expect((await create("HTTP-2", "2030-03-12")).statusCode).toBe(200);
    const duplicate = await create("HTTP-2", "2030-03-12");
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      error: {
        json: {
          data: {
            code: "CONFLICT",
            problem: { reason: "DUPLICATE" },
            message: { code: "missionCodeTaken", params: { code: "HTTP-2" } },
            fieldErrors: { code: [{ code: "missionCodeInUse" }] },
          },
        },
      },
    });
  });

  it("signs out over HTTP: the old cookie then answers 401", async () => {
    const { cookie: own } = await signIn(adminEmail, PASSWORD);
    const logout = await send("logout", {
      method: "POST",
      url: "/trpc/auth.logout",
      headers: { "content-type": "application/json", cookie: own! },
      payload: "{}",
    });
    expect(logout.statusCode).toBe(200);
    const after = await send("me after logout", { method: "GET", url: "/trpc/auth.me", headers: { cookie: own! } });
    expect(after.statusCode).toBe(401);
  });
});

describe("security headers", () => {
  it("every response of this file carries a CSP with script-src 'self' and nosniff", () => {
    expect(responses.length).toBeGreaterThan(15);
    const statuses = new Set(responses.map((r) => r.response.statusCode));
    for (const status of [200, 400, 401, 404, 413, 415]) expect(statuses).toContain(status);
    for (const { label, response } of responses) {
      const csp = String(response.headers["content-security-policy"] ?? "");
      expect(csp, label).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
      expect(csp, label).toMatch(/frame-ancestors 'none'/);
      expect(response.headers["x-content-type-options"], label).toBe("nosniff");
    }
  });
});
