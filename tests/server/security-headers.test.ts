// The headers of every route (docs/security.md, "Headers"), one table iterating the
// app's addresses: the CSP (with base-uri 'none') and the Permissions-Policy everywhere,
// `no-store` on every API, file and export answer, hashed assets cached immutable and the
// page and service worker re-read; no source map served; /health and /ready never
// rate-limited. Driven with `app.inject` on a small built client of its own.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { createFileStore } from "@hemicycle/server/files/store";
import { buildApp } from "@hemicycle/server/http/app";
import { CALLS_PER_MINUTE } from "@hemicycle/server/http/request-limits";
import { DENIED_FEATURES } from "@hemicycle/server/http/security-headers";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFinding, createMission, createParliament, createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

const PASSWORD = "correct horse battery staple";
const ASSET = "/assets/index-Bx7f3k9a.js";

let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
let cookie: string;
let attachmentId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-headers-"));
  const clientDist = join(dataDir, "client");
  await mkdir(join(clientDist, "assets"), { recursive: true });
  await writeFile(join(clientDist, "index.html"), "<!doctype html><title>Hemicycle</title>");
  await writeFile(join(clientDist, "sw.js"), "self.addEventListener('fetch', () => {});");
  await writeFile(join(clientDist, ASSET), "console.log('app');\n//# sourceMappingURL=index-Bx7f3k9a.js.map");
  await writeFile(join(clientDist, `${ASSET}.map`), '{"version":3,"sources":["src/main.tsx"]}');

  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", CLIENT_DIST: clientDist });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "headers-test-secret-headers-test-0123456",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();

  const admin = await createUser(db(), { role: "ADMIN", password: PASSWORD });
  const login = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ json: { email: admin.email, password: PASSWORD } }),
  });
  const setCookie = [login.headers["set-cookie"] ?? []].flat().map(String);
  cookie = setCookie.find((c) => c.startsWith("hemicycle.session_token="))!.split(";")[0]!;

  const parliament = await createParliament(db());
  const mission = await createMission(db(), { parliamentId: parliament.id });
  const finding = await createFinding(db(), { phaseId: mission.phases[0]!.id, authorId: admin.id });
  const files = createFileStore(config.filesDir);
  const temp = await files.tempPath();
  await writeFile(temp, "minutes of the ICT committee\n");
  const storageKey = await files.keep(temp);
  const attachment = await db().prisma.attachment.create({
    data: { findingId: finding.id, fileName: "minutes.txt", contentType: "text/plain", size: 29, storageKey },
    select: { id: true },
  });
  attachmentId = attachment.id;
});

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

type Route = {
  label: string;
  method: "GET" | "POST";
  url: () => string;
  signedIn?: boolean;
  accept?: string;
  body?: unknown;
  status: number;
  cache: string;
};

const NO_STORE = /(^|[ ,])no-store($|,)/;
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Every kind of address the server answers, with the caching each must announce. */
const ROUTES: Route[] = [
  { label: "a tRPC query", method: "GET", url: () => "/trpc/auth.me", signedIn: true, status: 200, cache: "no-store" },
  { label: "a tRPC query refused (401)", method: "GET", url: () => "/trpc/auth.me", status: 401, cache: "no-store" },
  {
    label: "a tRPC batch of queries",
    method: "GET",
    url: () => `/trpc/auth.me,auth.me?batch=1&input=${encodeURIComponent("{}")}`,
    signedIn: true,
    status: 200,
    cache: "no-store",
  },
  {
    label: "a tRPC mutation",
    method: "POST",
    url: () => "/trpc/auth.login",
    body: { json: { email: "nobody@example.test", password: "wrong password here" } },
    status: 401,
    cache: "no-store",
  },
  { label: "an unknown procedure", method: "GET", url: () => "/trpc/nothing.here", status: 404, cache: "no-store" },
  {
    label: "an evidence file",
    method: "GET",
    url: () => `/files/${attachmentId}`,
    signedIn: true,
    status: 200,
    cache: "no-store",
  },
  {
    label: "a missing file",
    method: "GET",
    url: () => "/files/missing",
    signedIn: true,
    status: 404,
    cache: "no-store",
  },
  {
    label: "a thumbnail",
    method: "GET",
    url: () => `/files/${attachmentId}/thumbnail`,
    signedIn: true,
    status: 404,
    cache: "no-store",
  },
  {
    label: "the findings export",
    method: "GET",
    url: () => "/export/findings.csv",
    signedIn: true,
    status: 200,
    cache: "no-store",
  },
  {
    label: "an export without a session",
    method: "GET",
    url: () => "/export/findings.csv",
    status: 401,
    cache: "no-store",
  },
  {
    label: "a roadmap export",
    method: "GET",
    url: () => "/export/roadmaps/missing.pdf",
    signedIn: true,
    status: 404,
    cache: "no-store",
  },
  { label: "/health", method: "GET", url: () => "/health", status: 200, cache: "no-store" },
  { label: "/ready", method: "GET", url: () => "/ready", status: 200, cache: "no-store" },
  { label: "a hashed asset", method: "GET", url: () => ASSET, status: 200, cache: IMMUTABLE },
  { label: "the service worker", method: "GET", url: () => "/sw.js", status: 200, cache: "no-cache" },
  { label: "index.html", method: "GET", url: () => "/", status: 200, cache: "no-cache" },
  {
    label: "a page address",
    method: "GET",
    url: () => "/missions/abc",
    accept: "text/html",
    status: 200,
    cache: "no-cache",
  },
  { label: "a source map", method: "GET", url: () => `${ASSET}.map`, status: 404, cache: "no-store" },
  { label: "an unknown address", method: "GET", url: () => "/nothing.json", status: 404, cache: "no-store" },
];

function send(route: Route) {
  return app.inject({
    method: route.method,
    url: route.url(),
    headers: {
      ...(route.signedIn ? { cookie } : {}),
      ...(route.accept ? { accept: route.accept } : {}),
      ...(route.body ? { "content-type": "application/json" } : {}),
    },
    ...(route.body ? { payload: JSON.stringify(route.body) } : {}),
  });
}

describe("every route", () => {
  it.each(ROUTES.map((r) => [r.label, r] as const))(
    "%s: status, CSP, Permissions-Policy and caching",
    async (_label, route) => {
      const response = await send(route);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(route.status);
      const csp = String(response.headers["content-security-policy"] ?? "");
      if (route.label === "an evidence file") {
        // A file has a policy of its own that lets it do nothing at all.
        expect(csp).toMatch(/default-src 'none'/);
        expect(csp).toMatch(/sandbox/);
      } else {
        expect(csp).toMatch(/(^|;)\s*base-uri 'none'(;|$)/);
        expect(csp).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
        expect(csp).toMatch(/frame-ancestors 'none'/);
      }
      const permissions = String(response.headers["permissions-policy"] ?? "");
      for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
        expect(permissions).toContain(`${feature}=()`);
      }
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      const cache = String(response.headers["cache-control"] ?? "");
      if (route.cache === "no-store") expect(cache).toMatch(NO_STORE);
      else expect(cache).toBe(route.cache);
    },
  );

  it("denies each feature with an empty allow-list, in the header's syntax", async () => {
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.headers["permissions-policy"]).toBe(DENIED_FEATURES.map((f) => `${f}=()`).join(", "));
  });
});

describe("probes", () => {
  it("a burst of 500 /health requests from one address, over its spent budget, is answered 200 each time", async () => {
    const address = "198.51.100.9";
    // Spend the address's whole budget on procedure calls: the next call is refused.
    const batch = `/trpc/${Array(50).fill("auth.me").join(",")}?batch=1&input=${encodeURIComponent("{}")}`;
    let refusedAt: number | undefined;
    for (let n = 1; n <= CALLS_PER_MINUTE / 50 + 1 && !refusedAt; n++) {
      const response = await app.inject({ method: "GET", url: batch, remoteAddress: address });
      if (response.statusCode === 429) refusedAt = n;
    }
    expect(refusedAt).toBe(CALLS_PER_MINUTE / 50 + 1);

    const statuses = new Map<number, number>();
    for (let n = 0; n < 500; n++) {
      const response = await app.inject({ method: "GET", url: "/health", remoteAddress: address });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 500 });
    const ready = await app.inject({ method: "GET", url: "/ready", remoteAddress: address });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: "ready" });
    // Any other route is still refused to that address.
    expect((await app.inject({ method: "GET", url: "/trpc/auth.me", remoteAddress: address })).statusCode).toBe(429);
  });

  it("/ready answers 503 while a shipped migration is not applied", async () => {
    const last = await db().prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db().prisma.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE id = ${last[0]!.id}`;
    try {
      const response = await app.inject({ method: "GET", url: "/ready" });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: "migrations pending", pending: 1 });
    } finally {
      await db().prisma.$executeRaw`UPDATE _prisma_migrations SET finished_at = now() WHERE id = ${last[0]!.id}`;
    }
    expect((await app.inject({ method: "GET", url: "/ready" })).statusCode).toBe(200);
  });
});
