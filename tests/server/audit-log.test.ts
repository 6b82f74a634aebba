// The admin view of the audit log (docs/security.md, "Audit log"): audit.list resolves the
// names its sentences need for a whole page at once (a fixed number of statements whatever
// the page's size), filters by person, record, action and days, audit.actors lists the
// people it names, and GET /export/audit.csv writes the filtered view as CSV (401, 404 for
// someone who may not read the log, 400, no-store, formula-safe cells, same origin only).
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AUDIT_ACTIONS } from "@hemicycle/shared/audit-actions";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import type { SessionUser } from "@hemicycle/server/context";
import { loadConfig } from "@hemicycle/server/config";
import { AUDIT_CSV_COLUMNS } from "@hemicycle/server/exports/audit-csv";
import { buildApp } from "@hemicycle/server/http/app";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { listAuditEvents } from "@hemicycle/server/services/audit-list";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { statementCountingClient } from "../helpers/statement-counter.ts";
import { rejection } from "../helpers/trpc-errors.ts";
import { signInOverHttp } from "../helpers/http-session.ts";
import es from "../../shared/locales/es.json" with { type: "json" };

const db = useTestDatabase();
const prisma = () => db().prisma;

type App = Awaited<ReturnType<typeof buildApp>>;
let app: App;
let coordinator: SessionUser;
const cookies = new Map<string, string>();

const signIn = (email: string) => signInOverHttp(app, email);

beforeAll(async () => {
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  const dataDir = await mkdtemp(join(tmpdir(), "hc-audit-log-test-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: prisma(),
    secret: "audit-test-secret-audit-test-secret-0123",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  resetSignInThrottle();
  for (const email of ["coordinator@hemicycle.test", "expert@hemicycle.test"]) {
    cookies.set(email.split("@")[0]!, await signIn(email));
  }
  coordinator = await sessionUserByEmail(db(), "coordinator@hemicycle.test");
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe("audit.list", () => {
  it("names the actor, the record, the phase and the expert of an assignment, as stored", async () => {
    const page = await callerFor(db(), coordinator).audit.list({ action: "phase.assignExpert", limit: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const event of page.items) {
      const assignment = await prisma().assignment.findUniqueOrThrow({
        where: { id: event.entityId },
        select: {
          expert: { select: { name: true } },
          phase: { select: { kind: true, mission: { select: { title: true } } } },
        },
      });
      expect(event.words).toEqual({
        entity: assignment.phase.mission.title,
        phase: assignment.phase.kind,
        expert: assignment.expert.name,
      });
      expect(event.actor?.name).toBeTruthy();
    }
  });

  it("names missions, findings and users by their title or name", async () => {
    const as = callerFor(db(), coordinator);
    const [mission] = (await as.audit.list({ action: "mission.create", limit: 1 })).items;
    expect(mission!.words.entity).toBe(
      (await prisma().mission.findUniqueOrThrow({ where: { id: mission!.entityId }, select: { title: true } })).title,
    );
    const [finding] = (await as.audit.list({ action: "finding.create", limit: 1 })).items;
    expect(finding!.words.entity).toBe(
      (await prisma().finding.findUniqueOrThrow({ where: { id: finding!.entityId }, select: { title: true } })).title,
    );
    const [login] = (await as.audit.list({ action: "auth.login", limit: 1 })).items;
    expect(login!.words.entity).toBe(login!.actor!.name);
  });

  it("resolves a page's names with one statement per kind of record, whatever the page's size", async () => {
    const { client, counter } = statementCountingClient(db());
    try {
      const statements = async (limit: number) => {
        counter.statements = 0;
        const page = await listAuditEvents(client, { limit });
        expect(page.items).toHaveLength(limit);
        return counter.statements;
      };
      // The page, the assignments, then at most one query per other kind of record (11):
      // never one per event.
      expect(await statements(3)).toBeLessThanOrEqual(13);
      expect(await statements(100)).toBeLessThanOrEqual(13);
    } finally {
      await client.$disconnect();
    }
  });

  it("filters by person, action, record and days, each alone and together", async () => {
    const as = callerFor(db(), coordinator);
    const all = await prisma().auditEvent.findMany({
      select: { actorId: true, action: true, entityType: true, entityId: true, createdAt: true },
    });

    const byPerson = await as.audit.list({ actorId: coordinator.id, limit: 100 });
    expect(byPerson.items.length).toBe(Math.min(100, all.filter((e) => e.actorId === coordinator.id).length));
    expect(byPerson.items.every((e) => e.actor?.id === coordinator.id)).toBe(true);

    const byAction = await as.audit.list({ action: "finding.setStatus", limit: 100 });
    expect(byAction.items.length).toBeGreaterThan(0);
    expect(byAction.items.every((e) => e.action === "finding.setStatus")).toBe(true);

    const one = all.find((e) => e.entityType === "finding")!;
    const byRecord = await as.audit.list({ entityType: "finding", entityId: one.entityId, limit: 100 });
    expect(byRecord.items.length).toBe(
      all.filter((e) => e.entityType === "finding" && e.entityId === one.entityId).length,
    );

    const day = one.createdAt.toISOString().slice(0, 10);
    const onThatDay = all.filter((e) => e.createdAt.toISOString().slice(0, 10) === day);
    const byDay = await as.audit.list({ from: day, to: day, limit: 100 });
    expect(byDay.items.length).toBe(Math.min(100, onThatDay.length));
    expect(byDay.items.every((e) => e.createdAt.toISOString().slice(0, 10) === day)).toBe(true);

    const together = await as.audit.list({ actorId: coordinator.id, action: "mission.create", to: day, limit: 100 });
    expect(together.items.every((e) => e.actor?.id === coordinator.id && e.action === "mission.create")).toBe(true);

    expect((await rejection(as.audit.list({ action: "mission.explode" as never }))).code).toBe("BAD_REQUEST");
    expect((await rejection(as.audit.list({ from: "2026-02-30" }))).code).toBe("BAD_REQUEST");
  });

  it("lists the people it names as actors, for the filter", async () => {
    const actors = await callerFor(db(), coordinator).audit.actors();
    expect(actors).toContainEqual({ id: coordinator.id, name: coordinator.name });
    const withEvents = await prisma().user.count({ where: { auditEvents: { some: {} } } });
    expect(actors).toHaveLength(withEvents);
  });

  it("only writes action codes it has a sentence for", async () => {
    const written = await prisma().auditEvent.findMany({ distinct: ["action"], select: { action: true } });
    for (const { action } of written) expect(AUDIT_ACTIONS).toContain(action);
  });
});

describe("GET /export/audit.csv", () => {
  const download = (query: Record<string, string> = {}, as?: string, headers: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString();
    return app.inject({
      method: "GET",
      url: `/export/audit.csv${search ? `?${search}` : ""}`,
      headers: { ...(as ? { cookie: cookies.get(as)! } : {}), ...headers },
    });
  };

  it("refuses without a session (401), to someone who may not read the log (404) and a bad filter (400)", async () => {
    expect((await download()).statusCode).toBe(401);
    expect((await download({}, "expert")).statusCode).toBe(404);
    expect((await download({ action: "nope" }, "coordinator")).statusCode).toBe(400);
    expect((await download({ extra: "1" }, "coordinator")).statusCode).toBe(400);
    const foreign = await download({}, "coordinator", { origin: "https://evil.example" });
    expect(foreign.statusCode).toBe(403);
  });

  it("writes the filtered view, never cached, with formula-safe cells", async () => {
    // A record whose name a spreadsheet would run as a formula.
    const mission = await prisma().mission.findFirstOrThrow({ select: { id: true } });
    await prisma().mission.update({ where: { id: mission.id }, data: { title: '=HYPERLINK("http://x")' } });

    const response = await download({ entityType: "mission", entityId: mission.id }, "coordinator");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.body.startsWith("\uFEFF")).toBe(true);
    const lines = response.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(Object.values(AUDIT_CSV_COLUMNS).join(","));
    const expected = await prisma().auditEvent.count({ where: { entityType: "mission", entityId: mission.id } });
    expect(lines).toHaveLength(expected + 1);
    expect(lines.slice(1).every((line) => line.includes("'=HYPERLINK"))).toBe(true);
    expect(response.body).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const byAction = await download({ action: "finding.setStatus", from: "2000-01-01" }, "coordinator");
    const rows = byAction.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .slice(1);
    expect(rows.length).toBe(await prisma().auditEvent.count({ where: { action: "finding.setStatus" } }));
  });

  it("words the header, the roles and the record types in the reader's language, codes as stored", async () => {
    const response = await download({ action: "finding.setStatus", from: "2000-01-01" }, "coordinator", {
      "accept-language": "es",
    });
    const [header, first] = response.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe(Object.values(es.translation.auditLog.csv).join(","));
    expect(first).toContain(`,finding.setStatus,${es.translation.auditLog.entityTypes.finding},`);
    const roles = Object.values(es.translation.role);
    expect(roles.some((role) => first!.includes(`,${role},`))).toBe(true);
  });
});
