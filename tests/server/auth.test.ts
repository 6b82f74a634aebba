// Signing in and out through the real router and real better-auth sessions: the cookie,
// what the caller learns, throttling of password guessing, revocation on logout and on
// deactivation, and password hashes that never leave the server.
import type { SessionUser } from "@hemicycle/server/context";
import { createCaller } from "@hemicycle/server/router";
import { resolveSessionUser } from "@hemicycle/server/services/auth";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createParliament, createUser } from "../factories/records.ts";
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
  // Delays of milliseconds rather than seconds: the rules are the same.
  resetSignInThrottle({ settings: { baseDelayMs: 5, maxDelayMs: 20 } });
});

/** Signs in as a browser would, from `ip`; returns the answer and the Set-Cookie headers. */
async function login(email: string, password: string, ip = "192.0.2.10") {
  const ctx = contextFor(db(), null, { ip });
  const user = await createCaller(ctx).auth.login({ email, password });
  return { user, setCookies: ctx.cookies, ctx };
}

/** `name=value` of the session cookie among Set-Cookie headers, as the browser sends it back. */
function sessionCookie(setCookies: string[]): string {
  const header = setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error(`No ${SESSION_COOKIE} cookie in ${JSON.stringify(setCookies)}`);
  return header.split(";")[0]!;
}

/** Who the HTTP layer would see behind this cookie. */
function resolve(cookie: string) {
  const { auth } = contextFor(db(), null);
  return resolveSessionUser(prisma(), auth, new Headers({ cookie }));
}

const sessionsOf = (userId: string) => prisma().session.count({ where: { userId } });

describe("auth.login", () => {
  it("sets an httpOnly, SameSite=Lax session cookie and answers who signed in, without any secret", async () => {
    const parliament = await createParliament(db());
    const staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: parliament.id, password: PASSWORD });

    const { user, setCookies } = await login(staff.email, PASSWORD);
    expect(user).toEqual({
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: "PARLIAMENT_STAFF",
      parliamentId: parliament.id,
      expertId: null,
      language: null,
    });
    expect(JSON.stringify(user)).not.toMatch(/password|hash|argon/i);

    const header = setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(header).toBeDefined();
    const attributes = header!.split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    expect(sessionCookie(setCookies).length).toBeGreaterThan(SESSION_COOKIE.length + 20);

    expect(await resolve(sessionCookie(setCookies))).toEqual(user);
    expect(await sessionsOf(staff.id)).toBe(1);
  });

  it("accepts the e-mail address in any case", async () => {
    const expert = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const { user } = await login(expert.email.toUpperCase(), PASSWORD);
    expect(user.id).toBe(expert.id);
  });

  it("answers a wrong password exactly as an unknown e-mail address, and opens no session", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const wrongPassword = await appErrorOf(login(user.email, "not the password"));
    const unknownEmail = await appErrorOf(login("nobody@example.test", PASSWORD));
    expect(wrongPassword).toMatchObject({ trpcCode: "UNAUTHORIZED", reason: "INVALID_CREDENTIALS" });
    expect(unknownEmail).toMatchObject({ trpcCode: "UNAUTHORIZED", reason: "INVALID_CREDENTIALS" });
    expect(wrongPassword.message).toEqual(unknownEmail.message);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it("records a failed sign-in in the audit log, naming the account only if it exists, never the password or e-mail", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    await appErrorOf(login(user.email, "a wrong guess", "192.0.2.201"));
    await appErrorOf(login("nobody.known@example.test", "another guess", "192.0.2.201"));
    const events = await prisma().auditEvent.findMany({
      where: { action: "auth.loginFailed", after: { path: ["ip"], equals: "192.0.2.201" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { actorId: true, entityType: true, entityId: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: null,
        entityType: "user",
        entityId: user.id,
        after: { reason: "INVALID_CREDENTIALS", ip: "192.0.2.201" },
      },
      { actorId: null, entityType: "user", entityId: "", after: { reason: "INVALID_CREDENTIALS", ip: "192.0.2.201" } },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/guess|nobody/);
  });

  it("refuses input that is not an e-mail address and an empty password", async () => {
    const notEmail = await rejection(login("not-an-email", PASSWORD));
    expect(notEmail.code).toBe("BAD_REQUEST");
    expect(issuePaths(notEmail)).toEqual(["email"]);
    const emptyPassword = await rejection(login(admin.email, ""));
    expect(emptyPassword.code).toBe("BAD_REQUEST");
    expect(issuePaths(emptyPassword)).toEqual(["password"]);
  });

  it("refuses an inactive account with the same answer as a wrong password", async () => {
    const inactive = await createUser(db(), { role: "EXPERT", password: PASSWORD, active: false });
    const error = await appErrorOf(login(inactive.email, PASSWORD));
    expect(error).toMatchObject({ trpcCode: "UNAUTHORIZED", reason: "INVALID_CREDENTIALS" });
    expect(error.message).toEqual({ code: "invalidCredentials" });
    expect(await sessionsOf(inactive.id)).toBe(0);
  });
});

describe("sign-in throttling", () => {
  it("after 5 failures for one e-mail from one address refuses even the right password, from that address only", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(login(user.email, `wrong ${attempt}`, "198.51.100.7")).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    const throttled = await appErrorOf(login(user.email, PASSWORD, "198.51.100.7"));
    expect(throttled).toMatchObject({ trpcCode: "TOO_MANY_REQUESTS", reason: "SIGN_IN_THROTTLED" });
    expect(throttled.details?.retryAfter).toBeGreaterThan(0);
    expect(await sessionsOf(user.id)).toBe(0);

    // Another address, and another account from the same address, may still sign in.
    expect((await login(user.email, PASSWORD, "198.51.100.8")).user.id).toBe(user.id);
    expect((await login(admin.email, PASSWORD, "198.51.100.7")).user.id).toBe(admin.id);
    // …while this account from the throttled address is still refused.
    await expect(login(user.email, PASSWORD, "198.51.100.7")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  // The account's growing delays, bounded waiting and the absence of any lockout are in
  // sign-in-throttle.test.ts.
  it("never locks an account: after 20 failures from 20 addresses the right password still gets in", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    for (let i = 1; i <= 20; i++) {
      await expect(login(user.email, "wrong", `198.18.0.${i}`)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    expect((await login(user.email, PASSWORD, "198.18.1.1")).user.id).toBe(user.id);
    expect(await sessionsOf(user.id)).toBe(1);
  });

  it("forgets the failures after a successful sign-in", async () => {
    const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(login(user.email, "wrong", "203.0.113.5")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    await login(user.email, PASSWORD, "203.0.113.5");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(login(user.email, "wrong", "203.0.113.5")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    expect((await login(user.email, PASSWORD, "203.0.113.5")).user.id).toBe(user.id);
  });
});

describe("sessions", () => {
  it("auth.me answers UNAUTHORIZED without a session, and the user with one", async () => {
    await expect(callerFor(db(), null).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const { user, setCookies } = await login(admin.email, PASSWORD);
    const resolved = await resolve(sessionCookie(setCookies));
    expect(await callerFor(db(), resolved).auth.me()).toEqual(user);
  });

  it("logout revokes the session: the old cookie no longer resolves", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const { setCookies } = await login(user.email, PASSWORD);
    const cookie = sessionCookie(setCookies);
    expect((await resolve(cookie))?.id).toBe(user.id);

    const ctx = contextFor(db(), await resolve(cookie), { cookie });
    expect(await createCaller(ctx).auth.logout()).toEqual({ ok: true });
    // The browser is told to drop the cookie…
    const cleared = ctx.cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cleared).toMatch(/max-age=0/i);
    // …and the server no longer honours it, should it come back.
    expect(await resolve(cookie)).toBeNull();
    expect(await sessionsOf(user.id)).toBe(0);

    // Both ends of the session are in the audit log, by the user themselves.
    const events = await db().prisma.auditEvent.findMany({
      where: { entityType: "user", entityId: user.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, actorRole: true },
    });
    expect(events).toEqual([
      { action: "auth.login", actorId: user.id, actorRole: "EXPERT" },
      { action: "auth.logout", actorId: user.id, actorRole: "EXPERT" },
    ]);
  });

  it("logout without a session is still a success", async () => {
    expect(await callerFor(db(), null).auth.logout()).toEqual({ ok: true });
  });

  it("does not honour the session of an account deactivated behind the application's back", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const cookie = sessionCookie((await login(user.email, PASSWORD)).setCookies);
    await prisma().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolve(cookie)).toBeNull();
  });

  it("ends every session of a user an admin deactivates or moves to another role", async () => {
    const user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
    const laptop = sessionCookie((await login(user.email, PASSWORD, "192.0.2.20")).setCookies);
    const phone = sessionCookie((await login(user.email, PASSWORD, "192.0.2.21")).setCookies);
    expect(await sessionsOf(user.id)).toBe(2);

    const updated = await callerFor(db(), admin).users.update({ id: user.id, version: 1, active: false });
    expect(updated).toMatchObject({ active: false, version: 2 });
    expect(await resolve(laptop)).toBeNull();
    expect(await resolve(phone)).toBeNull();
    expect(await sessionsOf(user.id)).toBe(0);

    const other = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
    const cookie = sessionCookie((await login(other.email, PASSWORD)).setCookies);
    await callerFor(db(), admin).users.update({ id: other.id, version: 1, role: "EXPERT" });
    expect(await resolve(cookie)).toBeNull();
  });
});

describe("password hashes", () => {
  it("never appear in users.list nor in users.create's answer", async () => {
    const created = await callerFor(db(), admin).users.create({
      name: "Listed User",
      email: "listed.user@example.test",
      password: "a long enough password",
      role: "COORDINATOR",
    });
    expect(JSON.stringify(created)).not.toMatch(/argon2|password/i);

    const hashes = (await prisma().account.findMany({ select: { password: true } }))
      .map((a) => a.password!)
      .filter(Boolean);
    expect(hashes.length).toBeGreaterThanOrEqual(2);
    const list = await callerFor(db(), admin).users.list({ limit: 100 });
    expect(list.items.map((u) => u.id)).toContain(created.id);
    const serialized = JSON.stringify(list);
    expect(serialized).not.toMatch(/argon2|password/i);
    for (const hash of hashes) expect(serialized).not.toContain(hash);
  });
});

describe("the session cookie over HTTP", () => {
  /** Signs in through the HTTP app configured with `env`; answers the session cookie's attributes. */
  async function cookieFrom(env: Record<string, string>, headers: Record<string, string> = {}) {
    const { buildApp } = await import("@hemicycle/server/http/app");
    const { loadConfig } = await import("@hemicycle/server/config");
    const { createAuth } = await import("@hemicycle/server/auth/better-auth");
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: "/nonexistent", ...env });
    const auth = createAuth({
      prisma: prisma(),
      secret: "cookie-test-secret-cookie-test-0123456",
      baseURL: config.publicUrl,
    });
    const app = await buildApp({ config, db: db(), auth });
    try {
      const response = await app.inject({
        method: "POST",
        url: "/trpc/auth.login",
        headers: { "content-type": "application/json", ...headers },
        payload: JSON.stringify({ json: { email: admin.email, password: PASSWORD } }),
      });
      expect(response.statusCode).toBe(200);
      const header = [response.headers["set-cookie"] ?? []]
        .flat()
        .map(String)
        .find((c) => /^(__Secure-)?hemicycle\.session_token=/.test(c));
      expect(header).toBeDefined();
      const [nameValue, ...attributes] = header!.split(";").map((part) => part.trim());
      return { name: nameValue!.split("=")[0], attributes: attributes.map((a) => a.toLowerCase()) };
    } finally {
      await app.close();
    }
  }

  it("is HttpOnly, SameSite=Lax and Secure (with the __Secure- prefix) when PUBLIC_URL is https", async () => {
    const cookie = await cookieFrom({ PUBLIC_URL: "https://hemicycle.example.org" });
    expect(cookie.name).toBe("__Secure-hemicycle.session_token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/"]));
  });

  it("is Secure behind a trusted proxy that ended HTTPS, the app itself hearing plain HTTP", async () => {
    const cookie = await cookieFrom(
      { PUBLIC_URL: "https://hemicycle.example.org", TRUST_PROXY: "1" },
      { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7", origin: "https://hemicycle.example.org" },
    );
    expect(cookie.name).toBe("__Secure-hemicycle.session_token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure"]));
  });

  it("is HttpOnly and SameSite=Lax but not Secure on plain-HTTP localhost, where a browser would not send it back", async () => {
    const cookie = await cookieFrom({});
    expect(cookie.name).toBe("hemicycle.session_token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax"]));
    expect(cookie.attributes).not.toContain("secure");
  });
});
