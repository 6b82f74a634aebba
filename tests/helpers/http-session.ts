// Signing in over HTTP as a browser does, for the tests that drive the app's routes with
// `app.inject` (exports, evidence files, the audit CSV): the session cookie to send next.
import type { buildApp } from "@hemicycle/server/http/app";
import { DEMO_PASSWORD } from "@hemicycle/server/seed/seed-demo";
import { expect } from "vitest";

type App = Awaited<ReturnType<typeof buildApp>>;

/** Signs in through `/trpc/auth.login` and returns the `name=value` of the session cookie. */
export async function signInOverHttp(app: App, email: string, password: string = DEMO_PASSWORD): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ json: { email, password } }),
  });
  expect(response.statusCode, response.body).toBe(200);
  const setCookie = [response.headers["set-cookie"] ?? []].flat().map(String);
  const cookie = setCookie.find((c) => c.startsWith("hemicycle.session_token="))?.split(";")[0];
  expect(cookie, "a session cookie").toBeDefined();
  return cookie!;
}
