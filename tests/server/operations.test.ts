// What an operator reads and relies on (docs/operations.md): every answer names its
// request (the proxy's X-Request-Id when sane, else a new one) and every log line carries
// that id and the instance's; closing the app (as SIGTERM does in main.ts) ends the live
// streams cleanly, lets a request in flight finish, and /ready answers 503 meanwhile.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { requestLogOptions } from "@hemicycle/server/http/request-log";
import { createInProcessRoadmapEvents, type RoadmapEvents } from "@hemicycle/server/live/roadmap-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParliament, createUser } from "../factories/records.ts";
import { createRoadmapAt } from "../factories/roadmap-review.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const PASSWORD = "correct horse battery staple";
const SECRET = "operations-test-secret-operations-test-01";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-operations-test-"));
});
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function appWith(options: { events?: RoadmapEvents; lines?: string[] } = {}) {
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "info", INSTANCE_ID: "hc-test-7" });
  const auth = createAuth({ prisma: db().prisma, secret: SECRET, baseURL: config.publicUrl });
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      options.lines?.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return buildApp({ config, db: db(), auth, events: options.events, logger: { ...requestLogOptions(config), stream } });
}

describe("request ids", () => {
  it("echo a sane X-Request-Id, replace any other with a new one, and mark every log line with it and the instance", async () => {
    const lines: string[] = [];
    const app = await appWith({ lines });
    try {
      const given = await app.inject({ method: "GET", url: "/health", headers: { "x-request-id": "nginx-4f2a.9:1" } });
      expect(given.headers["x-request-id"]).toBe("nginx-4f2a.9:1");
      for (const bad of ["has space", "x".repeat(129), "-leading", "é"]) {
        const answer = await app.inject({ method: "GET", url: "/health", headers: { "x-request-id": bad } });
        expect(answer.headers["x-request-id"], bad).toMatch(UUID);
      }
      const none = await app.inject({ method: "GET", url: "/trpc/auth.me" });
      expect(none.headers["x-request-id"]).toMatch(UUID);
      // Refusals carry it too: a rate limit's 429 is answered before anything else.
      const logged = lines.map((line) => JSON.parse(line) as { reqId?: string; instance?: string; msg: string });
      expect(logged.length).toBeGreaterThan(0);
      for (const entry of logged) expect(entry.instance).toBe("hc-test-7");
      expect(logged.filter((e) => e.reqId === "nginx-4f2a.9:1").map((e) => e.msg)).toEqual([
        "incoming request",
        "request completed",
      ]);
      expect(logged.some((e) => e.reqId === none.headers["x-request-id"])).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe("closing the app (a graceful shutdown)", () => {
  it("says 503 on /ready, ends live streams cleanly and refuses new ones, then lets a request in flight finish", async () => {
    let listeners = 0;
    const inner = createInProcessRoadmapEvents();
    const events: RoadmapEvents = {
      publish: (change) => inner.publish(change),
      subscribe(roadmapId, listener) {
        listeners++;
        const stop = inner.subscribe(roadmapId, listener);
        return () => {
          listeners--;
          stop();
        };
      },
    };
    const app = await appWith({ events });
    let release: () => void = () => {};
    let entered: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    app.get("/test/slow", async () => {
      entered();
      await new Promise<void>((resolve) => (release = resolve));
      return { done: true };
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    let closed = false;
    try {
      const parliamentId = (await createParliament(db())).id;
      const staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId, password: PASSWORD });
      const r = await createRoadmapAt(db(), { parliamentId, stage: "IN_REVIEW" });
      const login = await fetch(`${baseUrl}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { email: staff.email, password: PASSWORD } }),
      });
      const cookie = login.headers
        .getSetCookie()
        .find((c) => c.startsWith("hemicycle.session_token="))!
        .split(";")[0]!;
      const input = encodeURIComponent(JSON.stringify({ json: { id: r.roadmapId } }));
      const stream = await fetch(`${baseUrl}/trpc/roadmaps.onChange?input=${input}`, {
        headers: { cookie, accept: "text/event-stream" },
      });
      expect(stream.status).toBe(200);
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      let text = "";
      while (!text.includes("event: connected")) text += (await reader.read()).value ?? "";
      await expect.poll(() => listeners).toBe(1);

      // Draining (main.ts on SIGTERM): /ready says 503, the stream ends as a finished
      // response (no error) and its subscription lets go, a new stream is refused.
      expect((await app.inject({ method: "GET", url: "/ready" })).statusCode).toBe(200);
      app.lifecycle.drain();
      expect((await app.inject({ method: "GET", url: "/ready" })).statusCode).toBe(503);
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
      }
      expect(listeners).toBe(0);
      const refused = await fetch(`${baseUrl}/trpc/roadmaps.onChange?input=${input}`, {
        headers: { cookie, accept: "text/event-stream" },
      });
      expect(refused.status).toBe(503);
      expect((await app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);

      // Closing: the request in flight finishes before the app is closed.
      const slow = fetch(`${baseUrl}/test/slow`);
      await inFlight;
      const closing = app.close().then(() => (closed = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(closed).toBe(false);
      release();
      const answer = await slow;
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ done: true });
      await closing;
      expect(closed).toBe(true);
    } finally {
      release();
      if (!closed) await app.close();
    }
  });
});

describe("live streams", () => {
  it("are counted whatever the Accept header, at most 16 per session on an instance, and all end when it drains", async () => {
    const app = await appWith();
    await app.listen({ port: 0, host: "127.0.0.1" });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const aborts: AbortController[] = [];
    try {
      const parliamentId = (await createParliament(db())).id;
      const signIn = async () => {
        const user = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId, password: PASSWORD });
        const login = await fetch(`${baseUrl}/trpc/auth.login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: { email: user.email, password: PASSWORD } }),
        });
        return login.headers
          .getSetCookie()
          .find((c) => c.startsWith("hemicycle.session_token="))!
          .split(";")[0]!;
      };
      const [cookie, other] = [await signIn(), await signIn()];
      // A subscription streams whether or not the client says it accepts event streams.
      const open = async (session: string) => {
        const abort = new AbortController();
        aborts.push(abort);
        const answer = await fetch(`${baseUrl}/trpc/notifications.onChange`, {
          headers: { cookie: session },
          signal: abort.signal,
        });
        if (answer.status !== 200) return { status: answer.status, reader: null, abort };
        const reader = answer.body!.pipeThrough(new TextDecoderStream()).getReader();
        let text = "";
        while (!text.includes("event: connected")) text += (await reader.read()).value ?? "";
        return { status: answer.status, reader, abort };
      };
      const streams = [];
      for (let n = 0; n < 16; n++) streams.push(await open(cookie));
      expect(streams.map((s) => s.status)).toEqual(Array(16).fill(200));
      expect(app.lifecycle.openStreams).toBe(16);
      const refused = await open(cookie);
      expect(refused.status).toBe(429);
      // Another session is not held up; one stream closed makes room for one more.
      const others = await open(other);
      expect(others.status).toBe(200);
      streams[0]!.abort.abort();
      await expect.poll(() => app.lifecycle.openStreams).toBe(16);
      expect((await open(cookie)).status).toBe(200);

      // Draining ends them all, the ones opened without the Accept header too.
      app.lifecycle.drain();
      for (const stream of [...streams.slice(1), others]) {
        for (;;) if ((await stream.reader!.read()).done) break;
      }
      expect(app.lifecycle.openStreams).toBe(0);
    } finally {
      for (const abort of aborts) abort.abort();
      await app.close();
    }
  });
});
