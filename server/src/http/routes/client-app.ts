// The built single-page client (client/dist): hashed assets cached for a year, index.html
// for every page address so that client-side routes (/missions/…) load on a reload.
// Source maps are never served (the build makes none; one left in the folder stays unread).
// The build writes a .br and a .gz beside each text file (client/vite.config.ts): sent as
// they are to a browser that accepts them, with `Vary: Accept-Encoding` on every answer.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Addresses the server answers itself: never the SPA, a JSON 404 instead. */
const SERVER_PATHS = /^\/(trpc|health|ready)(\/|$|\?)/;

export async function registerClientApp(app: FastifyInstance, clientDist: string) {
  if (!existsSync(join(clientDist, "index.html"))) {
    app.log.warn({ clientDist }, "no built client found: serving the API only (run `pnpm build`)");
    return;
  }
  await app.register(fastifyStatic, {
    root: clientDist,
    // Files are looked up at each request, not listed once at start-up, so a rebuilt
    // client (new hashed asset names) is served without a restart.
    wildcard: true,
    // index.js.br for `Accept-Encoding: br`, index.js.gz for gzip, index.js otherwise
    // (docs/decisions/0018-pre-compressed-client-files.md).
    preCompressed: true,
    allowedPath: (path) => !path.endsWith(".map"),
    setHeaders(res, path) {
      // Vite's assets carry a content hash in their name; index.html must be re-read.
      const immutable = path.startsWith(join(clientDist, "assets"));
      void res.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === "GET" &&
      !SERVER_PATHS.test(request.url) &&
      (request.headers.accept ?? "").includes("text/html");
    if (isPage) return reply.header("cache-control", "no-cache").sendFile("index.html");
    return reply.code(404).send({ error: "Not found" });
  });
}
