// Captures the SQL each endpoint runs: the app, built in this process on a pg pool of
// one connection whose client logs every statement (text and parameters, as the Prisma
// adapter hands them to pg), answers one signed-in call per endpoint after a first
// unrecorded one; what the second call sent is the plan the raw handler replays
// (raw/server.mjs). A BEGIN … COMMIT run is kept as one group, replayed on one connection.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createAuth } from "../../server/src/auth/better-auth.ts";
import { loadConfig } from "../../server/src/config.ts";
import type { Database } from "../../server/src/db/database.ts";
import { PrismaClient } from "../../server/src/db/generated/client.ts";
import { buildApp } from "../../server/src/http/app.ts";
import { BENCH_ADMINS, BENCH_PASSWORD, endpoints, trpcPath, type Endpoint } from "../lib/endpoints.ts";
import { repoRoot } from "../lib/processes.ts";

export type Statement = { sql: string; values: unknown[] };
/** One request's statements in order; a nested array is a transaction (BEGIN … COMMIT included). */
export type Plan = (Statement | Statement[])[];

type PgClient = { query: (...args: unknown[]) => unknown; release: () => void };
export type PgPool = {
  on: (event: string, listener: (client: PgClient) => void) => void;
  query: (sql: string, values: unknown[]) => Promise<unknown>;
  connect: () => Promise<PgClient>;
  end: () => Promise<void>;
};

/** The server's pg (bench/ has no node_modules of its own) and the Prisma adapter over it. */
async function serverPg() {
  const fromServer = createRequire(join(repoRoot, "server", "package.json"));
  const adapterPath = fromServer.resolve("@prisma/adapter-pg");
  const { PrismaPg } = (await import(pathToFileURL(adapterPath).href)) as {
    PrismaPg: new (pool: PgPool) => Database["adapterFactory"];
  };
  const pg = createRequire(adapterPath)("pg") as { Pool: new (config: object) => PgPool };
  return { pg, PrismaPg };
}

/** A pg pool of `size` connections, as the raw handler has. */
export async function openPool(url: string, size: number): Promise<PgPool> {
  const { pg } = await serverPg();
  return new pg.Pool({ connectionString: url, max: size });
}

/** Runs one request's plan on the pool, as raw/server.mjs does. */
export async function runPlan(pool: PgPool, plan: Plan): Promise<void> {
  for (const step of plan) {
    if (!Array.isArray(step)) {
      await pool.query(step.sql, step.values);
      continue;
    }
    const client = await pool.connect();
    try {
      for (const statement of step) await client.query(statement.sql, statement.values);
    } finally {
      client.release();
    }
  }
}

export async function captureSql(databaseUrl: string): Promise<{ endpoints: Endpoint[]; plans: Record<string, Plan> }> {
  const { pg, PrismaPg } = await serverPg();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  let recording: Plan | null = null;
  let transaction: Statement[] | null = null;
  pool.on("connect", (client) => {
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      const [first, second] = args;
      const statement: Statement =
        typeof first === "string"
          ? { sql: first, values: Array.isArray(second) ? second : [] }
          : { sql: (first as { text: string }).text, values: (first as { values?: unknown[] }).values ?? [] };
      if (recording) {
        const keyword = statement.sql.trim().toUpperCase();
        if (keyword === "BEGIN") transaction = [];
        if (transaction) transaction.push(statement);
        else recording.push(statement);
        if ((keyword === "COMMIT" || keyword === "ROLLBACK") && transaction) {
          recording.push(transaction);
          transaction = null;
        }
      }
      return query(...args);
    };
  });
  const adapterFactory = new PrismaPg(pool);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const db: Database = {
    prisma,
    kind: "postgresql",
    adapterFactory,
    close: () => prisma.$disconnect(),
    refreshTypes: async () => {},
    // The capture records requests, not live feeds.
    listen: async () => async () => {},
    // No job runner is started here.
    jobsTarget: { kind: "postgresql", url: databaseUrl },
  };
  const config = loadConfig({
    NODE_ENV: "production",
    AUTH_SECRET: "bench-capture-secret-".padEnd(40, "x"),
    LOG_LEVEL: "error",
  });
  const auth = createAuth({ prisma, secret: config.authSecret!, baseURL: config.publicUrl });
  const app = await buildApp({ config, db, auth });
  try {
    const login = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ json: { email: BENCH_ADMINS[0], password: BENCH_PASSWORD } }),
    });
    const cookie = [login.headers["set-cookie"] ?? []]
      .flat()
      .map((line) => String(line).split(";")[0])
      .join("; ");
    if (login.statusCode !== 200) throw new Error(`capture: signing in answered ${login.statusCode}: ${login.body}`);
    const call = async (procedure: string, input: unknown) => {
      const response = await app.inject({ method: "GET", url: trpcPath(procedure, input), headers: { cookie } });
      if (response.statusCode !== 200)
        throw new Error(`capture: ${procedure} answered ${response.statusCode}: ${response.body}`);
      return (JSON.parse(response.body) as { result: { data: { json: unknown } } }).result.data.json;
    };
    const list = await endpoints(call);
    const plans: Record<string, Plan> = {};
    for (const endpoint of list) {
      await call(endpoint.procedure, endpoint.input);
      recording = [];
      await call(endpoint.procedure, endpoint.input);
      plans[endpoint.name] = recording;
      recording = null;
    }
    return { endpoints: list, plans };
  } finally {
    await app.close();
    await prisma.$disconnect();
    await pool.end().catch(() => undefined);
  }
}

export const statementCount = (plan: Plan) => plan.reduce<number>((n, s) => n + (Array.isArray(s) ? s.length : 1), 0);
