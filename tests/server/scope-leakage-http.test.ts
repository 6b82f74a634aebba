// Scope leakage over plain HTTP (issue 9, docs/security.md, "Scope"): the exports (the
// roadmap's CSV and PDF, the findings CSV with each filter) and the evidence files and
// their thumbnails, fetched with each persona's session cookie. What a persona may read
// holds none of the markers of what they may not (the PDF's text read back with a real
// extractor); a record out of reach answers the very same 404 as an id of nothing, for a
// download and for an upload. Driven with `app.inject`.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth } from "@hemicycle/server/auth/better-auth";
import { hashPassword } from "@hemicycle/server/auth/password";
import { loadConfig } from "@hemicycle/server/config";
import { buildApp } from "@hemicycle/server/http/app";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/database.ts";
import { MARKERS, PERSONAS, buildWorld, leaksIn, type ScopePersona, type World } from "./scope-leakage-world.ts";

const db = useTestDatabase();
const PASSWORD = "correct horse battery staple";

type App = Awaited<ReturnType<typeof buildApp>>;
type Response = Awaited<ReturnType<App["inject"]>>;

let app: App;
let dataDir: string;
let world: World;
const cookies = new Map<ScopePersona, string>();
/** The evidence file of parliament A's draft finding (staff never read drafts). */
let draftFile: string;
const draftFileId = () => draftFile;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "hc-scope-http-"));
  const filesDir = join(dataDir, "attachments");
  world = await buildWorld(db(), filesDir);
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, FILES_DIR: filesDir, LOG_LEVEL: "silent" });
  const auth = createAuth({
    prisma: db().prisma,
    secret: "scope-test-secret-scope-test-secret-0123",
    baseURL: config.publicUrl,
  });
  app = await buildApp({ config, db: db(), auth });
  await app.ready();
  draftFile = (
    await db().prisma.attachment.findFirstOrThrow({
      where: { findingId: world.A1.findings.DRAFT! },
      select: { id: true },
    })
  ).id;
  resetSignInThrottle();
  const hash = await hashPassword(PASSWORD);
  for (const persona of PERSONAS) {
    const user = world.users[persona];
    await db().prisma.account.create({
      data: { id: randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash },
    });
    const login = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ json: { email: user.email, password: PASSWORD } }),
    });
    expect(login.statusCode, login.body).toBe(200);
    const setCookie = [login.headers["set-cookie"] ?? []].flat().map(String);
    cookies.set(persona, setCookie.find((c) => c.startsWith("hemicycle.session_token="))!.split(";")[0]!);
  }
}, 60_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const get = (url: string, persona: ScopePersona) =>
  app.inject({ method: "GET", url, headers: { cookie: cookies.get(persona)! } });

/** The text a person reads of a download: a PDF's extracted text, else the body. */
async function textOf(response: Response): Promise<string> {
  if (response.headers["content-type"] !== "application/pdf") return response.body;
  const pdf = await getDocumentProxy(new Uint8Array(response.rawPayload));
  return (await extractText(pdf, { mergePages: true })).text;
}

const nowhere = () => `nowhere${randomUUID().replace(/-/g, "").slice(0, 16)}`;

/** A refusal as a client sees it: status, type and body. */
const refusal = (r: Response) => ({ status: r.statusCode, type: r.headers["content-type"], body: r.body });

describe("the exports", () => {
  const roadmapUrls = (id: string) => [`/export/roadmaps/${id}.csv`, `/export/roadmaps/${id}.pdf`];
  const findingsUrls = (w: World) => [
    "/export/findings.csv",
    `/export/findings.csv?missionId=${w.A1.missionId}`,
    `/export/findings.csv?parliamentId=${w.parliaments.A}`,
    `/export/findings.csv?parliamentId=${w.parliaments.B}`,
    "/export/findings.csv?area=SEC",
    "/export/findings.csv?area=LIB&area=LEG",
  ];

  it.each(PERSONAS)("give %s nothing outside their scope, with every filter", async (persona) => {
    const seen = new Set<string>();
    for (const url of [...roadmapUrls(world.A1.roadmapId!), ...findingsUrls(world)]) {
      const response = await get(url, persona);
      expect(response.statusCode, `${url} as ${persona}`).toBe(200);
      const text = await textOf(response);
      expect(leaksIn(text, persona, world), `${url} as ${persona}`).toEqual([]);
      for (const m of MARKERS) if (text.toUpperCase().includes(m)) seen.add(m);
    }
    // The controls see every parliament's validated findings: the markers are there to be found.
    if (persona === "admin" || persona === "coordinator") {
      expect([...seen]).toEqual(expect.arrayContaining(["ZQBMIS", "ZQA2MIS"]));
    }
  });

  it.each([
    ["staffA", () => world.B1.roadmapId!],
    ["staffA", () => world.A2.roadmapId!],
    ["expertA1", () => world.A2.roadmapId!],
    ["expertA1", () => world.B1.roadmapId!],
  ] as const)("answer %s's foreign roadmap the same 404 as a roadmap of nothing", async (persona, foreign) => {
    const absent = roadmapUrls(nowhere());
    for (const [i, url] of roadmapUrls(foreign()).entries()) {
      const [f, a] = [await get(url, persona), await get(absent[i]!, persona)];
      expect(f.statusCode).toBe(404);
      expect(refusal(f)).toEqual(refusal(a));
    }
  });

  it.each([
    ["staffA", () => world.B1.missionId],
    ["expertA1", () => world.A2.missionId],
    ["expertA1", () => world.B1.missionId],
  ] as const)(
    "answer %s's findings CSV of a foreign mission the same 404 as a mission of nothing",
    async (persona, foreign) => {
      const f = await get(`/export/findings.csv?missionId=${foreign()}`, persona);
      const a = await get(`/export/findings.csv?missionId=${nowhere()}`, persona);
      expect(f.statusCode).toBe(404);
      expect(refusal(f)).toEqual(refusal(a));
    },
  );
});

describe("the evidence files", () => {
  const urls = (id: string) => [`/files/${id}`, `/files/${id}/thumbnail`];

  it("serve a file and its thumbnail to whoever reads its finding", async () => {
    for (const persona of PERSONAS) {
      for (const url of urls(world.A1.attachmentId!)) {
        const response = await get(url, persona);
        expect(response.statusCode, `${url} as ${persona}`).toBe(200);
        expect(leaksIn(response.body, persona, world)).toEqual([]);
      }
    }
    // The controls read the others too.
    for (const id of [world.B1.attachmentId!, draftFileId()]) {
      expect((await get(`/files/${id}`, "admin")).statusCode).toBe(200);
    }
  });

  it.each([
    ["staffA", "parliament B's finding", () => world.B1.attachmentId!],
    ["staffA", "their parliament's draft", () => draftFileId()],
    ["expertA1", "mission B1's finding", () => world.B1.attachmentId!],
  ] as const)("answer %s a file of %s with the same 404 as a file of nothing", async (persona, _label, foreign) => {
    for (const [i, url] of urls(foreign()).entries()) {
      const [f, a] = [await get(url, persona), await get(urls(nowhere())[i]!, persona)];
      expect(f.statusCode).toBe(404);
      expect(refusal(f)).toEqual(refusal(a));
    }
  });

  it.each([
    ["staffA", () => world.B1.findings.VALIDATED!],
    ["expertA1", () => world.A2.findings.VALIDATED!],
    ["expertA1", () => world.B1.findings.DRAFT!],
  ] as const)(
    "refuse %s an upload to a foreign finding as to a finding of nothing, storing nothing",
    async (persona, foreign) => {
      const upload = (findingId: string) =>
        app.inject({
          method: "POST",
          url: `/files/findings/${findingId}`,
          headers: {
            cookie: cookies.get(persona)!,
            "content-type": "multipart/form-data; boundary=scope",
          },
          payload:
            '--scope\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\n' +
            "Content-Type: text/plain\r\n\r\nnotes\r\n--scope--\r\n",
        });
      const before = await db().prisma.attachment.count();
      const [f, a] = [await upload(foreign()), await upload(nowhere())];
      expect(f.statusCode).toBe(404);
      expect(refusal(f)).toEqual(refusal(a));
      expect(await db().prisma.attachment.count()).toBe(before);
    },
  );
});

/** Every route under /export and /files (its method), and where this file proves it. */
const HTTP_ROUTES: Record<string, { method: "GET" | "POST"; proof: string }> = {
  "/export/roadmaps/:file": { method: "GET", proof: "the exports: own and foreign roadmaps, CSV and PDF" },
  "/export/findings.csv": { method: "GET", proof: "the exports: each filter, and a foreign mission" },
  "/export/audit.csv": { method: "GET", proof: "the audit log's CSV: the managers' alone" },
  "/export/programmes/:file": { method: "GET", proof: "a programme's IATI file: the managers' alone" },
  "/export/missions/:id/:file": { method: "GET", proof: "a mission's assessment report: its readers alone" },
  "/export/terms-of-reference/:id/:file": {
    method: "GET",
    proof: "terms of reference: tests/server/documents/terms-of-reference-export.test.ts (404 out of reach)",
  },
  "/export/jobs/:id/file": {
    method: "GET",
    proof: "an export job's file: its owner's alone, tests/server/export-jobs.test.ts (404 for anyone else)",
  },
  "/export/*": { method: "GET", proof: "any other address: the same JSON 404 (the audit log's CSV)" },
  "/files/:id": { method: "GET", proof: "the evidence files" },
  "/files/:id/thumbnail": { method: "GET", proof: "the evidence files" },
  "/files/findings/:findingId": { method: "POST", proof: "the evidence files: an upload to a foreign finding" },
  "/files/*": { method: "GET", proof: "any other address: the same JSON 404" },
};

/** The routes Fastify prints as a tree ("├── /files/:id (GET)", "│   └── /thumbnail (GET)"), as full paths. */
function registeredPaths(tree: string): string[] {
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of tree.split("\n")) {
    const match = /^([│ ]*)[├└]── (\S+)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? "") + match[2]!;
    stack.push(path);
    paths.push(path);
  }
  return paths;
}

describe("the table of file and export routes", () => {
  it("has a row for every route under /export and /files, and none for one that is gone", () => {
    const routes = registeredPaths(app.printRoutes({ commonPrefix: false })).filter((p) =>
      /^\/(export|files)\//.test(p),
    );
    expect(routes.length).toBeGreaterThan(4);
    expect(routes.filter((r) => !HTTP_ROUTES[r])).toEqual([]);
    const gone = Object.entries(HTTP_ROUTES).filter(([url, { method }]) => !app.hasRoute({ url, method }));
    expect(gone.map(([url]) => url)).toEqual([]);
  });
});

describe("a programme's IATI file", () => {
  it("is the managers' alone: staff and the expert get the same 404, for their own programme, as for none", async () => {
    const iati = (id: string) => `/export/programmes/${id}.iati.xml`;
    for (const persona of ["coordinator", "admin"] as const) {
      expect((await get(iati(world.programmes.A), persona)).statusCode).toBe(200);
    }
    for (const persona of ["staffA", "expertA1"] as const) {
      const absent = await get(iati(nowhere()), persona);
      expect(absent.statusCode).toBe(404);
      for (const id of [world.programmes.A, world.programmes.B]) {
        expect(refusal(await get(iati(id), persona))).toEqual(refusal(absent));
      }
    }
  });
});

describe("a mission's assessment report", () => {
  const reportUrls = (id: string) => [
    `/export/missions/${id}/assessment-report.pdf?language=en`,
    `/export/missions/${id}/assessment-report.docx?language=en`,
  ];
  /** A DOCX's text is in its zip: the markers are searched for in word/document.xml. */
  async function reportText(response: Response): Promise<string> {
    if (response.headers["content-type"] === "application/pdf") return textOf(response);
    const { docxText } = await import("../helpers/document-text.ts");
    return docxText(new Uint8Array(response.rawPayload));
  }

  it("gives its readers nothing outside their scope, the parliament's staff once a phase is in parliament review", async () => {
    const phases = world.A1.phaseIds;
    const before = await db().prisma.phase.findMany({
      where: { id: { in: phases } },
      select: { id: true, status: true },
    });
    try {
      for (const persona of ["expertA1", "coordinator", "admin"] as const) {
        for (const url of reportUrls(world.A1.missionId)) {
          const response = await get(url, persona);
          expect(response.statusCode, `${url} as ${persona}`).toBe(200);
          expect(leaksIn(await reportText(response), persona, world), `${url} as ${persona}`).toEqual([]);
        }
      }
      // Not yet with the parliament: the staff get the same 404 as a mission of nothing.
      for (const [i, url] of reportUrls(world.A1.missionId).entries()) {
        expect(refusal(await get(url, "staffA"))).toEqual(refusal(await get(reportUrls(nowhere())[i]!, "staffA")));
      }
      await db().prisma.phase.updateMany({ where: { id: { in: phases } }, data: { status: "PARLIAMENT_REVIEW" } });
      for (const url of reportUrls(world.A1.missionId)) {
        const response = await get(url, "staffA");
        expect(response.statusCode, url).toBe(200);
        expect(leaksIn(await reportText(response), "staffA", world), url).toEqual([]);
      }
    } finally {
      for (const phase of before) {
        await db().prisma.phase.update({ where: { id: phase.id }, data: { status: phase.status } });
      }
    }
  });

  it.each([
    ["staffA", () => world.B1.missionId],
    ["expertA1", () => world.A2.missionId],
    ["expertA1", () => world.B1.missionId],
  ] as const)(
    "answers %s's report of a foreign mission the same 404 as a mission of nothing",
    async (persona, foreign) => {
      for (const [i, url] of reportUrls(foreign()).entries()) {
        const [f, a] = [await get(url, persona), await get(reportUrls(nowhere())[i]!, persona)];
        expect(f.statusCode).toBe(404);
        expect(refusal(f)).toEqual(refusal(a));
      }
    },
  );
});

describe("the audit log's CSV", () => {
  it("is the managers' alone: staff and the expert get the same 404 as an unknown address", async () => {
    for (const persona of ["staffA", "expertA1"] as const) {
      const [refused, unknown] = [await get("/export/audit.csv", persona), await get("/export/nothing-here", persona)];
      expect(refused.statusCode).toBe(404);
      expect(refusal(refused)).toEqual(refusal(unknown));
    }
    for (const persona of ["coordinator", "admin"] as const) {
      expect((await get("/export/audit.csv", persona)).statusCode).toBe(200);
    }
  });
});
