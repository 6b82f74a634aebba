// Several instances on one PostgreSQL (issue 12, "Done means"): three instances of the
// built server started together on a fresh database, behind Debian's nginx on loopback
// (round robin), with an SMTP sink (tests/ops/cluster.ts). Through nginx unless said:
//   - the migrations were applied, and the demo seeded (SEED_DEMO), once although the
//     three started at the same moment;
//   - a session made through one instance works on each of them;
//   - sign-in failures count across instances: five wrong passwords spread over them,
//     and the right one is then refused on each instance asked directly;
//   - a stale roadmap edit is refused by each instance, asked directly;
//   - a change saved through one instance reaches a live viewer connected to another
//     (and one connected through nginx);
//   - kill -9 of one instance under a burst of writes loses no acknowledged write, and the
//     others keep answering; the killed one comes back on its port;
//   - a clean restart (SIGTERM) of one instance under reads and writes: no read fails, no
//     acknowledged write is lost, and a live stream open on it ends (its page reconnects);
//   - a reminder due now (a report due in two days) is told once per recipient, with one
//     e-mail each, and not again after an instance restarts and the scan runs again. The
//     phase is written once the instances run (they bring the schema), so the scans that
//     find it are the REMINDERS_CRON minute's and those of instances starting again (each
//     scans as it starts): three instances scanning, none tells twice.
// Needs PostgreSQL (TEST_DATABASE_URL, as tests/scripts/with-postgres.sh sets it) and
// nginx; outside CI it is skipped, saying so, when either is missing.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { openAndMigrate, type Database } from "@hemicycle/server/db/database";
import { DEMO_ACCOUNTS } from "@hemicycle/server/seed/seed-demo";
import superjson from "superjson";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openEventStream, within } from "../helpers/event-stream.ts";
import { mailText, nginxBinary, startCluster, type Cluster, type Instance } from "./cluster.ts";
import { callProcedure, repoRoot, signIn } from "./server-process.ts";

const PASSWORD = "hemicycle-demo";
const COORDINATOR = "coordinator@hemicycle.test";
const LEAD_EXPERT = "lead.expert@hemicycle.test";
/** Signs in nowhere else in this file: its failures are the throttle scenario's own. */
const THROTTLED = "staff.namibia@hemicycle.test";

const adminUrl = process.env.TEST_DATABASE_URL;
const nginx = nginxBinary();
const missing = !adminUrl
  ? "no PostgreSQL (TEST_DATABASE_URL unset: run it through tests/scripts/with-postgres.sh)"
  : !nginx
    ? "no nginx (apt-get install -y nginx)"
    : null;
if (missing && !process.env.CI) console.warn(`cluster.test.ts skipped: ${missing}`);

/** The port of the instance that answered, from nginx's X-Upstream header. */
const upstreamOf = (response: Response) => response.headers.get("x-upstream") ?? "";

/** A tRPC query through `url` that keeps the response's headers. */
async function query(url: string, path: string, input: unknown, cookie: string, requestId?: string) {
  const encoded = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await fetch(`${url}/trpc/${path}?input=${encoded}`, {
    headers: { cookie, ...(requestId ? { "x-request-id": requestId } : {}) },
  });
  const body = (await response.json()) as { result?: { data?: { json?: unknown } } };
  return { response, data: body.result?.data?.json };
}

/** A sign-in attempt's outcome: the HTTP status and the instance that answered. */
async function attemptSignIn(url: string, email: string, password: string) {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email, password } }),
  });
  const body = (await response.json().catch(() => null)) as { error?: { json?: { data?: { code?: string } } } } | null;
  return { status: response.status, code: body?.error?.json?.data?.code, upstream: upstreamOf(response) };
}

/** Opens `roadmaps.onChange` as a browser's EventSource would; `next()` gives the next event that is not a ping. */
function openFeed(url: string, cookie: string, roadmapId: string) {
  const input = encodeURIComponent(JSON.stringify({ json: { id: roadmapId } }));
  return openEventStream(`${url}/trpc/roadmaps.onChange?input=${input}`, cookie);
}

const DAY_MS = 24 * 60 * 60 * 1000;
const todayUtc = () => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);

describe.skipIf(missing && !process.env.CI)("three instances behind nginx on one PostgreSQL", () => {
  let cluster: Cluster;
  let db: Database;
  const reminder = {
    missionTitle: `Cluster reminder ${Math.random().toString(36).slice(2, 8)}`,
    leadEmail: "",
    coordinatorEmail: "",
  };

  beforeAll(async () => {
    if (missing) throw new Error(`The cluster test must run in CI: ${missing}`);
    cluster = await startCluster({ adminUrl: adminUrl!, nginx: nginx! });
    // The instances seeded the demo (SEED_DEMO), one of them: see the first scenario.
    ({ db } = await openAndMigrate({ kind: "postgresql", url: cluster.databaseUrl, poolSize: 2 }));
    await seedReminderPhase();
  }, 180_000);

  // A failure says what each instance printed and what nginx saw.
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && cluster) console.log(await cluster.describe());
  });

  afterAll(async () => {
    await db?.close();
    await cluster?.stop();
  });

  /** A mission of its own whose report is due in two days, with a lead and a coordinator who chose that reminder by e-mail. */
  async function seedReminderPhase() {
    const tag = Math.random().toString(36).slice(2, 8);
    reminder.leadEmail = `cluster.lead.${tag}@hemicycle.test`;
    reminder.coordinatorEmail = `cluster.coordinator.${tag}@hemicycle.test`;
    const parliament = await db.prisma.parliament.findFirstOrThrow({ select: { id: true } });
    const expert = await db.prisma.expert.create({
      data: { name: `Cluster Lead ${tag}`, institution: "Cluster", countryCode: "NA", email: reminder.leadEmail },
    });
    await db.prisma.user.create({
      data: {
        id: `cluster-lead-${tag}`,
        name: `Cluster Lead ${tag}`,
        email: reminder.leadEmail,
        role: "EXPERT",
        expertId: expert.id,
        emailNotificationKinds: ["REPORT_DUE_SOON"],
      },
    });
    const coordinator = await db.prisma.user.create({
      data: {
        id: `cluster-coordinator-${tag}`,
        name: `Cluster Coordinator ${tag}`,
        email: reminder.coordinatorEmail,
        role: "COORDINATOR",
        emailNotificationKinds: ["REPORT_DUE_SOON"],
      },
    });
    const today = todayUtc().getTime();
    await db.prisma.mission.create({
      data: {
        code: `CLU-${tag}`.toUpperCase(),
        title: reminder.missionTitle,
        type: "ASSESSMENT_AND_PLAN",
        parliamentId: parliament.id,
        coordinatorId: coordinator.id,
        phases: {
          create: {
            kind: "ASSESSMENT",
            startDate: new Date(today - 20 * DAY_MS),
            endDate: new Date(today - 10 * DAY_MS),
            status: "DRAFT_REPORT",
            reportDueDate: new Date(today + 2 * DAY_MS),
            team: { create: { expertId: expert.id, role: "LEAD" } },
          },
        },
      },
    });
  }

  it("applied each migration and seeded the demo once although the three instances started together", async () => {
    const expected = readdirSync(join(repoRoot, "prisma", "migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const { rows } = await cluster.sql.query<{ migration_name: string; applied: string; finished: string }>(
      `SELECT migration_name, count(*)::text AS applied, count(finished_at)::text AS finished
         FROM _prisma_migrations WHERE rolled_back_at IS NULL GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(expected);
    expect(rows.filter((r) => r.applied !== "1" || r.finished !== "1")).toEqual([]);
    // And the demo was seeded once, by one of them (SEED_DEMO on each).
    const seeds = await cluster.sql.query(`SELECT id FROM audit_events WHERE action = 'demo.seed'`);
    expect(seeds.rowCount).toBe(1);
    const users = await cluster.sql.query(`SELECT email FROM users WHERE email LIKE '%@hemicycle.test'`);
    expect(users.rows.map((u: { email: string }) => u.email)).toEqual(
      expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.email)),
    );
  });

  it("reads a session made through one instance on each of them", async () => {
    const cookie = await signIn(cluster.url, COORDINATOR, PASSWORD);
    const answeredBy = new Map<string, string>();
    for (let i = 0; i < 9; i++) {
      const requestId = `cluster-session-${i}`;
      const { response, data } = await query(cluster.url, "auth.me", undefined, cookie, requestId);
      expect(response.status).toBe(200);
      expect(data).toMatchObject({ email: COORDINATOR });
      // The id the client sent, through nginx, back in the answer.
      expect(response.headers.get("x-request-id")).toBe(requestId);
      answeredBy.set(requestId, upstreamOf(response));
    }
    expect([...new Set(answeredBy.values())].sort()).toEqual(
      cluster.instances.map((i) => `127.0.0.1:${i.port}`).sort(),
    );
    // Each request is in the log of the instance that answered it, with its id and the
    // instance's (the line reaches the pipe from the process a moment after the answer).
    for (const [requestId, upstream] of answeredBy) {
      const instance = cluster.instances.find((i) => upstream === `127.0.0.1:${i.port}`)!;
      const linesOf = () =>
        instance
          .process!.output()
          .split("\n")
          .filter((line) => line.includes(`"reqId":"${requestId}"`));
      await expect
        .poll(() => linesOf().length, { message: `${requestId} in the log of ${instance.name}` })
        .toBeGreaterThan(0);
      for (const line of linesOf())
        expect(JSON.parse(line)).toMatchObject({ instance: instance.name, reqId: requestId });
    }
    // And on each instance asked directly, past nginx.
    for (const instance of cluster.instances) {
      const { response, data } = await query(instance.url, "auth.me", undefined, cookie);
      expect(response.status, instance.name).toBe(200);
      expect(data).toMatchObject({ email: COORDINATOR });
    }
  });

  it("counts sign-in failures across instances: after five, the right password is refused by each", async () => {
    const answeredBy = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const attempt = await attemptSignIn(cluster.url, THROTTLED, "not the password");
      expect(attempt.status).toBe(401);
      answeredBy.add(attempt.upstream);
    }
    expect(answeredBy.size).toBeGreaterThan(1);
    // The same address (127.0.0.1, nginx's X-Forwarded-For or the socket's) on each instance.
    for (const instance of cluster.instances) {
      const attempt = await attemptSignIn(instance.url, THROTTLED, PASSWORD);
      expect({ instance: instance.name, status: attempt.status, code: attempt.code }).toEqual({
        instance: instance.name,
        status: 429,
        code: "TOO_MANY_REQUESTS",
      });
    }
  });

  /** A roadmap of the lead expert's mission that the coordinator may edit. */
  async function editableRoadmap() {
    return db.prisma.roadmap.findFirstOrThrow({
      where: {
        status: "DRAFT",
        mission: { phases: { some: { team: { some: { expert: { user: { email: LEAD_EXPERT } } } } } } },
      },
      select: { id: true, version: true },
    });
  }

  it("refuses a stale roadmap edit on whichever instance receives it", async () => {
    const cookie = await signIn(cluster.url, COORDINATOR, PASSWORD);
    const roadmap = await editableRoadmap();
    const saved = await callProcedure(
      cluster.url,
      "mutation",
      "roadmaps.update",
      { id: roadmap.id, version: roadmap.version, vision: "Saved first, through nginx." },
      cookie,
    );
    expect(saved.status, JSON.stringify(saved.error)).toBe(200);
    for (const instance of cluster.instances) {
      const stale = await callProcedure(
        instance.url,
        "mutation",
        "roadmaps.update",
        { id: roadmap.id, version: roadmap.version, vision: `Stale, sent to ${instance.name}.` },
        cookie,
      );
      expect({ instance: instance.name, status: stale.status, code: stale.error?.code }).toEqual({
        instance: instance.name,
        status: 409,
        code: "CONFLICT",
      });
    }
    const stored = await db.prisma.roadmap.findUniqueOrThrow({ where: { id: roadmap.id }, select: { vision: true } });
    expect(stored.vision).toBe("Saved first, through nginx.");
  });

  it("tells a live viewer on another instance, and one through nginx, of a change saved through the first", async () => {
    const [writerInstance, viewerInstance] = cluster.instances as [Instance, Instance];
    const viewerCookie = await signIn(cluster.url, LEAD_EXPERT, PASSWORD);
    const writerCookie = await signIn(cluster.url, COORDINATOR, PASSWORD);
    const roadmap = await editableRoadmap();
    const direct = await openFeed(viewerInstance.url, viewerCookie, roadmap.id);
    const proxied = await openFeed(cluster.url, viewerCookie, roadmap.id);
    try {
      for (const feed of [direct, proxied]) {
        expect(feed.response.status).toBe(200);
        expect(await within(feed.next(), 5_000)).toMatchObject({ event: "connected" });
      }
      const notices = [direct.next(), proxied.next()];
      const saved = await callProcedure(
        writerInstance.url,
        "mutation",
        "roadmaps.update",
        { id: roadmap.id, version: roadmap.version, vision: "Saved on the first instance." },
        writerCookie,
      );
      expect(saved.status, JSON.stringify(saved.error)).toBe(200);
      for (const notice of notices) {
        const received = await within(notice, 5_000);
        expect(received).not.toBe("timeout");
        expect(received).toMatchObject({ event: "message" });
        const body = superjson.deserialize<{ kind: string; by: { name: string } }>(
          JSON.parse((received as { data: string }).data) as never,
        );
        expect(body).toMatchObject({ kind: "roadmap", by: { name: "Claire Moreau" } });
      }
    } finally {
      direct.close();
      proxied.close();
    }
  });

  it("loses no acknowledged write when one instance is killed mid-load, and the others keep answering", async () => {
    const cookie = await signIn(cluster.url, COORDINATOR, PASSWORD);
    const victim = cluster.instances[2]!;
    const acknowledged: string[] = [];
    let acknowledgedAfterKill = 0;
    let killedAt = 0;
    let sequence = 0;
    const stopAt = Date.now() + 20_000;
    const worker = async () => {
      while (Date.now() < stopAt && acknowledgedAfterKill < 30) {
        const name = `Cluster load #${sequence++}`;
        const result = await callProcedure(
          cluster.url,
          "mutation",
          "parliaments.create",
          { name, countryCode: "ZZ", region: "SADC", structure: "UNICAMERAL" },
          cookie,
        ).catch(() => null);
        const id = (result?.data as { id?: string } | undefined)?.id;
        if (result?.status === 200 && id) {
          acknowledged.push(id);
          if (killedAt) acknowledgedAfterKill++;
          if (!killedAt && acknowledged.length >= 20) {
            killedAt = Date.now();
            void cluster.kill9(victim);
          }
        } else if (result?.status === 429) {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, worker));
    expect(killedAt, "the instance was never killed: too few writes acknowledged").toBeGreaterThan(0);
    expect(acknowledgedAfterKill, "no write was acknowledged after the kill").toBeGreaterThan(0);

    const { rows } = await cluster.sql.query<{ id: string }>(`SELECT id FROM parliaments WHERE id = ANY($1)`, [
      acknowledged,
    ]);
    const stored = new Set(rows.map((r) => r.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    for (const instance of cluster.instances.filter((i) => i !== victim)) {
      const ready = await fetch(`${instance.url}/ready`);
      expect(ready.status, instance.name).toBe(200);
    }
    // It comes back on its port, and nginx sends it requests again.
    await cluster.start(victim);
    await expect
      .poll(
        async () => {
          const { response } = await query(cluster.url, "auth.me", undefined, cookie);
          return response.status === 200 ? upstreamOf(response) : "";
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBe(`127.0.0.1:${victim.port}`);
  });

  it("restarts one instance cleanly under load: no read fails through nginx, no acknowledged write is lost, its live streams end", async () => {
    const cookie = await signIn(cluster.url, COORDINATOR, PASSWORD);
    const viewerCookie = await signIn(cluster.url, LEAD_EXPERT, PASSWORD);
    const restarting = cluster.instances[1]!;
    const feed = await openFeed(restarting.url, viewerCookie, (await editableRoadmap()).id);
    expect(await within(feed.next(), 5_000)).toMatchObject({ event: "connected" });

    const failedReads: string[] = [];
    const acknowledged: string[] = [];
    let reads = 0;
    let failedWrites = 0;
    let sequence = 0;
    let done = false;
    const failure = (error: unknown) => ({ status: 0, data: undefined, error: { message: String(error) } });
    const writer = async () => {
      while (!done) {
        const name = `Cluster restart #${sequence++}`;
        const input = { name, countryCode: "ZZ", region: "SADC", structure: "UNICAMERAL" };
        const result = await callProcedure(cluster.url, "mutation", "parliaments.create", input, cookie).catch(failure);
        const id = (result.data as { id?: string } | undefined)?.id;
        if (result.status === 200 && id) acknowledged.push(id);
        else if (result.status === 429) await new Promise((r) => setTimeout(r, 100));
        // A write sent on a kept-alive connection the stopping instance closed at that moment
        // comes back 502: nginx does not send a POST twice. Not acknowledged, so not lost.
        else failedWrites++;
      }
    };
    const reader = async () => {
      while (!done) {
        const result = await callProcedure(cluster.url, "query", "auth.me", undefined, cookie).catch(failure);
        if (result.status === 200) reads++;
        else if (result.status === 429) await new Promise((r) => setTimeout(r, 100));
        else failedReads.push(`${result.status} ${JSON.stringify(result.error)}`);
      }
    };
    const load = Promise.all([writer(), writer(), writer(), writer(), reader(), reader(), reader(), reader()]);
    await new Promise((r) => setTimeout(r, 500));
    const ended = within(
      (async () => {
        for (;;) if ((await feed.next()) === "ended") return "ended";
      })(),
      15_000,
    );
    await cluster.restart(restarting);
    await new Promise((r) => setTimeout(r, 500));
    done = true;
    await load;
    feed.close();

    expect(await ended, "the live stream on the stopping instance did not end").toBe("ended");
    expect(failedReads).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);
    const { rows } = await cluster.sql.query<{ id: string }>(`SELECT id FROM parliaments WHERE id = ANY($1)`, [
      acknowledged,
    ]);
    expect(rows).toHaveLength(acknowledged.length);
    if (process.env.HC_CLUSTER_REPORT) {
      console.log({ reads, acknowledgedWrites: acknowledged.length, failedWrites });
    }
  });

  /** The reminders of the test's own phase, by recipient. */
  async function remindersSent() {
    const notices = await db.prisma.notification.findMany({
      where: { kind: "REPORT_DUE_SOON", params: { path: ["mission"], equals: reminder.missionTitle } },
      select: { user: { select: { email: true } } },
    });
    const mails = cluster.mails.filter((mail) => mailText(mail.raw).includes(reminder.missionTitle));
    return {
      notices: notices.map((n) => n.user.email).sort(),
      mails: mails.flatMap((mail) => mail.to).sort(),
    };
  }

  /** Waits for a reminders scan that finished after `since` (pg-boss's job table). */
  async function scanFinishedAfter(since: Date) {
    await expect
      .poll(
        async () => {
          const { rows } = await cluster.sql.query<{ n: string }>(
            `SELECT count(*)::text AS n FROM pgboss.job
              WHERE name = 'reminders.scan' AND state = 'completed' AND completed_on > $1`,
            [since],
          );
          return Number(rows[0]?.n ?? 0);
        },
        { timeout: 90_000, interval: 500 },
      )
      .toBeGreaterThan(0);
  }

  it(
    "tells a reminder due now once per recipient, with one e-mail each, and not again after an instance restarts",
    { timeout: 240_000 },
    async () => {
      // The phase's lead and the mission's coordinator (docs/notifications.md), each once,
      // and an e-mail to each, since both chose this kind by e-mail.
      const expected = [reminder.coordinatorEmail, reminder.leadEmail].sort();
      await expect
        .poll(async () => (await remindersSent()).mails, { timeout: 90_000, interval: 500 })
        .toEqual(expected);
      expect((await remindersSent()).notices).toEqual(expected);

      const restartedAt = new Date();
      await cluster.restart(cluster.instances[0]!);
      await scanFinishedAfter(restartedAt);
      // Any e-mail the scan would have caused has had time to go.
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await remindersSent()).toEqual({ notices: expected, mails: expected });
    },
  );
});
