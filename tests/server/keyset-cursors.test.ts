// Keyset cursors (server/src/lib/pagination.ts, docs/decisions/0019-keyset-cursors.md):
// every order of every paged list, in both directions and one row a page, gives exactly
// the rows of the unpaged list in the same order (ties, enums in their declared order and
// ungraded findings last included), and a cursor the list did not hand out is refused as
// invalid input, never a server fault.
import type { SessionUser } from "@hemicycle/server/context";
import { encodeCursor } from "@hemicycle/server/lib/pagination";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { FINDING_SORTS } from "@hemicycle/shared/schemas/findings";
import { MISSION_SORTS } from "@hemicycle/shared/schemas/missions";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const as = (user: SessionUser) => callerFor(db(), user);
type Caller = ReturnType<typeof as>;
type Page = { items: { id: string }[]; nextCursor: string | null };
type List = (caller: Caller, input: Record<string, unknown>) => Promise<Page>;

let admin: SessionUser;
let lead: SessionUser;
let missionId: string;

beforeAll(async () => {
  expect(await seedDemoData(db().prisma)).toEqual({ seeded: true });
  admin = await sessionUserByEmail(db(), "admin@hemicycle.test");
  lead = await sessionUserByEmail(db(), "lead.expert@hemicycle.test");
  missionId = (await db().prisma.mission.findFirstOrThrow({ where: { code: "SADC-ZMB-2026" }, select: { id: true } }))
    .id;
});

const lists: Record<string, List> = {
  "missions.list": (c, i) => c.missions.list(i as never),
  "missions.activity": (c, i) => c.missions.activity({ missionId, ...i } as never),
  "findings.list": (c, i) => c.findings.list(i as never),
  "findings.reviewQueue": (c, i) => c.findings.reviewQueue({ status: "VALIDATED", ...i } as never),
  "experts.list": (c, i) => c.experts.list(i as never),
  "parliaments.list": (c, i) => c.parliaments.list(i as never),
  "programmes.list": (c, i) => c.programmes.list(i as never),
  "roadmaps.list": (c, i) => c.roadmaps.list(i as never),
  "users.list": (c, i) => c.users.list(i as never),
  "audit.list": (c, i) => c.audit.list(i as never),
};

async function onePerPage(caller: Caller, list: List, input: Record<string, unknown>, max = 500): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < max; n++) {
    const page: Page = await list(caller, { ...input, limit: 1, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    if (!cursor) return ids;
  }
  if (max < 500) return ids;
  throw new Error("still a next page after 500");
}

const orders: [string, Record<string, unknown>][] = [
  ...MISSION_SORTS.filter((s) => s !== "start").flatMap((sort) =>
    (["asc", "desc"] as const).map((d): [string, Record<string, unknown>] => [
      "missions.list",
      { sort, sortDirection: d },
    ]),
  ),
  ...FINDING_SORTS.flatMap((sort) =>
    (["asc", "desc"] as const).map((d): [string, Record<string, unknown>] => [
      "findings.list",
      { sort, sortDirection: d },
    ]),
  ),
  ["findings.reviewQueue", {}],
  ["missions.activity", {}],
  ["experts.list", { sort: "name" }],
  ["experts.list", { sort: "country" }],
  ...(["name", "country", "region"] as const).flatMap((sort) =>
    (["asc", "desc"] as const).map((order): [string, Record<string, unknown>] => ["parliaments.list", { sort, order }]),
  ),
  ...(["name", "start"] as const).flatMap((sort) =>
    (["asc", "desc"] as const).map((order): [string, Record<string, unknown>] => ["programmes.list", { sort, order }]),
  ),
  ["roadmaps.list", {}],
  ["users.list", {}],
  ["audit.list", {}],
];

describe("keyset pages", () => {
  it.each(orders)("%s %j: one row a page gives the unpaged list, in order", async (path, input) => {
    const caller = as(path === "findings.reviewQueue" ? lead : admin);
    // The first 100 rows (the audit log holds more): one a page, then as one page.
    const whole = await lists[path]!(caller, { ...input, limit: 100 });
    expect(whole.items.length).toBeGreaterThan(1);
    const paged = await onePerPage(caller, lists[path]!, input, whole.nextCursor ? 100 : 500);
    expect(paged).toEqual(whole.items.map((item) => item.id));
  });

  it("pages ungraded findings last, ties by id, in both directions", async () => {
    const ungraded = await db().prisma.finding.count({ where: { grade: null } });
    expect(ungraded).toBeGreaterThan(0);
    for (const sortDirection of ["asc", "desc"] as const) {
      const ids = await onePerPage(as(admin), lists["findings.list"]!, { sort: "grade", sortDirection });
      const grades = await db().prisma.finding.findMany({
        where: { id: { in: ids } },
        select: { id: true, grade: true },
      });
      const gradeOf = new Map(grades.map((f) => [f.id, f.grade]));
      const inOrder = ids.map((id) => gradeOf.get(id));
      const firstNull = inOrder.indexOf(null);
      expect(inOrder.slice(firstNull).every((g) => g === null)).toBe(true);
    }
  });
});

describe("a cursor the list did not hand out", () => {
  const bad = [
    "not a cursor",
    "nowhere0000000000000000",
    "7f1c2a9e-0000-4000-8000-000000000000",
    encodeCursor([]),
    encodeCursor(["only-an-id"]).repeat(2),
    encodeCursor([42, "id"]),
    encodeCursor([null, "id"]),
    encodeCursor(["a", "b", "c", "d"]),
    Buffer.from('{"__proto__":1}').toString("base64url"),
  ];

  it.each(Object.keys(lists))("%s answers each as invalid input (400), never a fault", async (path) => {
    const caller = as(path === "findings.reviewQueue" ? lead : admin);
    for (const cursor of bad) {
      const error = await appErrorOf(lists[path]!(caller, { cursor, limit: 5 }));
      expect(error, `${path} ${cursor}`).toMatchObject({
        trpcCode: "BAD_REQUEST",
        fieldErrors: { cursor: ["invalidValue"] },
      });
    }
  });

  it("refuses a value of another order's type: a severity cursor on the title order", async () => {
    const bySeverity = await as(admin).findings.list({ sort: "severity", limit: 1 });
    const error = await appErrorOf(
      as(admin).findings.list({ sort: "createdAt", cursor: bySeverity.nextCursor, limit: 1 }),
    );
    expect(error.trpcCode).toBe("BAD_REQUEST");
  });
});
