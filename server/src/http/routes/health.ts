// Probes for load balancers and the start-up scripts (docs/security.md, "Headers"):
// /health (liveness) answers 200 while the database answers, /ready (readiness) 200 once
// the database answers and holds every migration this build ships, 503 otherwise, and
// 503 from the moment the instance starts shutting down (http/lifecycle.ts). Neither
// counts against the rate limit (request-limits.ts): a busy balancer must not take a
// healthy instance out.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/database.ts";
import type { Lifecycle } from "../lifecycle.ts";
import { prismaDir } from "../../db/migrations.ts";

export const PROBE_PATHS = ["/health", "/ready"] as const;

/** The migrations this build ships (prisma/migrations), read once: they do not change while it runs. */
async function shippedMigrations(): Promise<string[]> {
  const dir = join(prismaDir(), "migrations");
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

export function registerHealthRoute(app: FastifyInstance, db: Database, lifecycle?: Lifecycle) {
  app.get("/health", async (_request, reply) => {
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      return { status: "ok", database: db.kind };
    } catch (error) {
      app.log.error({ err: error }, "health check failed");
      return reply.code(503).send({ status: "unavailable", database: db.kind });
    }
  });

  let shipped: Promise<string[]> | null = null;
  app.get("/ready", async (_request, reply) => {
    if (lifecycle?.draining) return reply.code(503).send({ status: "shutting down", database: db.kind });
    try {
      shipped ??= shippedMigrations();
      const applied = await db.prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
      const done = new Set(applied.map((row) => row.migration_name));
      const pending = (await shipped).filter((name) => !done.has(name)).length;
      if (pending > 0) return reply.code(503).send({ status: "migrations pending", database: db.kind, pending });
      return { status: "ready", database: db.kind };
    } catch (error) {
      shipped = null;
      app.log.error({ err: error }, "readiness check failed");
      return reply.code(503).send({ status: "unavailable", database: db.kind });
    }
  });
}
