// The server as deployed: whose address it believes behind a proxy, how much work one
// address can ask of it, who can read its data folder, and what its request log keeps.
// The proxy tests drive `buildApp` with `app.inject`; the rest starts the built server
// (`startApp`) once for the whole file, and restarts it once on its existing data folder.
import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories/records.ts";
import { type AppServer, startApp } from "../helpers/app-server.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

describe("TRUST_PROXY", () => {
  it("refuses TRUST_PROXY=true, which would trust the client-written first X-Forwarded-For entry", () => {
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
  });

  it("reads TRUST_PROXY=1 as one proxy hop, not as true", () => {
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
  });

  it("still accepts a comma-separated list of proxy addresses", () => {
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.1, 10.0.0.2" })).not.toThrow();
  });

  describe("the client's address behind the proxy", () => {
    let dataDir: string;
    const PASSWORD = "correct horse battery staple";

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), "hc-proxy-test-"));
      resetSignInThrottle();
    });

    afterAll(async () => {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    /** Signs in through a proxy at 10.0.0.2 that appended the client's address to a forged header; returns the address recorded. */
    async function recordedAddress(trustProxy: string): Promise<unknown> {
      const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", TRUST_PROXY: trustProxy });
      const auth = createAuth({
        prisma: db().prisma,
        secret: "proxy-test-secret-proxy-test-secret-01234",
        baseURL: config.publicUrl,
      });
      const app = await buildApp({ config, db: db(), auth });
      try {
        const user = await createUser(db(), { role: "COORDINATOR", password: PASSWORD });
        const response = await app.inject({
          method: "POST",
          url: "/trpc/auth.login",
          headers: { "content-type": "application/json", "x-forwarded-for": "6.6.6.6, 203.0.113.7" },
          remoteAddress: "10.0.0.2",
          payload: JSON.stringify({ json: { email: user.email, password: PASSWORD } }),
        });
        expect(response.statusCode, response.body).toBe(200);
        const event = await db().prisma.auditEvent.findFirstOrThrow({
          where: { action: "auth.login", entityId: user.id },
          select: { after: true },
        });
        return (event.after as { ip?: unknown } | null)?.ip;
      } finally {
        await app.close();
      }
    }

    it("with TRUST_PROXY=1, is the address the proxy appended, not the first entry the client wrote", async () => {
      expect(await recordedAddress("1")).toBe("203.0.113.7");
    });

    it("with TRUST_PROXY naming the proxy's address, is the address that proxy appended", async () => {
      expect(await recordedAddress("10.0.0.2")).toBe("203.0.113.7");
    });
  });
});

describe("the started server", () => {
  let root: string;
  let dataDir: string;
  let server: AppServer | undefined;
  // No demo data is needed here; the request log is read at info level.
  const env = () => ({ DATA_DIR: dataDir, LOG_LEVEL: "info", SEED_DEMO: "false" });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "hc-hardening-"));
    // Not created yet: the server makes it.
    dataDir = join(root, "data");
    server = await startApp({ env: env() });
  });

  afterAll(async () => {
    await server?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const app = () => server!;
  const modeOf = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);

  describe("the data folder", () => {
    it("is created readable by its owner only (0700), and so is the embedded database's folder", async () => {
      expect({ dataDir: await modeOf(dataDir), pglite: await modeOf(join(dataDir, "pglite")) }).toEqual({
        dataDir: "700",
        pglite: "700",
      });
    });

    it("is made readable by its owner only (0700) when it already existed with 0755", async () => {
      // A restart on the same folder (a fresh one would cost a new database: seconds);
      // the rest of the file uses the restarted server.
      await server?.stop();
      server = undefined;
      await chmod(dataDir, 0o755);
      server = await startApp({ env: env() });
      expect(await modeOf(dataDir)).toBe("700");
    });
  });

  describe("the request log", () => {
    /** Waits (briefly) until the log shows a request to `marker`, so that earlier lines are written. */
    async function logFlushed(marker: string) {
      await fetch(`${app().url}/${marker}`);
      for (let i = 0; i < 20 && !app().output().includes(marker); i++) await new Promise((r) => setTimeout(r, 100));
    }
    const forms = (secret: string) => [...new Set([secret, encodeURIComponent(secret), encodeURI(secret)])];

    it("keeps no password sent in the URL of a refused GET auth.login", async () => {
      const password = "SecretPw12345xyz";
      const input = encodeURIComponent(JSON.stringify({ json: { email: "a@b.example", password } }));
      const response = await fetch(`${app().url}/trpc/auth.login?input=${input}`);
      expect(response.status).toBeGreaterThanOrEqual(400);
      await logFlushed("log-marker-single");
      const output = app().output();
      for (const form of forms(password)) expect(output, `the log holds ${form}`).not.toContain(form);
    });

    it("keeps no password sent in the URL of a batch with auth.login", async () => {
      const password = "Batch Secret/Pw#4242";
      const input = encodeURIComponent(
        JSON.stringify({ "0": { json: null }, "1": { json: { email: "a@b.example", password } } }),
      );
      await fetch(`${app().url}/trpc/auth.me,auth.login?batch=1&input=${input}`);
      await logFlushed("log-marker-batch");
      const output = app().output();
      for (const form of forms(password)) expect(output, `the log holds ${form}`).not.toContain(form);
    });
  });

  // Last in the file: it spends this address's allowance for the minute.
  describe("the rate limit", () => {
    it("counts the calls in a batch: an address is refused (429) once it has made 600 calls in a minute", async () => {
      const url = `${app().url}/trpc/${Array(50).fill("auth.me").join(",")}?batch=1`;
      const statuses: number[] = [];
      let refusedAt: number | undefined;
      // 13 batches of 50 calls: the 13th takes the address past 600 calls.
      for (let batch = 1; batch <= 13 && refusedAt === undefined; batch++) {
        const response = await fetch(url);
        const body = await response.text();
        statuses.push(response.status);
        if (response.status === 429 || body.includes('"TOO_MANY_REQUESTS"')) refusedAt = batch;
      }
      expect(refusedAt, `no 429 after 13 batches of 50 calls (statuses ${statuses.join(", ")})`).toBeDefined();
      // A client's ordinary batch still goes through.
      expect(refusedAt).toBeGreaterThan(1);
    });
  });
});
