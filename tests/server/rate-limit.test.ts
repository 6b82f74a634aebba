// The rate limits over HTTP (`app.inject` on an app of this file's own, so its counters
// start at zero): 600 procedure calls a minute per session, each call of a tRPC batch
// charged, 3,000 per address whatever the sessions, and a refusal that tRPC's own client
// reads as one TOO_MANY_REQUESTS per call. (Without a session, the address's 600: see
// hardening-http.test.ts.)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import type { AppRouter } from "@hemicycle/server/router";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

const PASSWORD = "correct horse battery staple";

let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
let email: string;
let signIns = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-rate-limit-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "rate-limit-test-secret-rate-limit-test-01",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  email = (await createUser(db(), { role: "COORDINATOR", password: PASSWORD })).email;
});

/** A new session of the test user, signed in from an address of its own that the tests do not use. */
async function newSession(): Promise<string> {
  signIns += 1;
  const login = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json" },
    remoteAddress: `198.51.100.${signIns}`,
    payload: JSON.stringify({ json: { email, password: PASSWORD } }),
  });
  expect(login.statusCode).toBe(200);
  const setCookie = [login.headers["set-cookie"] ?? []].flat().map(String);
  return setCookie.find((c) => c.startsWith("hemicycle.session_token="))!.split(";")[0]!;
}

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const BATCH = 50;
/** A GET batch of 50 `auth.me` calls; `separator` is how the path joins the names. */
const batchUrl = (separator = ",") => `/trpc/${Array(BATCH).fill("auth.me").join(separator)}?batch=1`;

const get = (url: string, cookie: string, remoteAddress: string) =>
  app.inject({ method: "GET", url, headers: { cookie }, remoteAddress });

/** Sends batches until one is refused; returns its number (1-based), or undefined after `max`. */
async function batchesUntilRefused(cookie: string, remoteAddress: string, max: number, url = batchUrl()) {
  for (let n = 1; n <= max; n++) {
    const response = await get(url, cookie, remoteAddress);
    if (response.statusCode === 429) return { refusedAt: n, response };
    expect(response.statusCode, `batch ${n}`).toBe(200);
    expect(response.json(), `batch ${n}`).toHaveLength(BATCH);
  }
  return { refusedAt: undefined, response: undefined };
}

const tooManyRequests = (path: string) => ({
  error: {
    json: {
      message: "tooManyRequests",
      code: -32029,
      data: {
        code: "TOO_MANY_REQUESTS",
        httpStatus: 429,
        path,
        problem: { reason: "RATE_LIMITED", details: { retryAfter: expect.any(Number) } },
        message: { code: "tooManyRequests" },
        fieldErrors: null,
        formErrors: null,
      },
    },
  },
});

describe("600 calls a minute per session", () => {
  it("charges each call of a batch: the 13th batch of 50 is refused with 429 and one tRPC error per call", async () => {
    const session = await newSession();
    const { refusedAt, response } = await batchesUntilRefused(session, "203.0.113.1", 13);
    // 12 batches are exactly 600 calls: the limit is kept, not lowered.
    expect(refusedAt).toBe(13);
    const retryAfter = Number(response!.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = response!.json() as unknown[];
    expect(body).toHaveLength(BATCH);
    for (const answer of body) expect(answer).toEqual(tooManyRequests("auth.me"));
    expect(body[0]).toMatchObject({ error: { json: { data: { problem: { details: { retryAfter } } } } } });

    // Another session is still served, from the same address as from another.
    expect((await get(batchUrl(), await newSession(), "203.0.113.1")).statusCode).toBe(200);
    expect((await get(batchUrl(), await newSession(), "203.0.113.2")).statusCode).toBe(200);
    // A plain route is refused to the first session too, in plain JSON.
    const plain = await app.inject({
      method: "GET",
      url: "/export/findings.csv",
      headers: { cookie: session },
      remoteAddress: "203.0.113.1",
    });
    expect(plain.statusCode).toBe(429);
    expect(plain.json()).toMatchObject({ statusCode: 429, error: "Too Many Requests" });
    expect(plain.headers["retry-after"]).toBeDefined();
    // But never a load balancer's probe (security-headers.test.ts).
    const health = await app.inject({
      method: "GET",
      url: "/health",
      headers: { cookie: session },
      remoteAddress: "203.0.113.1",
    });
    expect(health.statusCode).toBe(200);
  });

  it("charges a call that is not batched 1", async () => {
    const address = "203.0.113.3";
    const session = await newSession();
    expect((await batchesUntilRefused(session, address, 11)).refusedAt).toBeUndefined();
    // 550 calls so far: 50 single calls are served, the 51st is refused.
    for (let n = 1; n <= 50; n++)
      expect((await get("/trpc/auth.me", session, address)).statusCode, `call ${n}`).toBe(200);
    const refused = await get("/trpc/auth.me", session, address);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual(tooManyRequests("auth.me"));
  });

  it("charges the calls of a batch whose commas are percent-encoded (tRPC decodes the path once more)", async () => {
    const url = batchUrl(encodeURIComponent(encodeURIComponent(",")));
    const { refusedAt } = await batchesUntilRefused(await newSession(), "203.0.113.4", 13, url);
    expect(refusedAt).toBe(13);
  });

  it("reaches tRPC's batch link as one TRPCClientError per call, not a parse failure", async () => {
    const address = "203.0.113.5";
    const cookie = await newSession();
    expect((await batchesUntilRefused(cookie, address, 13)).refusedAt).toBe(13);
    const client = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: "http://localhost/trpc",
          transformer: superjson,
          headers: { cookie },
          async fetch(url, init) {
            const target = new URL(String(url));
            const response = await app.inject({
              method: (init?.method ?? "GET") as "GET" | "POST",
              url: target.pathname + target.search,
              headers: init?.headers as Record<string, string>,
              remoteAddress: address,
            });
            const headers = Object.entries(response.headers).map(([k, v]) => [k, String(v)] as [string, string]);
            return new Response(response.body, { status: response.statusCode, headers });
          },
        }),
      ],
    });
    const results = await Promise.allSettled([client.auth.me.query(), client.auth.me.query(), client.auth.me.query()]);
    for (const result of results) {
      expect(result.status).toBe("rejected");
      const error = (result as PromiseRejectedResult).reason as TRPCClientError<AppRouter>;
      expect(error).toBeInstanceOf(TRPCClientError);
      expect(error.data).toMatchObject({
        code: "TOO_MANY_REQUESTS",
        httpStatus: 429,
        path: "auth.me",
        problem: { reason: "RATE_LIMITED", details: { retryAfter: expect.any(Number) } },
        message: { code: "tooManyRequests" },
      });
    }
  });
});

describe("3,000 calls a minute per address", () => {
  it("holds an address to five sessions' worth of calls, whatever the sessions (a shared NAT, made-up cookies)", async () => {
    const address = "203.0.113.6";
    for (let n = 1; n <= 5; n++) {
      const { refusedAt } = await batchesUntilRefused(await newSession(), address, 12);
      expect(refusedAt, `session ${n}`).toBeUndefined();
    }
    const sixth = await get(batchUrl(), await newSession(), address);
    expect(sixth.statusCode).toBe(429);
    expect((sixth.json() as unknown[])[0]).toEqual(tooManyRequests("auth.me"));
    // The address's limit is the address's: elsewhere, a session is served.
    expect((await get(batchUrl(), await newSession(), "203.0.113.7")).statusCode).toBe(200);
  });
});
