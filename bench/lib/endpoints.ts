// The endpoints benchmarks #1, #3 and #5 measure, as the admin sees them (three admin
// sessions share the load: the app lets one user run four procedures at a time), and
// their inputs: ids picked from the seeded data through the app itself.

export const BENCH_PASSWORD = "hemicycle-bench";
export const BENCH_ADMINS = [1, 2, 3].map((n) => `bench.admin${n}@bench.hemicycle.test`);

export type Endpoint = { name: string; procedure: string; input: unknown; goal: number };

/** Fractions of the raw handler's requests/s each endpoint must reach (issue 10, #1). */
export const BYID_GOAL = 0.4;
export const LIST_GOAL = 0.5;

export const trpcPath = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

type Call = (procedure: string, input: unknown) => Promise<unknown>;

/** The five endpoints, with a mission and a roadmap the admin sees first on their lists. */
export async function endpoints(call: Call): Promise<Endpoint[]> {
  const firstId = async (procedure: string) => {
    const page = (await call(procedure, { limit: 1 })) as { items: { id: string }[] };
    if (!page.items[0]) throw new Error(`${procedure} is empty: is the database seeded?`);
    return page.items[0].id;
  };
  const missionId = await firstId("missions.list");
  const roadmapId = await firstId("roadmaps.list");
  return [
    { name: "missions.byId", procedure: "missions.byId", input: { id: missionId }, goal: BYID_GOAL },
    { name: "missions.list", procedure: "missions.list", input: { limit: 50 }, goal: LIST_GOAL },
    { name: "findings.list", procedure: "findings.list", input: { limit: 50 }, goal: LIST_GOAL },
    { name: "dashboard.summary", procedure: "dashboard.summary", input: {}, goal: LIST_GOAL },
    { name: "roadmaps.byId", procedure: "roadmaps.byId", input: { id: roadmapId }, goal: BYID_GOAL },
  ];
}

/** Signs in over HTTP; returns the cookies to send back. */
export async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email, password: BENCH_PASSWORD } }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .join("; ");
  if (response.status !== 200 || !cookie.includes("session_token=")) {
    throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`);
  }
  return cookie;
}

/** A tRPC query over HTTP; throws unless it answers 200. */
export async function query(url: string, cookie: string, procedure: string, input: unknown): Promise<unknown> {
  const response = await fetch(url + trpcPath(procedure, input), { headers: { cookie } });
  const body = (await response.json()) as { result?: { data?: { json?: unknown } } };
  if (response.status !== 200) throw new Error(`${procedure} answered ${response.status}: ${JSON.stringify(body)}`);
  return body.result?.data?.json;
}

/**
 * Sessions of the bench admins: three users, so that the app's fair share (four
 * procedures at a time per user) does not cap 10 connections. A small scale has fewer
 * admins: then the ones it has, each signed in more than once.
 */
export async function signInAdmins(url: string): Promise<string[]> {
  const cookies: string[] = [];
  for (const email of BENCH_ADMINS) {
    const cookie = await signIn(url, email).catch(() => null);
    if (cookie) cookies.push(cookie);
  }
  if (!cookies.length) throw new Error(`no bench admin could sign in at ${url}: is the database seeded?`);
  while (cookies.length < BENCH_ADMINS.length) cookies.push(await signIn(url, BENCH_ADMINS[0]!));
  return cookies;
}
