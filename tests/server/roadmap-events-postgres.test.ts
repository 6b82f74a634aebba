// Live roadmap changes across instances (live/roadmap-events-postgres.ts): on PostgreSQL a
// change published by one process's events reaches the subscribers of another's through
// pg_notify and LISTEN, only those of its roadmap; a lost listening connection tells every
// subscriber to read again (the viewer's feed then ends: live/roadmap-watch.ts); a payload
// that is not ours is ignored. On PGlite (one process) the app keeps the in-process bus.
import { openDatabase, type Database } from "@hemicycle/server/db/database";
import type { RoadmapChange, RoadmapEvents } from "@hemicycle/server/live/roadmap-events";
import {
  createPostgresRoadmapEvents,
  decodeChange,
  encodeChange,
  ROADMAP_CHANNEL,
  roadmapEventsFor,
} from "@hemicycle/server/live/roadmap-events-postgres";
import { watchRoadmap } from "@hemicycle/server/live/roadmap-watch";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseUrl } from "../helpers/postgres-admin.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const onPostgres = inject("databaseKind") === "postgresql";

const change = (over: Partial<RoadmapChange> = {}): RoadmapChange => ({
  roadmapId: "r1",
  kind: "item",
  itemId: "i1",
  actorId: "u1",
  at: new Date("2026-11-30T08:00:00.123Z"),
  ...over,
});

describe("the payload", () => {
  it("carries a change there and back, small, and refuses anything else", () => {
    for (const c of [change(), change({ kind: "roadmap", itemId: undefined })]) {
      const payload = encodeChange(c);
      expect(payload.length).toBeLessThan(8000);
      const back = decodeChange(payload);
      expect(back).toEqual(c.itemId ? c : { ...c, itemId: undefined });
      expect(back && "itemId" in back).toBe(Boolean(c.itemId));
    }
    for (const bad of [
      "",
      "nope",
      "null",
      "[]",
      '{"r":"r1","k":"drop","a":"u","t":"2026-01-01"}',
      '{"r":"r1","k":"item","a":"u","t":"x"}',
    ])
      expect(decodeChange(bad)).toBeNull();
  });

  it("is not used on PGlite: the app keeps its in-process bus there", () => {
    expect(roadmapEventsFor(db()) === null).toBe(!onPostgres);
  });
});

describe("a viewer's feed when changes may have been missed", () => {
  it("ends (the page reads everything again and opens it anew), letting go of its listener", async () => {
    let resync: (() => void) | undefined;
    let listeners = 0;
    const events: RoadmapEvents = {
      publish: () => {},
      subscribe: (_roadmapId, _listener, onResync) => {
        listeners++;
        resync = onResync;
        return () => listeners--;
      },
      ready: () => Promise.resolve(),
    };
    const feed = watchRoadmap({ db: db().prisma, events, viewerId: "v", roadmapId: "r", signal: undefined });
    const next = feed.next();
    await expect.poll(() => resync).toBeDefined();
    expect(listeners).toBe(1);
    resync!();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(listeners).toBe(0);
  });
});

describe.runIf(onPostgres)("across two processes on one PostgreSQL", () => {
  let other: Database;

  beforeAll(async () => {
    const { name } = (await db().prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!;
    other = openDatabase({ kind: "postgresql", url: databaseUrl(inject("postgresAdminUrl"), name) });
  });
  afterAll(async () => {
    await other?.close();
  });

  const eventsOn = (database: Database, channel: string) =>
    createPostgresRoadmapEvents({
      listen: database.listen,
      notify: (ch, payload) => database.prisma.$executeRaw`SELECT pg_notify(${ch}, ${payload})`,
      channel,
    });

  it("tells a change published on one to the other's subscribers of that roadmap (and to its own), nobody else", async () => {
    const channel = `${ROADMAP_CHANNEL}_t1`;
    const a = eventsOn(db(), channel);
    const b = eventsOn(other, channel);
    const heardOnB: RoadmapChange[] = [];
    const heardOnA: RoadmapChange[] = [];
    const otherRoadmap: RoadmapChange[] = [];
    const stopB = b.subscribe("r1", (c) => heardOnB.push(c));
    const stopA = a.subscribe("r1", (c) => heardOnA.push(c));
    b.subscribe("r2", (c) => otherRoadmap.push(c));
    await Promise.all([a.ready(), b.ready()]);

    a.publish(change());
    await expect.poll(() => heardOnB.length).toBe(1);
    expect(heardOnB[0]).toEqual(change());
    await expect.poll(() => heardOnA.length).toBe(1);

    stopB();
    a.publish(change({ kind: "comment", itemId: undefined }));
    await expect.poll(() => heardOnA.length).toBe(2);
    expect(heardOnB).toHaveLength(1);
    expect(otherRoadmap).toHaveLength(0);
    stopA();
  });

  it("ignores a notice on its channel that is not a change", async () => {
    const channel = `${ROADMAP_CHANNEL}_t2`;
    const b = eventsOn(other, channel);
    const heard: RoadmapChange[] = [];
    b.subscribe("r1", (c) => heard.push(c));
    await b.ready();
    await db().prisma.$executeRaw`SELECT pg_notify(${channel}, ${'{"r":"r1","k":"anything"}'})`;
    await db().prisma.$executeRaw`SELECT pg_notify(${channel}, ${encodeChange(change())})`;
    await expect.poll(() => heard.length).toBe(1);
    expect(heard[0]!.kind).toBe("item");
  });

  it("asks every subscriber to read again once a lost listening connection is back, and hears changes again", async () => {
    const channel = `${ROADMAP_CHANNEL}_t3`;
    const a = eventsOn(db(), channel);
    const b = eventsOn(other, channel);
    let resyncs = 0;
    const heard: RoadmapChange[] = [];
    b.subscribe(
      "r1",
      (c) => heard.push(c),
      () => resyncs++,
    );
    await b.ready();
    // The other process's listening connection dies (a restarted PostgreSQL, a proxy's timeout…).
    const { name } = (await db().prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!;
    await db().prisma.$queryRaw`
      SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity
      WHERE datname = ${name} AND application_name = 'hemicycle-listen' AND pid <> pg_backend_pid()`;
    await expect.poll(() => resyncs, { timeout: 5000 }).toBeGreaterThanOrEqual(1);
    await a.ready();
    a.publish(change());
    await expect.poll(() => heard.length, { timeout: 5000 }).toBe(1);
  });
});
