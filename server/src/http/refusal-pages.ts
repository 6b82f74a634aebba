// A refusal a person sees in the browser reads in their language. The plain-HTTP routes
// (exports, evidence files), the rate limit, the same-origin check and the unknown
// addresses refuse in JSON: the client reads those bodies (their `reason`, their status)
// and words them from its catalogue. But a person may meet one outside the app: an export
// or a file link opened in a new tab after their session ended, a link followed from
// another site, pages reloaded past the rate limit. Such a request is the browser's page
// navigation, and it is answered with a small page instead, worded from the screens'
// catalogues (shared/locales) in the reader's language: their account's when the route
// read their session (rememberReaderLanguage), else the one the browser asks for. The
// load balancer's probes (/health, /ready) and tRPC keep their JSON: machines read them.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Language } from "@hemicycle/shared/languages";
import { requestLanguage, translator, type TranslationKey } from "../lib/translate.ts";
import { PROBE_PATHS } from "./routes/health.ts";

/** The account language of a request's signed-in user, once a route has read the session. */
const readerLanguages = new WeakMap<FastifyRequest, string>();

/** Remembers the signed-in user's own language for this request's refusal page, if they chose one. */
export function rememberReaderLanguage(request: FastifyRequest, language: string | null | undefined): void {
  if (language) readerLanguages.set(request, language);
}

/** What a refused page says: a heading and a sentence, by the answer's status. */
export const REFUSAL_PAGE_TEXT: Record<number, { title: TranslationKey; body: TranslationKey }> = {
  400: { title: "errors.actionFailed", body: "messages.requestRefused" },
  401: { title: "errors.signInNeeded", body: "messages.signInRequired" },
  403: { title: "errors.actionFailed", body: "messages.requestRefused" },
  404: { title: "notFound.title", body: "notFound.description" },
  413: { title: "errors.actionFailed", body: "errors.requestTooLarge" },
  429: { title: "errors.tooManyRequests", body: "messages.tooManyRequests" },
  500: { title: "errors.generic", body: "messages.internal" },
};

/** The text of a status without its own: any other client error reads as a refusal, any server error as ours. */
export function refusalPageText(status: number) {
  return REFUSAL_PAGE_TEXT[status] ?? REFUSAL_PAGE_TEXT[status >= 500 ? 500 : 400]!;
}

/** Addresses whose refusals machines read, whatever they accept. */
const MACHINE_PATHS = new RegExp(`^(/trpc|${PROBE_PATHS.join("|")})(/|$|\\?)`);

/**
 * A browser loading a page (a link followed, an address typed), not a script's fetch nor
 * a test's request that merely accepts HTML: browsers say so with `Sec-Fetch-Mode:
 * navigate` (to an HTTPS or local address; elsewhere the JSON stays).
 */
export function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (MACHINE_PATHS.test(request.url)) return false;
  return request.headers["sec-fetch-mode"] === "navigate";
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The page for a refused request: its heading, its sentence, a way home; no script, no style (the CSP allows neither inline). */
export function refusalPage(language: Language, status: number): string {
  const { t, dir } = translator(language);
  const text = refusalPageText(status);
  const [title, body, home, product] = [t(text.title), t(text.body), t("notFound.home"), t("app.name")].map(escapeHtml);
  return [
    "<!doctype html>",
    `<html lang="${language}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} · ${product}</title></head>`,
    `<body><main><h1>${title}</h1><p>${body}</p><p><a href="/">${home}</a></p></main></body>`,
    "</html>",
    "",
  ].join("\n");
}

/**
 * Answers a page request refused anywhere (a route, a hook, the not-found handler) with
 * the refusal page in the browser's language, keeping the status and the headers (a 429's
 * Retry-After). Registered before the routes and hooks, so that it sees them all.
 */
export function registerRefusalPages(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply, payload) => {
    if (reply.statusCode < 400 || !isPageRequest(request)) return payload;
    const type = String(reply.getHeader("content-type") ?? "");
    if (!type.startsWith("application/json")) return payload;
    const language = requestLanguage({ language: readerLanguages.get(request) }, request.headers["accept-language"]);
    reply.header("content-type", "text/html; charset=utf-8");
    reply.header("content-language", language);
    reply.removeHeader("content-length");
    return refusalPage(language, reply.statusCode);
  });
}
