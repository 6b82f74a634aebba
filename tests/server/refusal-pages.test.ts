// The server's refusals outside tRPC, and what a person reads of them. Every plain-HTTP
// route (exports, evidence files), the rate limit, the same-origin check and the
// not-found handler refuse in JSON, read by the app's scripts (which word a refusal from
// its status or `reason`, e.g. findingFiles.errors); the first test lists those bodies, so
// that a new one is seen (and given a reason the client words, or a status it knows).
// When a person's browser loads the address itself (a link opened in a tab, a reload past
// the limit), the answer is a page in the browser's language (http/refusal-pages.ts).
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { REFUSAL_PAGE_TEXT } from "@hemicycle/server/http/refusal-pages";
import { memoryStore, type LimiterStore } from "@hemicycle/server/http/request-limits";
import { LANGUAGES } from "@hemicycle/shared/languages";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ar from "../../shared/locales/ar.json" with { type: "json" };
import en from "../../shared/locales/en.json" with { type: "json" };
import es from "../../shared/locales/es.json" with { type: "json" };
import fr from "../../shared/locales/fr.json" with { type: "json" };
import { createUser } from "../factories/records.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { signInOverHttp } from "../helpers/http-session.ts";

const db = useTestDatabase();
const catalogues = { en, fr, es, ar };
const root = join(import.meta.dirname, "..", "..");
const httpDir = join(root, "server", "src", "http");

type App = Awaited<ReturnType<typeof buildApp>>;
let dataDir: string;
let app: App;
let tight: App;

async function appWith(limitStore?: LimiterStore): Promise<App> {
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "refusal-pages-test-secret-refusal-pages-01",
    baseURL: config.publicUrl,
  });
  const built = await buildApp({ config, db: db(), auth, ...(limitStore ? { limitStore } : {}) });
  await built.ready();
  return built;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-refusal-pages-test-"));
  app = await appWith();
  // Two requests a minute per budget: the third is refused.
  tight = await appWith((options) => memoryStore({ ...options, points: 2 }));
});

afterAll(async () => {
  await app?.close();
  await tight?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** A browser following a link: a navigation that accepts HTML, in the given language. */
function page(language: string) {
  return {
    accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "accept-language": language,
    "sec-fetch-mode": "navigate",
  };
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Each `error: "…"` body text and `…: "…"` refusal table entry written in server/src/http, with its file. */
function refusalTexts(): string[] {
  const found: string[] = [];
  for (const file of sources(httpDir)) {
    const text = readFileSync(file, "utf8");
    const name = relative(httpDir, file);
    for (const match of text.matchAll(/\berror: "([^"]+)"/g)) found.push(`${name}: ${match[1]}`);
    // Tables of refusals: `const REFUSAL = { 404: "Not found", … }`, `const ERROR_TEXT: … = { busy: "…", … }`.
    for (const table of text.matchAll(/const (?:REFUSAL|ERROR_TEXT)\b[^=]*= \{([^}]*)\}/g)) {
      for (const entry of table[1]!.matchAll(/:\s*"([^"]+)"/g)) found.push(`${name}: ${entry[1]}`);
    }
  }
  return found.sort();
}

describe("the server's refusals outside tRPC", () => {
  it("lists every JSON refusal body: none is shown to a person as it is", () => {
    // For scripts and logs. The app's scripts word each from its status or `reason`; a
    // person's browser gets the page below. A new body goes here, with a reason or status
    // the client words (a file's: findingFiles.errors; an export's: its status).
    expect(refusalTexts()).toEqual([
      "export-downloads.ts: Bad request",
      "export-downloads.ts: Not found",
      "export-downloads.ts: Too many exports at once",
      "export-downloads.ts: Unauthorized",
      "lifecycle.ts: Service Unavailable",
      // A live stream past its cap: read by the browser's EventSource, which retries, never shown.
      "lifecycle.ts: Too Many Requests",
      "request-limits.ts: Too Many Requests",
      "routes/client-app.ts: Not found",
      "routes/finding-files.ts: Cross-origin upload refused",
      "routes/finding-files.ts: Not found",
      "routes/finding-files.ts: Send one file in the multipart field `file`",
      "routes/finding-files.ts: The file is larger than the limit",
      "routes/finding-files.ts: This type of file is not accepted",
      "routes/finding-files.ts: Too many uploads at once",
      "routes/finding-files.ts: Unauthorized",
      "routes/finding-files.ts: You may not change this finding's files",
      "same-origin.ts: Cross-origin request refused",
    ]);
  });

  it("words each refusal page in every language", () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const { title, body } of Object.values(REFUSAL_PAGE_TEXT)) {
        for (const key of [title, body, "notFound.home"]) {
          const text = key
            .split(".")
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue.translation);
          expect(typeof text === "string" && text.length > 0, `${language}: ${key}`).toBe(true);
        }
      }
    }
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
  });

  it("answers a script's request in JSON, as before, even one that accepts HTML", async () => {
    for (const accept of ["*/*", "text/html"]) {
      const response = await app.inject({ method: "GET", url: "/export/roadmaps/nothing.pdf", headers: { accept } });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: "Unauthorized" });
    }
  });

  it("answers a person's browser with a page in their language: an export without a session", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/export/roadmaps/nothing.pdf",
      headers: page("fr-FR,fr;q=0.9,en;q=0.5"),
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["content-language"]).toBe("fr");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.body).toContain('<html lang="fr" dir="ltr">');
    expect(response.body).toContain(`<h1>${fr.translation.errors.signInNeeded}</h1>`);
    expect(response.body).toContain(fr.translation.messages.signInRequired);
    expect(response.body).not.toContain("Unauthorized");
  });

  it("words an evidence file refused to a visitor in Arabic, right to left", async () => {
    const response = await app.inject({ method: "GET", url: "/files/nothing-here", headers: page("ar") });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain(ar.translation.messages.signInRequired);
  });

  it("words a link followed from another site in Spanish", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/files/nothing-here",
      headers: { ...page("es"), referer: "https://elsewhere.example/mail" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain(es.translation.messages.requestRefused);
    expect(response.body).not.toContain("Cross-origin");
  });

  it("words pages reloaded past the rate limit, keeping Retry-After", async () => {
    let last = await tight.inject({
      method: "GET",
      url: "/missions",
      headers: page("fr"),
      remoteAddress: "203.0.113.9",
    });
    for (let i = 0; i < 3 && last.statusCode !== 429; i += 1) {
      last = await tight.inject({ method: "GET", url: "/missions", headers: page("fr"), remoteAddress: "203.0.113.9" });
    }
    expect(last.statusCode).toBe(429);
    expect(last.headers["retry-after"]).toMatch(/^\d+$/);
    expect(last.body).toContain(`<h1>${fr.translation.errors.tooManyRequests}</h1>`);
    expect(last.body).toContain(fr.translation.messages.tooManyRequests);
  });

  it("words a signed-in user's refusal in their account's language, whatever the browser asks", async () => {
    const password = "refusal pages test password 01";
    const user = await createUser(db(), { role: "COORDINATOR", password });
    await db().prisma.user.update({ where: { id: user.id }, data: { language: "es" } });
    const cookie = await signInOverHttp(app, user.email, password);
    const response = await app.inject({
      method: "GET",
      url: "/export/roadmaps/no-such-roadmap.pdf",
      headers: { ...page("fr"), cookie },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-language"]).toBe("es");
    expect(response.body).toContain(`<h1>${es.translation.notFound.title}</h1>`);
  });

  it("falls back to English for a language Hemicycle does not speak, and escapes nothing into markup", async () => {
    const response = await app.inject({ method: "GET", url: "/export/roadmaps/x.csv", headers: page("de-DE") });
    expect(response.body).toContain('<html lang="en" dir="ltr">');
    expect(response.body).toContain(`<h1>${en.translation.errors.signInNeeded}</h1>`);
    expect(response.body).not.toMatch(/<script|style=/);
  });

  it("keeps JSON for machines: tRPC and the load balancer's probes", async () => {
    const trpc = await app.inject({ method: "GET", url: "/trpc/nothing.here", headers: page("fr") });
    expect(trpc.headers["content-type"]).toMatch(/^application\/json/);
    const probe = await app.inject({ method: "GET", url: "/health", headers: page("fr") });
    expect(probe.headers["content-type"]).toMatch(/^application\/json/);
  });
});
