// The baseline of benchmark #1: a bare node:http server with a pg pool of the app's size
// that answers GET /raw/<endpoint> by running, in order, the very statements the app ran
// for it (captured by raw/capture.ts, in the JSON file BENCH_PLAN), a BEGIN … COMMIT group
// on one connection, and sending every result's rows back as JSON. No framework, no ORM,
// no session logic beyond the session statements themselves. GET /ready answers 200.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";

const serverPackage = join(process.cwd(), "server", "package.json");
const pg = createRequire(createRequire(serverPackage).resolve("@prisma/adapter-pg"))("pg");
const plans = JSON.parse(readFileSync(process.env.BENCH_PLAN, "utf8"));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

async function answer(plan) {
  const results = [];
  for (const step of plan) {
    if (!Array.isArray(step)) {
      results.push((await pool.query(step.sql, step.values)).rows);
      continue;
    }
    const client = await pool.connect();
    try {
      for (const statement of step) results.push((await client.query(statement.sql, statement.values)).rows);
    } finally {
      client.release();
    }
  }
  return results;
}

const server = createServer((request, response) => {
  const name = (request.url ?? "").replace(/^\/raw\//, "");
  if (request.url === "/ready") return void response.end("ok");
  const plan = plans[name];
  if (!plan) {
    response.statusCode = 404;
    return void response.end();
  }
  answer(plan).then(
    (results) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(results));
    },
    (error) => {
      response.statusCode = 500;
      response.end(String(error));
    },
  );
});
server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
