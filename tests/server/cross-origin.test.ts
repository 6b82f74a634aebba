// Cross-origin refusal (docs/security.md, "Cross-origin"): every tRPC mutation and every
// file or export route refuses a request whose Origin (or, without one, Referer) is not
// the app's own PUBLIC_URL with 403, before anything runs; reads of the API and requests
// naming no origin at all (scripts, servers) pass. Driven with `app.inject`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

const PASSWORD = "correct horse battery staple";
const OWN = "https://hemicycle.example.org";
const FOREIGN = "https://evil.example.com";

let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
let cookie: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-cross-origin-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", PUBLIC_URL: OWN });
  const auth = createAuth({ prisma: db().prisma, secret: "cross-origin-secret-cross-origin-0123456", baseURL: OWN });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  const admin = await createUser(db(), { role: "ADMIN", password: PASSWORD });
  const login = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json", origin: OWN },
    payload: JSON.stringify({ json: { email: admin.email, password: PASSWORD } }),
  });
  expect(login.statusCode).toBe(200);
  const setCookie = [login.headers["set-cookie"] ?? []].flat().map(String);
  // Behind HTTPS, better-auth names the cookie with the `__Secure-` prefix.
  cookie = setCookie.find((c) => /^(__Secure-)?hemicycle\.session_token=/.test(c))!.split(";")[0]!;
});

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

let created = 0;

function createParliament(headers: Record<string, string>) {
  created += 1;
  return app.inject({
    method: "POST",
    url: "/trpc/parliaments.create",
    headers: { "content-type": "application/json", cookie, ...headers },
    payload: JSON.stringify({
      json: { name: `Cross-origin ${created}`, countryCode: "ZM", region: "SADC", structure: "UNICAMERAL" },
    }),
  });
}

const parliaments = () => db().prisma.parliament.count();

describe("a tRPC mutation", () => {
  const refused: [string, Record<string, string>][] = [
    ["a foreign Origin", { origin: FOREIGN }],
    ["the `null` origin of a sandboxed page or a redirect", { origin: "null" }],
    ["a foreign Referer without Origin", { referer: `${FOREIGN}/attack.html` }],
    ["a foreign Origin even beside the own Referer", { origin: FOREIGN, referer: `${OWN}/missions` }],
    ["a malformed Origin", { origin: "not a url" }],
    ["the own host on another scheme", { origin: "http://hemicycle.example.org" }],
    ["the own host on another port", { origin: "https://hemicycle.example.org:8443" }],
  ];

  it.each(refused)("refuses %s with 403 in tRPC's shape, and nothing changes", async (_label, headers) => {
    const before = await parliaments();
    const response = await createParliament(headers);
    expect(response.statusCode).toBe(403);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json()).toMatchObject({ error: { json: { data: { code: "FORBIDDEN" } } } });
    expect(await parliaments()).toBe(before);
  });

  it("refuses a foreign batch of mutations with one FORBIDDEN per call", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/trpc/auth.logout,auth.logout?batch=1",
      headers: { "content-type": "application/json", cookie, origin: FOREIGN },
      payload: JSON.stringify({ 0: { json: null }, 1: { json: null } }),
    });
    expect(response.statusCode).toBe(403);
    const body = response.json() as unknown[];
    expect(body).toHaveLength(2);
    for (const answer of body) expect(answer).toMatchObject({ error: { json: { data: { code: "FORBIDDEN" } } } });
    // The session was not ended.
    const me = await app.inject({ method: "GET", url: "/trpc/auth.me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });

  it.each([
    ["the own Origin", { origin: OWN }],
    ["the own Referer without Origin", { referer: `${OWN}/parliaments/new` }],
    ["no Origin nor Referer (a script or a server; decided in docs/security.md)", {}],
  ] as [string, Record<string, string>][])("accepts %s", async (_label, headers) => {
    const before = await parliaments();
    const response = await createParliament(headers);
    expect(response.statusCode, response.body).toBe(200);
    expect(await parliaments()).toBe(before + 1);
  });

  it("refuses a foreign sign-in (login CSRF) before any session is made", async () => {
    const sessions = await db().prisma.session.count();
    const response = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json", origin: FOREIGN },
      payload: JSON.stringify({ json: { email: "anyone@example.test", password: PASSWORD } }),
    });
    expect(response.statusCode).toBe(403);
    expect(await db().prisma.session.count()).toBe(sessions);
  });
});

describe("reads of the API", () => {
  it("a query needs no Origin check: the browser keeps its answer from another origin's page", async () => {
    const response = await app.inject({ method: "GET", url: "/trpc/auth.me", headers: { cookie, origin: FOREIGN } });
    expect(response.statusCode).toBe(200);
  });
});

describe("file and export routes", () => {
  const routes: [string, "GET" | "POST"][] = [
    ["/files/some-attachment-id", "GET"],
    ["/files/some-attachment-id/thumbnail", "GET"],
    ["/files/findings/some-finding-id", "POST"],
    ["/export/findings.csv", "GET"],
    ["/export/roadmaps/some-roadmap-id.csv", "GET"],
    ["/export/roadmaps/some-roadmap-id.pdf", "GET"],
    ["/export/programmes/some-programme-id.iati.xml", "GET"],
  ];

  it.each(routes)(
    "%s (%s) refuses a foreign Origin, a `null` one and a foreign Referer with 403",
    async (url, method) => {
      for (const headers of [{ origin: FOREIGN }, { origin: "null" }, { referer: `${FOREIGN}/page` }]) {
        const response = await app.inject({ method, url, headers: { cookie, ...headers } });
        expect(response.statusCode, JSON.stringify(headers)).toBe(403);
        expect(response.json()).toMatchObject({ reason: "crossOrigin" });
        expect(response.headers["cache-control"]).toBe("no-store");
      }
    },
  );

  it.each(routes)(
    "%s (%s) lets the own origin and a header-less request through to its own answer",
    async (url, method) => {
      for (const headers of [{ origin: OWN }, { referer: `${OWN}/findings` }, {}]) {
        const response = await app.inject({ method, url, headers: { cookie, ...headers } });
        expect(response.statusCode, JSON.stringify(headers)).not.toBe(403);
      }
    },
  );
});
