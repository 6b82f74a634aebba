// The notification centre over HTTP, as the app's pages reach it: the unread count as
// server-sent events (notifications.onChange) rising when a notice is written and falling
// when it is read, from the database's own trigger; and the e-mail preferences saying
// whether this server sends e-mail (SMTP_URL set in its configuration).
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import type { SessionUser } from "@hemicycle/server/context";
import { buildApp } from "@hemicycle/server/http/app";
import { notify } from "@hemicycle/server/services/notifications";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { openEventStream, within } from "../helpers/event-stream.ts";

const db = useTestDatabase();
const PASSWORD = "correct horse battery staple";

let app: Awaited<ReturnType<typeof buildApp>>;
let baseUrl: string;
let dataDir: string;
let reader: SessionUser;
let cookie: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-notifications-http-"));
  // An SMTP server this test never reaches: the centre only says e-mail is configured.
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    SMTP_URL: "smtp://127.0.0.1:9",
  });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "notifications-http-secret-0123456789abcdef",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.listen({ port: 0, host: "127.0.0.1" });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  resetSignInThrottle();
  reader = await createUser(db(), { role: "EXPERT", password: PASSWORD });
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email: reader.email, password: PASSWORD } }),
  });
  expect(response.status).toBe(200);
  cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith("hemicycle.session_token="))!
    .split(";")[0]!;
});

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const tellReader = () =>
  notify(db().prisma, [
    { kind: "EXPORT_READY", userIds: [reader.id], params: { exportKind: "findingsCsv" }, link: "/exports" },
  ]);

async function query(path: string) {
  const response = await fetch(`${baseUrl}/trpc/${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

async function openStream() {
  const stream = await openEventStream(`${baseUrl}/trpc/notifications.onChange`, cookie);
  return { response: stream.response, next: stream.nextData, close: stream.close };
}

describe("notifications over HTTP", () => {
  it("streams the unread count at once, after a notice is written and after it is read", async () => {
    await tellReader();
    const stream = await openStream();
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(await within(stream.next(), 5_000)).toEqual({ unread: 1 });
    await tellReader();
    expect(await within(stream.next(), 5_000)).toEqual({ unread: 2 });
    const response = await fetch(`${baseUrl}/trpc/notifications.markAllRead`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: baseUrl },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(200);
    expect(await within(stream.next(), 5_000)).toEqual({ unread: 0 });
    stream.close();
  });

  it("says e-mail is configured when SMTP_URL is set", async () => {
    expect(await query("notifications.emailPreferences")).toEqual({ kinds: [], emailConfigured: true });
  });

  it("refuses the centre to a visitor without a session", async () => {
    const response = await fetch(`${baseUrl}/trpc/notifications.unreadCount`);
    expect(response.status).toBe(401);
  });
});
