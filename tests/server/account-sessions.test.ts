// A user's own sessions and password (issue 9, "Sessions and accounts"): listing and
// ending sessions, changing one's password, sessions ended by an admin, the idle and
// absolute lifetimes, and the Argon2id parameters of stored hashes.
import { createAuth, type SessionLifetimes } from "@hemicycle/server/auth/better-auth";
import type { SessionUser } from "@hemicycle/server/context";
import { createCaller } from "@hemicycle/server/router";
import { resolveSessionUser } from "@hemicycle/server/services/auth";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createUser } from "../factories/records.ts";
import { callerFor, contextFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

const PASSWORD = "correct horse battery staple";
const SESSION_COOKIE = "hemicycle.session_token";

let admin: SessionUser;

beforeAll(async () => {
  admin = await createUser(db(), { role: "ADMIN", password: PASSWORD });
});

beforeEach(() => {
  resetSignInThrottle();
});

afterEach(() => {
  vi.useRealTimers();
});

type Auth = ReturnType<typeof createAuth>;

const authWith = (sessionLifetimes?: SessionLifetimes): Auth =>
  createAuth({
    prisma: prisma(),
    secret: "test-secret-test-secret-test-secret-0123",
    baseURL: "http://localhost:3000",
    ...(sessionLifetimes ? { sessionLifetimes } : {}),
  });

/** Signs in as a browser would, from `ip` with a user agent; returns the session cookie (`name=value`). */
async function signIn(email: string, password: string, options: { ip?: string; device?: string; auth?: Auth } = {}) {
  const ctx = contextFor(db(), null, { ip: options.ip ?? "192.0.2.10" });
  ctx.headers.set("user-agent", options.device ?? "Firefox on a laptop");
  await createCaller({ ...ctx, ...(options.auth ? { auth: options.auth } : {}) }).auth.login({ email, password });
  const header = ctx.cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error("no session cookie");
  return header.split(";")[0]!;
}

/** Who the HTTP layer sees behind a cookie. */
function resolve(cookie: string, auth: Auth = authWith()) {
  return resolveSessionUser(prisma(), auth, new Headers({ cookie }));
}

/** A caller as the HTTP layer builds it for a request carrying this cookie. */
async function callerWith(cookie: string, ip = "192.0.2.10") {
  const user = await resolve(cookie);
  if (!user) throw new Error("the cookie resolves to no one");
  return createCaller(contextFor(db(), user, { cookie, ip }));
}

const sessionsOf = (userId: string) => prisma().session.count({ where: { userId } });

describe("auth.sessions", () => {
  it("lists the caller's own sessions, the current one first and marked, with device, address and times, never the token", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const laptop = await signIn(user.email, PASSWORD, { ip: "192.0.2.20", device: "Firefox on a laptop" });
    await signIn(user.email, PASSWORD, { ip: "192.0.2.21", device: "Safari on a phone" });
    await signIn(admin.email, PASSWORD);

    const sessions = await (await callerWith(laptop)).auth.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ current: true, ipAddress: "192.0.2.20", userAgent: "Firefox on a laptop" });
    expect(sessions[1]).toMatchObject({ current: false, ipAddress: "192.0.2.21", userAgent: "Safari on a phone" });
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual(
        ["createdAt", "current", "expiresAt", "id", "ipAddress", "lastSeenAt", "userAgent"].sort(),
      );
      expect(session.createdAt).toBeInstanceOf(Date);
      expect(session.lastSeenAt).toBeInstanceOf(Date);
    }
    const tokens = await prisma().session.findMany({ where: { userId: user.id }, select: { token: true } });
    for (const { token } of tokens) expect(JSON.stringify(sessions)).not.toContain(token);
  });

  it("answers UNAUTHORIZED without a session", async () => {
    expect((await rejection(callerFor(db(), null).auth.sessions())).code).toBe("UNAUTHORIZED");
  });
});

describe("auth.revokeSession and auth.revokeOtherSessions", () => {
  it("ends one of the caller's sessions: its cookie stops working, the others go on; audited", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const laptop = await signIn(user.email, PASSWORD, { device: "laptop" });
    const phone = await signIn(user.email, PASSWORD, { device: "phone" });
    const caller = await callerWith(laptop);
    const phoneSession = (await caller.auth.sessions()).find((s) => !s.current)!;

    expect(await caller.auth.revokeSession({ id: phoneSession.id })).toEqual({ ok: true });
    expect(await resolve(phone)).toBeNull();
    expect((await resolve(laptop))?.id).toBe(user.id);
    expect(await sessionsOf(user.id)).toBe(1);
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "auth.revokeSession" },
      select: { actorId: true, before: true },
    });
    expect(event).toMatchObject({ actorId: user.id, before: { sessionId: phoneSession.id } });
  });

  it("answers NOT_FOUND for another user's session, even to an admin, and leaves it alone", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const theirs = await signIn(user.email, PASSWORD);
    const [session] = await prisma().session.findMany({ where: { userId: user.id }, select: { id: true } });
    const adminCaller = await callerWith(await signIn(admin.email, PASSWORD));
    const refused = await appErrorOf(adminCaller.auth.revokeSession({ id: session!.id }));
    expect(refused).toMatchObject({ trpcCode: "NOT_FOUND", reason: "NOT_FOUND" });
    expect((await rejection(adminCaller.auth.revokeSession({ id: "no-such-session" }))).code).toBe("NOT_FOUND");
    expect((await resolve(theirs))?.id).toBe(user.id);
  });

  it("ends every other session of the caller and keeps the current one", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const here = await signIn(user.email, PASSWORD);
    const elsewhere = [await signIn(user.email, PASSWORD), await signIn(user.email, PASSWORD)];
    const bystander = await signIn(admin.email, PASSWORD);

    expect(await (await callerWith(here)).auth.revokeOtherSessions()).toEqual({ revoked: 2 });
    expect((await resolve(here))?.id).toBe(user.id);
    for (const cookie of elsewhere) expect(await resolve(cookie)).toBeNull();
    expect((await resolve(bystander))?.id).toBe(admin.id);
    expect(await prisma().auditEvent.count({ where: { entityId: user.id, action: "auth.revokeOtherSessions" } })).toBe(
      1,
    );
  });
});

describe("auth.changePassword", () => {
  it("needs the current password, ends the other sessions, keeps this one, and logs the change without the password", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const here = await signIn(user.email, PASSWORD);
    const other = await signIn(user.email, PASSWORD);

    const result = await (
      await callerWith(here)
    ).auth.changePassword({
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
    });
    expect(result).toEqual({ ok: true, revoked: 1 });
    expect((await resolve(here))?.id).toBe(user.id);
    expect(await resolve(other)).toBeNull();
    await expect(signIn(user.email, PASSWORD)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await signIn(user.email, "a brand new passphrase")).toContain(SESSION_COOKIE);

    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "auth.changePassword" },
      select: { actorId: true, after: true },
    });
    expect(event).toMatchObject({ actorId: user.id, after: { passwordChanged: true, sessionsEnded: 1 } });
    expect(JSON.stringify(event.after)).not.toMatch(/brand new|horse/);
  });

  it("refuses a wrong current password with a field error, and changes nothing", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const here = await signIn(user.email, PASSWORD);
    const other = await signIn(user.email, PASSWORD);
    const refused = await appErrorOf(
      (await callerWith(here)).auth.changePassword({
        currentPassword: "not my password",
        newPassword: "whatever it is 123",
      }),
    );
    expect(refused).toMatchObject({
      trpcCode: "BAD_REQUEST",
      fieldErrors: { currentPassword: ["wrongCurrentPassword"] },
    });
    expect((await resolve(other))?.id).toBe(user.id);
    expect(await signIn(user.email, PASSWORD)).toContain(SESSION_COOKIE);
  });

  it("holds the new password to the password rule", async () => {
    const here = await signIn(admin.email, PASSWORD);
    const refused = await rejection(
      (await callerWith(here)).auth.changePassword({ currentPassword: PASSWORD, newPassword: "short" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(issuePaths(refused)).toEqual(["newPassword"]);
  });

  it("counts wrong current passwords like failed sign-ins: the sixth try is throttled, even with the right one", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const caller = await callerWith(await signIn(user.email, PASSWORD, { ip: "198.51.100.30" }), "198.51.100.30");
    for (let i = 0; i < 5; i++) {
      const wrong = caller.auth.changePassword({
        currentPassword: `guess ${i}`,
        newPassword: "a brand new passphrase",
      });
      await expect(wrong).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const throttled = await appErrorOf(
      caller.auth.changePassword({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" }),
    );
    expect(throttled).toMatchObject({ trpcCode: "TOO_MANY_REQUESTS", reason: "SIGN_IN_THROTTLED" });
  });
});

describe("sessions an admin ends", () => {
  it("ends the sessions of a user the admin disables, or whose role the admin changes", async () => {
    const disabled = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const moved = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const disabledCookie = await signIn(disabled.email, PASSWORD);
    const movedCookie = await signIn(moved.email, PASSWORD);
    const adminCaller = callerFor(db(), admin);

    await adminCaller.users.update({ id: disabled.id, version: 1, active: false });
    await adminCaller.users.update({ id: moved.id, version: 1, role: "EXPERT" });
    expect(await resolve(disabledCookie)).toBeNull();
    expect(await resolve(movedCookie)).toBeNull();
    expect(await sessionsOf(disabled.id)).toBe(0);
    expect(await sessionsOf(moved.id)).toBe(0);
  });
});

describe("session lifetimes", () => {
  const lifetimes = { idleSeconds: 600, absoluteSeconds: 3600 };
  const start = new Date("2031-03-02T08:00:00Z");
  const at = (seconds: number) => vi.setSystemTime(new Date(start.getTime() + seconds * 1000));

  it("ends a session left unused for the idle lifetime; each use pushes the end further", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at(0);
    const auth = authWith(lifetimes);
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const cookie = await signIn(user.email, PASSWORD, { auth });
    at(300);
    expect((await resolve(cookie, auth))?.id).toBe(user.id); // used: now ends at 900 s
    at(850);
    expect((await resolve(cookie, auth))?.id).toBe(user.id); // would have ended at 600 s without the use
    at(850 + 601);
    expect(await resolve(cookie, auth)).toBeNull();
  });

  it("ends a session at the absolute lifetime however much it is used", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at(0);
    const auth = authWith(lifetimes);
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const cookie = await signIn(user.email, PASSWORD, { auth });
    for (let t = 500; t < 3600; t += 500) {
      at(t);
      expect((await resolve(cookie, auth))?.id).toBe(user.id);
    }
    at(3600);
    expect(await resolve(cookie, auth)).toBeNull();
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it("reads both lifetimes from the environment, with a working day idle and a week at most by default", async () => {
    const { loadConfig } = await import("@hemicycle/server/config");
    expect(loadConfig({ NODE_ENV: "test" }).sessionLifetimes).toEqual({
      idleSeconds: 12 * 3600,
      absoluteSeconds: 7 * 24 * 3600,
    });
    expect(
      loadConfig({ NODE_ENV: "test", SESSION_IDLE_MINUTES: "30", SESSION_MAX_HOURS: "10" }).sessionLifetimes,
    ).toEqual({ idleSeconds: 1800, absoluteSeconds: 36_000 });
    expect(() => loadConfig({ NODE_ENV: "test", SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});

describe("password hashes", () => {
  it("are Argon2id with at least OWASP's parameters (19 MiB, 2 passes, 1 lane)", async () => {
    const created = await callerFor(db(), admin).users.create({
      name: "Hashed User",
      email: "hashed.user@example.test",
      password: "a long enough password",
      role: "COORDINATOR",
    });
    const { password } = await prisma().account.findFirstOrThrow({
      where: { userId: created.id, providerId: "credential" },
      select: { password: true },
    });
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(password ?? "");
    expect(match, `unexpected hash format: ${password?.slice(0, 30)}`).not.toBeNull();
    const [, m, t, p] = match!.map(Number);
    expect(m).toBeGreaterThanOrEqual(19456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBeGreaterThanOrEqual(1);
  });
});
