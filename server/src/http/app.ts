// The HTTP server: one Fastify process serves the built SPA and tRPC at /trpc on one
// port, with security headers, a body limit, JSON-only mutations, rate limiting and
// request logging.
import { existsSync } from "node:fs";
import { join } from "node:path";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Auth } from "../auth/better-auth.ts";
import type { Config } from "../config.ts";
import type { Context } from "../context.ts";
import type { Database } from "../db/database.ts";
import { appRouter, type AppRouter } from "../router.ts";
import { resolveSessionUser } from "../services/auth.ts";

export const BODY_LIMIT_BYTES = 1024 * 1024;

export type AppDeps = { config: Config; db: Database; auth: Auth; logger?: FastifyServerOptions["logger"] };

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

export async function buildApp({ config, db, auth, logger }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      redact: ["req.headers.cookie", 'res.headers["set-cookie"]'],
    },
    bodyLimit: BODY_LIMIT_BYTES,
    // tRPC batches put several procedure names in the path.
    routerOptions: { maxParamLength: 5000 },
    // Behind a reverse proxy, the client's address (for sign-in throttling and rate
    // limits) comes from X-Forwarded-For only when the proxy is trusted.
    trustProxy: config.trustProxy,
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.publicUrl.startsWith("https://") ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense (and only works) behind HTTPS.
    strictTransportSecurity: config.publicUrl.startsWith("https://"),
  });

  await app.register(rateLimit, { global: true, max: 600, timeWindow: "1 minute" });

  // JSON-only mutations: a cross-site form post cannot reach a procedure.
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "POST" || !request.routeOptions.url?.startsWith("/trpc")) return;
    const type = request.headers["content-type"] ?? "";
    if (!type.toLowerCase().startsWith("application/json")) {
      await reply.code(415).send({
        error: {
          message: "Mutations must be sent as application/json",
          code: -32600,
          data: { code: "BAD_REQUEST", httpStatus: 415 },
        },
      });
    }
  });

  app.get("/health", async (_request, reply) => {
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      return { status: "ok", database: db.kind };
    } catch (error) {
      app.log.error({ err: error }, "health check failed");
      return reply.code(503).send({ status: "unavailable", database: db.kind });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      // A batch is one HTTP request: cap it so that one request cannot carry hundreds of calls.
      maxBatchSize: 50,
      async createContext({ req, res }): Promise<Context> {
        const headers = toHeaders(req.headers);
        // Fastify accumulates set-cookie headers rather than replacing them.
        const setCookie = (value: string) => void res.header("set-cookie", value);
        return {
          db: db.prisma,
          auth,
          log: req.log,
          user: await resolveSessionUser(db.prisma, auth, headers, setCookie),
          headers,
          ip: req.ip,
          setCookie,
        };
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  const clientDist = config.clientDist ?? join(process.cwd(), "client", "dist");
  if (existsSync(join(clientDist, "index.html"))) {
    await app.register(fastifyStatic, {
      root: clientDist,
      // Files are looked up at each request, not listed once at start-up, so a rebuilt
      // client (new hashed asset names) is served without a restart.
      wildcard: true,
      setHeaders(res, path) {
        // Vite's assets carry a content hash in their name; index.html must be re-read.
        void res.header(
          "cache-control",
          path.includes(`${join(clientDist, "assets")}`) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
    // Client-side routes (/missions/…) all load the SPA.
    app.setNotFoundHandler((request, reply) => {
      const isPage =
        request.method === "GET" &&
        !/^\/(trpc|export|files|health)(\/|$)/.test(request.url) &&
        (request.headers.accept ?? "").includes("text/html");
      if (isPage) return reply.header("cache-control", "no-cache").sendFile("index.html");
      return reply.code(404).send({ error: "Not found" });
    });
  } else {
    app.log.warn({ clientDist }, "no built client found: serving the API only (run `pnpm build`)");
  }

  return app;
}
