// The roadmap's live feed (`roadmaps.onChange`): a viewer hears of the changes others
// save within two seconds, never of their own, only while they may read the roadmap, and
// the feed lets go of its listener however it ends. First through the router's caller,
// then over real HTTP (server-sent events through Fastify, with a session cookie).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import type { SessionUser } from "@hemicycle/server/context";
import { buildApp } from "@hemicycle/server/http/app";
import { createInProcessRoadmapEvents, type RoadmapEvents } from "@hemicycle/server/live/roadmap-events";
import type { RoadmapNotice } from "@hemicycle/server/live/roadmap-watch";
import { createCaller } from "@hemicycle/server/router";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createUser } from "../factories/records.ts";
import { createRoadmapAt, type ReviewStage } from "../factories/roadmap-review.ts";
import { contextFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { openEventStream, within, type StreamEvent } from "../helpers/event-stream.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

const PASSWORD = "correct horse battery staple";
/** The issue's promise: others' saved changes show within two seconds. */
const WITHIN_MS = 2000;

let parliamentId: string;
let coordinator: SessionUser;
let lead: SessionUser;
let member: SessionUser;
let staff: SessionUser;
let otherStaff: SessionUser;

beforeAll(async () => {
  parliamentId = (await createParliament(db())).id;
  const otherParliamentId = (await createParliament(db())).id;
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  member = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId, password: PASSWORD });
  otherStaff = await createUser(db(), {
    role: "PARLIAMENT_STAFF",
    parliamentId: otherParliamentId,
    password: PASSWORD,
  });
});

/** An event bus that counts its listeners, to see that every feed lets go of its own. */
function countingEvents(): RoadmapEvents & { listeners: () => number } {
  const inner = createInProcessRoadmapEvents();
  let listeners = 0;
  return {
    publish: (change) => inner.publish(change),
    subscribe(roadmapId, listener) {
      listeners++;
      const unsubscribe = inner.subscribe(roadmapId, listener);
      return () => {
        listeners--;
        unsubscribe();
      };
    },
    listeners: () => listeners,
  };
}

function roadmapAt(stage: ReviewStage) {
  return createRoadmapAt(db(), {
    parliamentId,
    stage,
    team: [
      { expertId: lead.expertId!, role: "LEAD" },
      { expertId: member.expertId!, role: "MEMBER" },
    ],
  });
}

/** Opens `user`'s feed of a roadmap on `events`; `next()` asks for the next notice. */
async function openFeed(user: SessionUser, roadmapId: string, events: RoadmapEvents) {
  const abort = new AbortController();
  const caller = createCaller(contextFor(db(), user, { events }), { signal: abort.signal });
  const feed = (await caller.roadmaps.onChange({ id: roadmapId }))[Symbol.asyncIterator]();
  return { next: () => feed.next(), close: () => abort.abort() };
}

const as = (user: SessionUser, events: RoadmapEvents) => createCaller(contextFor(db(), user, { events }));

describe("roadmaps.onChange through the caller", () => {
  it("tells a viewer of another person's saved change within two seconds: what, which item, who, when", async () => {
    const events = countingEvents();
    const r = await roadmapAt("IN_REVIEW");
    const feed = await openFeed(staff, r.roadmapId, events);
    const notice = feed.next();
    const started = performance.now();
    await as(coordinator, events).roadmaps.comment({ roadmapId: r.roadmapId, itemId: r.itemIds[0], body: "See p. 4" });
    const received = await within(notice, WITHIN_MS);
    expect(performance.now() - started).toBeLessThan(WITHIN_MS);
    expect(received).toEqual({
      done: false,
      value: {
        kind: "comment",
        itemId: r.itemIds[0],
        by: { id: coordinator.id, name: coordinator.name },
        at: expect.any(Date),
      },
    });
    feed.close();
    expect(await within(feed.next(), WITHIN_MS)).toEqual({ done: true, value: undefined });
    expect(events.listeners()).toBe(0);
  });

  it("does not echo the viewer's own changes", async () => {
    const events = countingEvents();
    const r = await roadmapAt("DRAFT");
    const feed = await openFeed(lead, r.roadmapId, events);
    const notice = feed.next();
    await as(lead, events).roadmaps.updateProgress({ itemId: r.itemIds[0]!, version: 1, progress: "IN_PROGRESS" });
    expect(await within(notice, 300)).toBe("timeout");
    await as(member, events).roadmaps.updateProgress({ itemId: r.itemIds[1]!, version: 1, progress: "DONE" });
    expect(await within(notice, WITHIN_MS)).toMatchObject({
      value: { kind: "item", itemId: r.itemIds[1], by: { id: member.id } },
    });
    feed.close();
  });

  it("answers NOT_FOUND to a viewer who may not read the roadmap: other staff, and staff before it is submitted", async () => {
    const events = countingEvents();
    const inReview = await roadmapAt("IN_REVIEW");
    const draft = await roadmapAt("DRAFT");
    expect(await appErrorOf(openFeed(otherStaff, inReview.roadmapId, events))).toMatchObject({ trpcCode: "NOT_FOUND" });
    expect(await appErrorOf(openFeed(staff, draft.roadmapId, events))).toMatchObject({ trpcCode: "NOT_FOUND" });
    expect(events.listeners()).toBe(0);
  });

  it("ends the feed, without a notice, once the viewer may no longer read the roadmap", async () => {
    const events = countingEvents();
    const r = await roadmapAt("DRAFT");
    const feed = await openFeed(member, r.roadmapId, events);
    const notice = feed.next();
    await within(notice, 50);
    expect(events.listeners()).toBe(1);
    // Taken off the mission's team: the next change is not told, and the feed ends.
    await prisma().assignment.deleteMany({ where: { expertId: member.expertId!, phaseId: r.phaseId } });
    await as(coordinator, events).roadmaps.comment({ roadmapId: r.roadmapId, body: "Dates moved" });
    expect(await within(notice, WITHIN_MS)).toEqual({ done: true, value: undefined });
    expect(events.listeners()).toBe(0);
  });

  it("holds none of its user's four turns while open: the user's calls still run", async () => {
    const events = countingEvents();
    const r = await roadmapAt("IN_REVIEW");
    const feeds = await Promise.all(Array.from({ length: 6 }, () => openFeed(staff, r.roadmapId, events)));
    const pending = feeds.map((f) => f.next());
    await within(Promise.race(pending), 50);
    expect(events.listeners()).toBe(6);
    const page = await within(as(staff, events).roadmaps.list({}), WITHIN_MS);
    expect(page).not.toBe("timeout");
    // Every open feed hears of the same change.
    await as(coordinator, events).roadmaps.comment({ roadmapId: r.roadmapId, body: "One for all" });
    const notices = await within(Promise.all(pending), WITHIN_MS);
    expect(notices).not.toBe("timeout");
    for (const feed of feeds) feed.close();
    await Promise.all(feeds.map((f) => f.next()));
    expect(events.listeners()).toBe(0);
  });
});

describe("roadmaps.onChange over HTTP (server-sent events)", () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;
  let dataDir: string;
  const events = countingEvents();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "hc-live-test-"));
    const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const auth = createAuth({
      prisma: db().prisma,
      secret: "live-test-secret-live-test-secret-0123456",
      baseURL: config.publicUrl,
    });
    app = await buildApp({ config, db: db(), auth, events });
    await app.listen({ port: 0, host: "127.0.0.1" });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    resetSignInThrottle();
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function signIn(email: string): Promise<string> {
    const response = await fetch(`${baseUrl}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email, password: PASSWORD } }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith("hemicycle.session_token="))
      ?.split(";")[0];
    expect(cookie).toBeDefined();
    return cookie!;
  }

  /** Opens the feed as a browser's EventSource would, and reads its events one by one. */
  async function openStream(cookie: string, roadmapId: string) {
    const input = encodeURIComponent(JSON.stringify({ json: { id: roadmapId } }));
    const stream = await openEventStream(`${baseUrl}/trpc/roadmaps.onChange?input=${input}`, cookie);
    return { response: stream.response, nextEvent: stream.next, close: stream.close };
  }

  it("streams others' changes to a signed-in viewer as tRPC's SSE events, and lets go once the client disconnects", async () => {
    const r = await roadmapAt("IN_REVIEW");
    const stream = await openStream(await signIn(staff.email), r.roadmapId);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(await stream.nextEvent()).toMatchObject({ event: "connected" });
    expect(events.listeners()).toBe(1);

    const started = performance.now();
    const next = stream.nextEvent();
    await as(lead, events).roadmaps.updateProgress({ itemId: r.itemIds[1]!, version: 1, progress: "BLOCKED" });
    const received = await within(next, WITHIN_MS);
    expect(performance.now() - started).toBeLessThan(WITHIN_MS);
    expect(received).not.toBe("timeout");
    const { event, data } = received as StreamEvent;
    expect(event).toBe("message");
    expect(superjson.deserialize<RoadmapNotice>(JSON.parse(data))).toEqual({
      kind: "item",
      itemId: r.itemIds[1],
      by: { id: lead.id, name: lead.name },
      at: expect.any(Date),
    });

    stream.close();
    await expect.poll(() => events.listeners(), { timeout: WITHIN_MS }).toBe(0);
  });

  it("refuses another parliament's staff with NOT_FOUND on the stream, holding no listener", async () => {
    const r = await roadmapAt("IN_REVIEW");
    const stream = await openStream(await signIn(otherStaff.email), r.roadmapId);
    expect(await stream.nextEvent()).toMatchObject({ event: "connected" });
    const refusal = await stream.nextEvent();
    expect(refusal).toMatchObject({ event: "serialized-error" });
    expect(JSON.parse((refusal as StreamEvent).data)).toMatchObject({ json: { data: { code: "NOT_FOUND" } } });
    expect(await stream.nextEvent()).toBe("ended");
    expect(events.listeners()).toBe(0);
  });

  it("refuses a caller without a session with UNAUTHORIZED", async () => {
    const r = await roadmapAt("IN_REVIEW");
    const stream = await openStream("", r.roadmapId);
    expect(await stream.nextEvent()).toMatchObject({ event: "connected" });
    const refusal = await stream.nextEvent();
    expect(JSON.parse((refusal as StreamEvent).data)).toMatchObject({ json: { data: { code: "UNAUTHORIZED" } } });
  });
});
