// Two instances on one PostgreSQL (issue 12, "Stateless instances"): two apps built as
// main.ts builds them (each its own database connections, its own throttle over the
// database's sign-in failures, its own pool for the rate limits, the roadmap events over
// LISTEN/NOTIFY) share what must be shared. A session opened on one works on the other;
// a guessing address is refused after five failures spread over both; a session's 600
// calls a minute are spent across both; a change saved through one reaches a viewer whose
// live feed is open on the other.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { openDatabase, type Database } from "@hemicycle/server/db/database";
import { buildApp } from "@hemicycle/server/http/app";
import { postgresLimiterStore, type PostgresLimits } from "@hemicycle/server/http/postgres-limits";
import type { RoadmapNotice } from "@hemicycle/server/live/roadmap-watch";
import { prismaFailureStore } from "@hemicycle/server/services/sign-in-failures";
import { createSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createExpert, createParliament, createUser } from "../factories/records.ts";
import { createRoadmapAt } from "../factories/roadmap-review.ts";
import { databaseUrl } from "../helpers/postgres-admin.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { openEventStream, within } from "../helpers/event-stream.ts";

const db = useTestDatabase();
const onPostgres = inject("databaseKind") === "postgresql";
const PASSWORD = "correct horse battery staple";
const SECRET = "instances-test-secret-instances-test-0123";

type Instance = {
  app: Awaited<ReturnType<typeof buildApp>>;
  database: Database;
  limits: PostgresLimits;
  baseUrl: string;
};

describe.runIf(onPostgres)("two instances on one PostgreSQL", () => {
  const instances: Instance[] = [];
  let dataDir: string;
  const [a, b] = [() => instances[0]!, () => instances[1]!];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "hc-instances-test-"));
    const { name } = (await db().prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!;
    const url = databaseUrl(inject("postgresAdminUrl"), name);
    for (const id of ["a", "b"]) {
      const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", INSTANCE_ID: id });
      const database = openDatabase({ kind: "postgresql", url, poolSize: 4 });
      const auth = createAuth({ prisma: database.prisma, secret: SECRET, baseURL: config.publicUrl });
      const signInThrottle = createSignInThrottle({
        settings: { baseDelayMs: 5, maxDelayMs: 20 },
        store: prismaFailureStore(database.prisma),
      });
      const limits = postgresLimiterStore(url, { poolSize: 2 });
      const app = await buildApp({ config, db: database, auth, signInThrottle, limitStore: limits.store });
      await app.listen({ port: 0, host: "127.0.0.1" });
      const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      instances.push({ app, database, limits, baseUrl });
    }
  });

  afterAll(async () => {
    for (const { app, database, limits } of instances) {
      await app.close();
      await limits.close();
      await database.close();
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function login(on: Instance, email: string, password: string, remoteAddress: string) {
    const response = await on.app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      remoteAddress,
      payload: JSON.stringify({ json: { email, password } }),
    });
    const cookie = [response.headers["set-cookie"] ?? []]
      .flat()
      .map(String)
      .find((c) => c.startsWith("hemicycle.session_token="))
      ?.split(";")[0];
    return { status: response.statusCode, reason: reasonOf(response.json()), cookie };
  }
  const reasonOf = (body: unknown) =>
    (body as { error?: { json?: { data?: { problem?: { reason?: string } } } } }).error?.json?.data?.problem?.reason;

  it("serve a session opened on one through the other", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const { status, cookie } = await login(a(), user.email, PASSWORD, "198.51.100.1");
    expect(status).toBe(200);
    const me = await b().app.inject({ method: "GET", url: "/trpc/auth.me", headers: { cookie: cookie! } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ result: { data: { json: { id: user.id } } } });
    // Each answer names its request, the proxy's id when sane.
    expect(me.headers["x-request-id"]).toEqual(expect.any(String));
  });

  it("count sign-in failures together: five wrong passwords spread over both refuse the address on both", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const address = "198.51.100.2";
    const answers = [];
    for (let n = 0; n < 5; n++) answers.push((await login(n % 2 ? b() : a(), user.email, "wrong", address)).reason);
    expect(answers).toEqual(Array(5).fill("INVALID_CREDENTIALS"));
    for (const on of [a(), b()]) {
      const refused = await login(on, user.email, PASSWORD, address);
      expect(refused).toMatchObject({ status: 429, reason: "SIGN_IN_THROTTLED" });
    }
    // Another address still gets in, through either.
    expect((await login(b(), user.email, PASSWORD, "198.51.100.3")).status).toBe(200);
  });

  it("spend one session's 600 calls a minute across both", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const { cookie } = await login(a(), user.email, PASSWORD, "198.51.100.4");
    const batch = `/trpc/${Array(50).fill("auth.me").join(",")}?batch=1`;
    const get = (on: Instance) =>
      on.app.inject({ method: "GET", url: batch, headers: { cookie: cookie! }, remoteAddress: "198.51.100.4" });
    for (let n = 0; n < 12; n++) expect((await get(n % 2 ? b() : a())).statusCode, `batch ${n + 1}`).toBe(200);
    const refusedOnA = await get(a());
    expect(refusedOnA.statusCode).toBe(429);
    expect((await get(b())).statusCode).toBe(429);
    // Refused once, the session is refused from each instance's memory until its window
    // ends: further refusals cost no round-trip (its counter no longer moves).
    const key = `calls-per-caller:session:${createHash("sha256").update(cookie!.split("=")[1]!).digest("base64url")}`;
    const points = () =>
      db()
        .prisma.rateLimit.findMany({ where: { key }, select: { points: true } })
        .then((rows) => rows.map((row) => row.points));
    const before = await points();
    expect(before).toEqual([700]);
    for (let n = 0; n < 3; n++) for (const on of [a(), b()]) expect((await get(on)).statusCode).toBe(429);
    expect(await points()).toEqual(before);
  });

  it("tell a change saved through one to a viewer whose live feed is open on the other", async () => {
    const parliamentId = (await createParliament(db())).id;
    const expertId = (await createExpert(db())).id;
    const lead = await createUser(db(), { role: "EXPERT", expertId, password: PASSWORD });
    const staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId, password: PASSWORD });
    const r = await createRoadmapAt(db(), { parliamentId, stage: "IN_REVIEW", team: [{ expertId, role: "LEAD" }] });
    const viewer = (await login(b(), staff.email, PASSWORD, "198.51.100.5")).cookie!;
    const writer = (await login(a(), lead.email, PASSWORD, "198.51.100.6")).cookie!;

    const input = encodeURIComponent(JSON.stringify({ json: { id: r.roadmapId } }));
    const stream = await openEventStream(`${b().baseUrl}/trpc/roadmaps.onChange?input=${input}`, viewer);
    expect(stream.response.status).toBe(200);
    const nextMessage = async () => {
      for (;;) {
        const event = await stream.next();
        if (event === "ended" || event.event === "message") return event;
      }
    };
    const message = nextMessage();
    // The feed on B listens before the write on A (roadmaps.onChange awaits the LISTEN).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const write = await fetch(`${a().baseUrl}/trpc/roadmaps.updateProgress`, {
      method: "POST",
      headers: { cookie: writer, "content-type": "application/json", origin: a().baseUrl },
      body: JSON.stringify({ json: { itemId: r.itemIds[0], version: 1, progress: "IN_PROGRESS" } }),
    });
    expect(write.status).toBe(200);
    const received = await within(message, 3000);
    stream.close();
    if (received === "timeout" || received === "ended") throw new Error(`no notice: ${received}`);
    expect(superjson.deserialize<RoadmapNotice>(JSON.parse(received.data))).toMatchObject({
      kind: "item",
      itemId: r.itemIds[0],
      by: { id: lead.id },
    });
  });
});
