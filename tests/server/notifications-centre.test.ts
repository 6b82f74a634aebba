// The notification centre (notifications.*): a user's own notices only, newest first by
// keyset, unread ones alone when asked; marking read (one's own only: another user's id
// changes nothing); the live unread count; the e-mail preferences (audited, and PENDING
// e-mail only for the kinds chosen).
import type { SessionUser } from "@hemicycle/server/context";
import { createCaller } from "@hemicycle/server/router";
import { notify } from "@hemicycle/server/services/notifications";
import { NOTIFICATION_KINDS } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { callerFor, contextFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { within } from "../helpers/event-stream.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser | null) => callerFor(db(), user);

let reader: SessionUser;
let other: SessionUser;
let actor: SessionUser;

beforeAll(async () => {
  reader = await createUser(db(), { role: "EXPERT" });
  other = await createUser(db(), { role: "EXPERT" });
  actor = await createUser(db(), { role: "COORDINATOR" });
});

/** `n` notices to `user`, a millisecond apart, oldest first; answers their ids newest first. */
async function tell(user: SessionUser, n: number, kind: "ROADMAP_ENDORSED" | "COMMENT" = "ROADMAP_ENDORSED") {
  for (let i = 0; i < n; i++) {
    await notify(prisma(), [
      kind === "COMMENT"
        ? {
            kind,
            userIds: [user.id],
            actorId: actor.id,
            params: { actor: actor.name, subject: "S", excerpt: `c${i}` },
            link: `/r/${i}`,
          }
        : {
            kind,
            userIds: [user.id],
            actorId: actor.id,
            params: { actor: actor.name, roadmap: `R${i}` },
            link: `/r/${i}`,
          },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const rows = await prisma().notification.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

describe("list, unreadCount, markRead, markAllRead", () => {
  it("pages the caller's own notices newest first, the unread alone when asked, and marks only their own read", async () => {
    const ids = await tell(reader, 5);
    const theirs = await tell(other, 1);

    const first = await as(reader).notifications.list({ limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual(ids.slice(0, 2));
    expect(first.items[0]).toEqual({
      id: ids[0],
      kind: "ROADMAP_ENDORSED",
      params: { actor: actor.name, roadmap: "R4" },
      link: "/r/4",
      readAt: null,
      createdAt: expect.any(Date),
    });
    const second = await as(reader).notifications.list({ limit: 2, cursor: first.nextCursor });
    const third = await as(reader).notifications.list({ limit: 2, cursor: second.nextCursor });
    expect([...second.items, ...third.items].map((item) => item.id)).toEqual(ids.slice(2));
    expect(third.nextCursor).toBeNull();
    expect(await as(reader).notifications.unreadCount()).toEqual({ unread: 5 });

    // Another user's id among one's own: only one's own is marked; theirs stays unread.
    expect(await as(reader).notifications.markRead({ ids: [ids[1]!, theirs[0]!] })).toEqual({ marked: 1, unread: 4 });
    expect(await as(reader).notifications.markRead({ ids: [ids[1]!] })).toEqual({ marked: 0, unread: 4 });
    expect(await as(other).notifications.unreadCount()).toEqual({ unread: 1 });
    const unread = await as(reader).notifications.list({ unreadOnly: true });
    expect(unread.items.map((item) => item.id)).toEqual([ids[0], ids[2], ids[3], ids[4]]);
    const all = await as(reader).notifications.list({});
    expect(all.items.find((item) => item.id === ids[1])!.readAt).toBeInstanceOf(Date);

    expect(await as(reader).notifications.markAllRead()).toEqual({ marked: 4, unread: 0 });
    expect(await as(reader).notifications.list({ unreadOnly: true })).toEqual({ items: [], nextCursor: null });
    expect(await as(other).notifications.unreadCount()).toEqual({ unread: 1 });
    // Nobody else's notice is ever listed.
    expect((await as(other).notifications.list({})).items.map((item) => item.id)).toEqual(theirs);
  });

  it("refuses a caller without a session, and a cursor of another list", async () => {
    await expect(as(null).notifications.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(as(null).notifications.markAllRead()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(as(reader).notifications.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("onChange", () => {
  it("yields the unread count at once, then after each change of the caller's notices, and ends on abort", async () => {
    const user = await createUser(db(), { role: "EXPERT" });
    await tell(user, 2);
    const abort = new AbortController();
    const caller = createCaller(contextFor(db(), user), { signal: abort.signal });
    const feed = (await caller.notifications.onChange())[Symbol.asyncIterator]();
    expect(await feed.next()).toEqual({ done: false, value: { unread: 2 } });
    await tell(user, 1);
    expect(await within(feed.next(), 5_000)).toEqual({ done: false, value: { unread: 3 } });
    await as(user).notifications.markAllRead();
    expect(await within(feed.next(), 5_000)).toEqual({ done: false, value: { unread: 0 } });
    // Someone else's notice does not wake this feed.
    const pending = feed.next();
    await tell(other, 1);
    expect(await within(pending, 500)).toBe("timeout");
    abort.abort();
    expect(await within(pending, 5_000)).toEqual({ done: true, value: undefined });
  });
});

describe("e-mail preferences", () => {
  it("answers none chosen by default, and whether this server sends e-mail", async () => {
    const user = await createUser(db(), { role: "EXPERT" });
    expect(await as(user).notifications.emailPreferences()).toEqual({ kinds: [], emailConfigured: false });
    const configured = createCaller({ ...contextFor(db(), user), emailConfigured: true });
    expect(await configured.notifications.emailPreferences()).toEqual({ kinds: [], emailConfigured: true });
  });

  it("stores the kinds chosen in their declared order, audits the change, and e-mails only those kinds", async () => {
    const user = await createUser(db(), { role: "EXPERT" });
    const chosen = await as(user).notifications.setEmailPreferences({
      kinds: ["COMMENT", "PHASE_ASSIGNED", "COMMENT"],
    });
    expect(chosen).toEqual({ kinds: ["PHASE_ASSIGNED", "COMMENT"], emailConfigured: false });
    expect(await as(user).notifications.emailPreferences()).toEqual(chosen);
    // The same choice again writes nothing.
    await as(user).notifications.setEmailPreferences({ kinds: ["PHASE_ASSIGNED", "COMMENT"] });
    const events = await prisma().auditEvent.findMany({
      where: { entityId: user.id, action: "auth.setEmailNotifications" },
      select: { actorId: true, before: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: user.id,
        before: { emailNotificationKinds: [] },
        after: { emailNotificationKinds: ["PHASE_ASSIGNED", "COMMENT"] },
      },
    ]);

    await tell(user, 1, "COMMENT");
    await tell(user, 1, "ROADMAP_ENDORSED");
    const rows = await prisma().notification.findMany({
      where: { userId: user.id },
      select: { kind: true, emailStatus: true },
      orderBy: { kind: "asc" },
    });
    expect(rows).toEqual([
      { kind: "ROADMAP_ENDORSED", emailStatus: null },
      { kind: "COMMENT", emailStatus: "PENDING" },
    ]);

    // Every kind, then none.
    expect((await as(user).notifications.setEmailPreferences({ kinds: [...NOTIFICATION_KINDS] })).kinds).toEqual([
      ...NOTIFICATION_KINDS,
    ]);
    expect((await as(user).notifications.setEmailPreferences({ kinds: [] })).kinds).toEqual([]);
  });

  it("refuses a kind that does not exist", async () => {
    await expect(as(reader).notifications.setEmailPreferences({ kinds: ["NOPE" as "COMMENT"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
