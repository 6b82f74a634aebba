// A user's own language (issue 11, "Languages"): auth.setLanguage stores it, the session
// carries it from then on (sign-in, the cookie's next request, auth.me), and the audit log
// records the change.
import type { SessionUser } from "@hemicycle/server/context";
import { createCaller } from "@hemicycle/server/router";
import { resolveSessionUser } from "@hemicycle/server/services/auth";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { callerFor, contextFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

const PASSWORD = "correct horse battery staple";
const SESSION_COOKIE = "hemicycle.session_token";

let user: SessionUser;

beforeAll(async () => {
  user = await createUser(db(), { role: "EXPERT", password: PASSWORD });
});

beforeEach(() => {
  resetSignInThrottle();
});

async function signIn() {
  const ctx = contextFor(db(), null);
  const signedIn = await createCaller(ctx).auth.login({ email: user.email, password: PASSWORD });
  const header = ctx.cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error("no session cookie");
  return { signedIn, cookie: header.split(";")[0]! };
}

const resolve = (cookie: string) => resolveSessionUser(prisma(), contextFor(db(), null).auth, new Headers({ cookie }));

describe("auth.setLanguage", () => {
  it("stores the caller's language, which the session then carries; null follows the browser again", async () => {
    const { signedIn, cookie } = await signIn();
    expect(signedIn.language).toBeNull();
    expect(await callerFor(db(), signedIn).auth.setLanguage({ language: "ar" })).toEqual({ language: "ar" });

    const resolved = await resolve(cookie);
    expect(resolved?.language).toBe("ar");
    expect((await callerFor(db(), resolved).auth.me()).language).toBe("ar");
    expect((await callerFor(db(), resolved).auth.session())?.language).toBe("ar");
    expect((await signIn()).signedIn.language).toBe("ar");

    await callerFor(db(), resolved).auth.setLanguage({ language: null });
    expect((await resolve(cookie))?.language).toBeNull();
  });

  it("records the change in the audit log, and nothing when the language does not change", async () => {
    const caller = callerFor(db(), user);
    await caller.auth.setLanguage({ language: "fr" });
    await caller.auth.setLanguage({ language: "fr" });
    await caller.auth.setLanguage({ language: "es" });
    const rows = await prisma().auditEvent.findMany({
      where: { action: "auth.setLanguage", entityId: user.id },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, before: true, after: true },
    });
    expect(rows.slice(-2)).toEqual([
      { actorId: user.id, before: { language: null }, after: { language: "fr" } },
      { actorId: user.id, before: { language: "fr" }, after: { language: "es" } },
    ]);
  });

  it("refuses a language Hemicycle does not speak, and a caller who is not signed in", async () => {
    const error = await rejection(callerFor(db(), user).auth.setLanguage({ language: "de" as "fr" }));
    expect(issuePaths(error)).toEqual(["language"]);
    await expect(callerFor(db(), null).auth.setLanguage({ language: "fr" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("reads a stored value the app no longer speaks as no choice", async () => {
    await prisma().user.update({ where: { id: user.id }, data: { language: "de" } });
    const { signedIn, cookie } = await signIn();
    expect(signedIn.language).toBeNull();
    expect((await resolve(cookie))?.language).toBeNull();
    await prisma().user.update({ where: { id: user.id }, data: { language: null } });
  });
});
