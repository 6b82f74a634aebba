// Liveness for load balancers and the start-up scripts: answers 200 while the database
// answers, 503 otherwise.
import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/database.ts";

export function registerHealthRoute(app: FastifyInstance, db: Database) {
  app.get("/health", async (_request, reply) => {
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      return { status: "ok", database: db.kind };
    } catch (error) {
      app.log.error({ err: error }, "health check failed");
      return reply.code(503).send({ status: "unavailable", database: db.kind });
    }
  });
}
