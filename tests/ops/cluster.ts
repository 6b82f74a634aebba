// The cluster harness of tests/ops/cluster.test.ts (issue 12, "Done means"): three
// instances of the built server on one PostgreSQL database, started together, behind
// Debian's nginx on loopback (round robin, no buffering for server-sent events, the
// request id passed on), and an SMTP sink the instances send their e-mails to. Each
// piece is stopped by `stop()` whatever state the others are in.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startSmtpSink, type SunkMail } from "../helpers/smtp-sink.ts";
import { databaseUrl, dropDatabase, withAdminClient } from "../helpers/postgres-admin.ts";
import { freePort } from "../../bench/lib/processes.ts";
import { startServer, type ServerProcess } from "./server-process.ts";

/** Where Debian puts nginx; null when it is not installed. */
export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export type Instance = {
  /** a, b or c: its INSTANCE_ID. */
  name: string;
  port: number;
  /** The instance itself, not through nginx. */
  url: string;
  process: ServerProcess | null;
};

export type Mail = SunkMail;

export type Cluster = {
  /** nginx's address: what users reach. */
  url: string;
  databaseUrl: string;
  instances: Instance[];
  /** Every e-mail the instances sent. */
  mails: Mail[];
  /** nginx's error log so far (an upstream it could not reach, a connection closed under a request). */
  proxyLog: () => string;
  /** Each instance's state (ready or not, what it printed beyond the request lines) and nginx's errors: for a failure's message. */
  describe: () => Promise<string>;
  /** A connection to the cluster's database, for checking what it holds. */
  sql: pg.Client;
  /** SIGKILL one instance: no shutdown, whatever is in flight. */
  kill9: (instance: Instance) => Promise<void>;
  /** A clean stop (SIGTERM) and a start again on the same port, so nginx finds it again. */
  restart: (instance: Instance) => Promise<void>;
  /** Starts an instance that is down, on its port. */
  start: (instance: Instance) => Promise<void>;
  stop: () => Promise<void>;
};

export const AUTH_SECRET = "cluster-test-secret-cluster-test-secret-0123";

/**
 * Creates a fresh database on the server of `adminUrl`, starts the SMTP sink, the three
 * instances at once (each asked to seed the demo: one does), then nginx in front of them.
 * Everything started so far is stopped if a step fails.
 */
export async function startCluster(options: {
  adminUrl: string;
  nginx: string;
  instances?: number;
  /** Start all instances at the same moment (the default), or the first one alone before the others. */
  together?: boolean;
  env?: Record<string, string>;
}): Promise<Cluster> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => console.error("cluster cleanup:", error));
    }
  };
  try {
    const dir = await mkdtemp(join(tmpdir(), "hc-cluster-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));

    const name = `hc_cluster_${Math.random().toString(36).slice(2, 10)}`;
    await withAdminClient(options.adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    cleanups.push(() => dropDatabase(options.adminUrl, name));
    const dbUrl = databaseUrl(options.adminUrl, name);

    const mails: Mail[] = [];
    const smtp = await startSmtpSink(mails);
    cleanups.push(smtp.close);

    const proxyPort = await freePort();
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    const count = options.instances ?? 3;
    const instances: Instance[] = [];
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      instances.push({ name: String.fromCharCode(97 + i), port, url: `http://127.0.0.1:${port}`, process: null });
    }
    cleanups.push(async () => {
      await Promise.all(instances.map((instance) => instance.process?.kill9()));
    });

    const envOf = (instance: Instance): Record<string, string> => ({
      PORT: String(instance.port),
      DATABASE_URL: dbUrl,
      // One data folder for all (the files' folder is shared as a network disk would be),
      // and one secret: a session cookie signed by one instance is read by the others.
      DATA_DIR: join(dir, "data"),
      AUTH_SECRET,
      PUBLIC_URL: proxyUrl,
      SEED_DEMO: "true",
      TRUST_PROXY: "1",
      INSTANCE_ID: instance.name,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: "hemicycle@cluster.test",
      REMINDERS_CRON: "* * * * *",
      // Each request's line, with its id and the instance's (the session scenario reads them).
      LOG_LEVEL: "info",
      ...options.env,
    });
    const start = async (instance: Instance) => {
      instance.process = await startServer({ dataDir: join(dir, "data") }, envOf(instance));
    };

    // Together: the migrations must be applied once, whoever gets there first.
    if (options.together === false) await start(instances[0]!);
    const started = await Promise.allSettled(instances.filter((i) => !i.process).map(start));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;

    const nginx = await startNginx(options.nginx, dir, proxyPort, instances);
    cleanups.push(nginx.stop);

    const sql = new pg.Client({ connectionString: dbUrl });
    await sql.connect();
    cleanups.push(() => sql.end());

    return {
      url: proxyUrl,
      databaseUrl: dbUrl,
      instances,
      mails,
      proxyLog: () => readFileSync(join(dir, "nginx", "error.log"), "utf8"),
      describe: async () => {
        const parts: string[] = [];
        for (const instance of instances) {
          const ready = await fetch(`${instance.url}/ready`, { signal: AbortSignal.timeout(2_000) })
            .then((r) => String(r.status))
            .catch((error: unknown) => String(error));
          const printed = (instance.process?.output() ?? "(not running)")
            .split("\n")
            .filter((line) => !line.startsWith('{"level":30'))
            .join("\n");
          parts.push(
            `--- instance ${instance.name} (port ${instance.port}), /ready: ${ready}\n${printed.slice(-3_000)}`,
          );
        }
        // Less the refused connections it passed on to the next instance.
        const proxyErrors = readFileSync(join(dir, "nginx", "error.log"), "utf8")
          .split("\n")
          .filter((line) => !/connect\(\) failed \(111|temporarily disabled/.test(line))
          .join("\n");
        parts.push(`--- nginx\n${proxyErrors.slice(-5_000)}`);
        return parts.join("\n");
      },
      sql,
      kill9: async (instance) => {
        await instance.process?.kill9();
        instance.process = null;
      },
      restart: async (instance) => {
        await instance.process?.stop();
        instance.process = null;
        await start(instance);
      },
      start,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * nginx in the foreground, one process, with its own configuration, pid, logs and temp
 * folders in `dir`; the proxy settings are docs/operations.md's ("A reverse proxy"), but
 * that the client's own X-Request-Id is passed on when it sends one.
 */
async function startNginx(binary: string, dir: string, port: number, instances: Instance[]) {
  const prefix = join(dir, "nginx");
  await mkdir(join(prefix, "temp"), { recursive: true });
  const config = `
daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  client_max_body_size 20m;

  upstream hemicycle {
    ${instances.map((i) => `server 127.0.0.1:${i.port} max_fails=2 fail_timeout=5s;`).join("\n    ")}
    keepalive 16;
  }

  # The client's request id when it sent one, else nginx's own.
  map $http_x_request_id $hemicycle_request_id {
    default $http_x_request_id;
    "" $request_id;
  }

  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://hemicycle;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $hemicycle_request_id;
      # Server-sent events go out as they come.
      proxy_buffering off;
      proxy_read_timeout 60s;
      # A stopping instance's 503 (a live stream refused) is tried on another.
      proxy_next_upstream error timeout http_503;
      # Which instance answered, for the test to see the round robin.
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
  const configPath = join(prefix, "nginx.conf");
  await writeFile(configPath, config);
  const child: ChildProcess = spawn(binary, ["-p", prefix, "-c", configPath, "-e", join(prefix, "error.log")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const stopNginx = async () => {
    if (running()) child.kill("SIGKILL");
    await exited;
  };

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (!running()) throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1_000) })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stopNginx();
      throw new Error(`nginx did not answer on port ${port}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { stop: stopNginx };
}

/** A message's text as a reader sees it: quoted-printable soft breaks joined and escapes decoded, base64 parts decoded. */
export function mailText(raw: string): string {
  const quoted = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const decoded = (raw.match(/^[A-Za-z0-9+/]{40,}={0,2}(?:\r?\n[A-Za-z0-9+/]+={0,2})*$/gm) ?? []).map((block) =>
    Buffer.from(block.replace(/\s/g, ""), "base64").toString("utf8"),
  );
  return [Buffer.from(quoted, "latin1").toString("utf8"), ...decoded].join("\n");
}
