// The client's files are served pre-compressed (docs/performance.md "The SPA's weight"):
// the .br or .gz the build wrote beside a file goes out as it is to a browser that accepts
// it, the file itself to one that accepts neither, always with `Vary: Accept-Encoding`,
// the file's own Content-Type and its usual cache header; index.html too, at "/" and at
// a page address. Driven with `app.inject` on a small built client of its own.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

const IMMUTABLE = "public, max-age=31536000, immutable";
const INDEX = `<!doctype html><title>Hemicycle</title>${'<link rel="modulepreload" href="/assets/chunk.js">'.repeat(8)}`;
const SCRIPT = `console.log(${JSON.stringify("the app ".repeat(200))});`;
const STYLES = `body { color: black; }\n${".card { margin: 0; }\n".repeat(100)}`;

let app: Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;

/** Writes a file and, as the build does, its .br and .gz beside it. */
async function writeCompressed(path: string, content: string) {
  await writeFile(path, content);
  await writeFile(`${path}.br`, brotliCompressSync(content));
  await writeFile(`${path}.gz`, gzipSync(content));
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-compression-"));
  const clientDist = join(dataDir, "client");
  await mkdir(join(clientDist, "assets"), { recursive: true });
  await writeCompressed(join(clientDist, "index.html"), INDEX);
  await writeCompressed(join(clientDist, "assets/index-Bx7f3k9a.js"), SCRIPT);
  await writeCompressed(join(clientDist, "assets/index-Cq2w9r1z.css"), STYLES);
  // A file the build left uncompressed (it would not shrink): sent as it is to everyone.
  await writeFile(join(clientDist, "assets/tiny-D1e2f3g4.js"), "1");

  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", CLIENT_DIST: clientDist });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "compression-test-secret-compression-0123",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function get(url: string, acceptEncoding: string | undefined, accept?: string) {
  return app.inject({
    method: "GET",
    url,
    headers: {
      ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }),
      ...(accept ? { accept } : {}),
    },
  });
}

type Response = Awaited<ReturnType<typeof get>>;

function decoded(response: Response): string {
  const body = response.rawPayload;
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(body).toString();
  if (encoding === "gzip") return gunzipSync(body).toString();
  return body.toString();
}

const FILES = [
  {
    label: "a script",
    url: "/assets/index-Bx7f3k9a.js",
    type: /^application\/javascript/,
    content: SCRIPT,
    cache: IMMUTABLE,
  },
  { label: "a stylesheet", url: "/assets/index-Cq2w9r1z.css", type: /^text\/css/, content: STYLES, cache: IMMUTABLE },
  { label: "index.html", url: "/", type: /^text\/html/, content: INDEX, cache: "no-cache" },
  {
    label: "a page address (index.html)",
    url: "/missions/abc",
    accept: "text/html",
    type: /^text\/html/,
    content: INDEX,
    cache: "no-cache",
  },
];

const ENCODINGS = [
  { acceptEncoding: "gzip, deflate, br, zstd", expected: "br" },
  { acceptEncoding: "br", expected: "br" },
  { acceptEncoding: "gzip, deflate", expected: "gzip" },
  { acceptEncoding: "identity", expected: undefined },
  { acceptEncoding: undefined, expected: undefined },
];

describe("the client's files, pre-compressed", () => {
  for (const file of FILES) {
    it.each(ENCODINGS.map((e) => [e.acceptEncoding ?? "(none)", e.expected ?? "identity", e] as const))(
      `${file.label}, Accept-Encoding %s: %s`,
      async (_accepted, _sent, { acceptEncoding, expected }) => {
        const response = await get(file.url, acceptEncoding, file.accept);
        expect(response.statusCode).toBe(200);
        expect(response.headers["content-encoding"]).toBe(expected);
        expect(String(response.headers["content-type"])).toMatch(file.type);
        expect(String(response.headers.vary ?? "").toLowerCase()).toContain("accept-encoding");
        expect(response.headers["cache-control"]).toBe(file.cache);
        expect(decoded(response)).toBe(file.content);
        if (expected) expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(file.content));
      },
    );
  }

  it("sends a file the build did not compress as it is, even to a browser that takes brotli", async () => {
    const response = await get("/assets/tiny-D1e2f3g4.js", "gzip, deflate, br");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(String(response.headers["content-type"])).toMatch(/^application\/javascript/);
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.body).toBe("1");
  });
});
