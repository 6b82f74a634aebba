// findings.list and findings.summary on a small known set of findings: each filter, the
// search over title, description, evidence and recommendation, the orders (severity by
// rank, not alphabetically), the total, and the scope that no filter widens: staff see
// only their own parliament's validated findings, an expert only the phases they are on.
import type { SessionUser } from "@hemicycle/server/context";
import type { FindingKind, FindingStatus, IctArea, Severity } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createMission, createParliament, createUser } from "../factories/records.ts";
import { listFindings } from "@hemicycle/server/services/finding-list";
import { ZFindingListInput } from "@hemicycle/shared/schemas/findings";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { statementCountingClient } from "../helpers/statement-counter.ts";
import { rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

type Spec = {
  key: string;
  on: "north" | "northPlan" | "south";
  area: IctArea;
  kind: FindingKind;
  severity: Severity;
  grade: number | null;
  status: FindingStatus;
  title: string;
  evidence?: string;
  recommendation?: string;
};

// North: a parliament with an assessment and a strategic plan; south: another parliament.
const SPECS: Spec[] = [
  {
    key: "n1",
    on: "north",
    area: "LEG",
    kind: "GAP",
    severity: "LOW",
    grade: 2,
    status: "VALIDATED",
    title: "Bills by e-mail",
  },
  {
    key: "n2",
    on: "north",
    area: "WEB",
    kind: "STRENGTH",
    severity: "CRITICAL",
    grade: 4,
    status: "VALIDATED",
    title: "Accessible website",
  },
  {
    key: "n3",
    on: "north",
    area: "SEC",
    kind: "RISK",
    severity: "HIGH",
    grade: null,
    status: "SUBMITTED",
    title: "No backups",
    evidence: "The server room floods",
  },
  {
    key: "n4",
    on: "north",
    area: "LEG",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 1,
    status: "DRAFT",
    title: "Hansard typed twice",
    recommendation: "Adopt Akoma Ntoso",
  },
  {
    key: "n5",
    on: "northPlan",
    area: "GOV",
    kind: "OPPORTUNITY",
    severity: "HIGH",
    grade: 3,
    status: "VALIDATED",
    title: "An ICT committee exists",
  },
  {
    key: "s1",
    on: "south",
    area: "LEG",
    kind: "GAP",
    severity: "CRITICAL",
    grade: 0,
    status: "VALIDATED",
    title: "No bill tracking",
  },
  {
    key: "s2",
    on: "south",
    area: "INF",
    kind: "GAP",
    severity: "LOW",
    grade: 2,
    status: "REJECTED",
    title: "Slow network 100%",
  },
];

const ids = new Map<string, string>();
const keyOf = new Map<string, string>();
let coordinator: SessionUser;
let expertNorth: SessionUser; // on the north assessment only
let expertSouth: SessionUser; // on the south mission only
let staffNorth: SessionUser;
let staffSouth: SessionUser;
let staffElsewhere: SessionUser; // of a parliament with no mission
let north: { missionId: string; parliamentId: string; assessmentId: string; planId: string };
let south: { missionId: string; parliamentId: string; phaseId: string };

beforeAll(async () => {
  const [pNorth, pSouth, pElsewhere] = [
    await createParliament(db()),
    await createParliament(db()),
    await createParliament(db()),
  ];
  const mNorth = await createMission(db(), {
    parliamentId: pNorth.id,
    phases: [
      { kind: "ASSESSMENT", startDate: "2027-03-01", endDate: "2027-03-05", status: "FIELDWORK" },
      { kind: "STRATEGIC_PLAN", startDate: "2027-05-01", endDate: "2027-05-05", status: "FIELDWORK" },
    ],
  });
  const mSouth = await createMission(db(), { parliamentId: pSouth.id });
  north = {
    missionId: mNorth.id,
    parliamentId: pNorth.id,
    assessmentId: mNorth.phases[0]!.id,
    planId: mNorth.phases[1]!.id,
  };
  south = { missionId: mSouth.id, parliamentId: pSouth.id, phaseId: mSouth.phases[0]!.id };

  const [eNorth, eSouth] = [await createExpert(db()), await createExpert(db())];
  await assignToPhase(db(), north.assessmentId, eNorth.id, "LEAD");
  await assignToPhase(db(), south.phaseId, eSouth.id, "LEAD");
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  expertNorth = await createUser(db(), { role: "EXPERT", expertId: eNorth.id });
  expertSouth = await createUser(db(), { role: "EXPERT", expertId: eSouth.id });
  staffNorth = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: pNorth.id });
  staffSouth = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: pSouth.id });
  staffElsewhere = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: pElsewhere.id });

  const phaseOf = { north: north.assessmentId, northPlan: north.planId, south: south.phaseId };
  let minute = 0;
  for (const spec of SPECS) {
    minute += 1;
    const created = await prisma().finding.create({
      data: {
        phaseId: phaseOf[spec.on],
        authorId: spec.on === "south" ? expertSouth.id : expertNorth.id,
        area: spec.area,
        kind: spec.kind,
        severity: spec.severity,
        grade: spec.grade,
        status: spec.status,
        title: spec.title,
        description: `Observed during the ${spec.on} mission.`,
        evidence: spec.evidence ?? null,
        recommendation: spec.recommendation ?? null,
        createdAt: new Date(Date.UTC(2027, 2, 1, 9, minute)),
        // Updated in the reverse order of creation.
        updatedAt: new Date(Date.UTC(2027, 2, 2, 9, 60 - minute)),
      },
      select: { id: true },
    });
    ids.set(spec.key, created.id);
    keyOf.set(created.id, spec.key);
  }
});

type ListInput = Parameters<ReturnType<typeof as>["findings"]["list"]>[0];

/** The keys of every finding the list gives, page after page (two a page). */
async function keys(user: SessionUser, input: Omit<ListInput, "cursor" | "limit"> = {}) {
  const found: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<ReturnType<typeof as>["findings"]["list"]>> = await as(user).findings.list({
      ...input,
      limit: 2,
      ...(cursor ? { cursor } : {}),
    });
    found.push(...page.items.map((f) => keyOf.get(f.id) ?? f.id));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

const sorted = (list: string[]) => [...list].sort();

describe("findings.list filters", () => {
  it("lists every finding, newest first, for a coordinator", async () => {
    expect(await keys(coordinator)).toEqual(["s2", "s1", "n5", "n4", "n3", "n2", "n1"]);
  });

  it.each<[string, Omit<ListInput, "cursor" | "limit">, string[]]>([
    ["mission", { missionId: "" }, ["n1", "n2", "n3", "n4", "n5"]],
    ["phase", { phaseId: "" }, ["n5"]],
    ["parliament", { parliamentId: "" }, ["s1", "s2"]],
    ["area", { area: "LEG" }, ["n1", "n4", "s1"]],
    ["areas", { area: ["LEG", "SEC"] }, ["n1", "n3", "n4", "s1"]],
    ["kind", { kind: "GAP" }, ["n1", "n4", "s1", "s2"]],
    ["severity", { severity: "CRITICAL" }, ["n2", "s1"]],
    ["severities", { severity: ["CRITICAL", "HIGH"] }, ["n2", "n3", "n5", "s1"]],
    ["grade", { grade: 2 }, ["n1", "s2"]],
    ["grade 0", { grade: 0 }, ["s1"]],
    ["status", { status: "VALIDATED" }, ["n1", "n2", "n5", "s1"]],
    ["statuses", { status: ["DRAFT", "REJECTED"] }, ["n4", "s2"]],
    ["area and severity together", { area: "LEG", severity: "CRITICAL" }, ["s1"]],
  ])("filters by %s", async (name, input, expected) => {
    const resolved = { ...input };
    if (name === "mission") resolved.missionId = north.missionId;
    if (name === "phase") resolved.phaseId = north.planId;
    if (name === "parliament") resolved.parliamentId = south.parliamentId;
    expect(sorted(await keys(coordinator, resolved))).toEqual(expected);
  });

  it("searches title, description, evidence and recommendation, ignoring case, every word", async () => {
    expect(sorted(await keys(coordinator, { search: "BILL" }))).toEqual(["n1", "s1"]);
    expect(await keys(coordinator, { search: "floods" })).toEqual(["n3"]);
    expect(await keys(coordinator, { search: "akoma ntoso" })).toEqual(["n4"]);
    expect(sorted(await keys(coordinator, { search: "south mission" }))).toEqual(["s1", "s2"]);
    expect(await keys(coordinator, { search: "bills north" })).toEqual(["n1"]);
    // A user's % is a percent sign, not a wildcard.
    expect(await keys(coordinator, { search: "100%" })).toEqual(["s2"]);
    expect(await keys(coordinator, { search: "%" })).toEqual(["s2"]);
    expect(await keys(coordinator, { search: "nothing like this" })).toEqual([]);
  });

  it("answers the total the filters match, whatever the page size", async () => {
    const page = await as(coordinator).findings.list({ limit: 1 });
    expect(page.total).toBe(SPECS.length);
    expect(page.items).toHaveLength(1);
    const filtered = await as(coordinator).findings.list({ area: "LEG", limit: 1 });
    expect(filtered.total).toBe(3);
    expect((await as(coordinator).findings.list({ search: "nothing like this" })).total).toBe(0);
    expect(page.totalCapped).toBe(false);
  });
});

describe("findings.list total past the cap", () => {
  /** The total the list answers with a cap of `cap` matches (LIST_TOTAL_CAP in the API). */
  const totalOf = async (user: SessionUser, cap: number, filters: Record<string, unknown> = {}) => {
    const { total, totalCapped } = await listFindings(prisma(), user, ZFindingListInput.parse(filters), cap);
    return { total, totalCapped };
  };

  it("counts exactly up to the cap, and answers the cap with totalCapped past it", async () => {
    expect(await totalOf(coordinator, SPECS.length)).toEqual({ total: SPECS.length, totalCapped: false });
    expect(await totalOf(coordinator, SPECS.length - 1)).toEqual({ total: SPECS.length - 1, totalCapped: true });
    expect(await totalOf(coordinator, 2)).toEqual({ total: 2, totalCapped: true });
    expect(await totalOf(coordinator, 3, { area: "LEG" })).toEqual({ total: 3, totalCapped: false });
    expect(await totalOf(coordinator, 2, { area: "LEG" })).toEqual({ total: 2, totalCapped: true });
  });

  it("counts only what the caller may see, whatever the cap", async () => {
    // Staff north see n1, n2, n5 (validated, their parliament); the world holds seven.
    expect(await totalOf(staffNorth, 3)).toEqual({ total: 3, totalCapped: false });
    expect(await totalOf(staffNorth, 2)).toEqual({ total: 2, totalCapped: true });
    expect(await totalOf(staffSouth, 1)).toEqual({ total: 1, totalCapped: false });
    expect(await totalOf(staffElsewhere, 1)).toEqual({ total: 0, totalCapped: false });
    // The expert on the south mission sees its two findings, not the north ones.
    expect(await totalOf(expertSouth, 2)).toEqual({ total: 2, totalCapped: false });
    expect(await totalOf(expertSouth, 1, { missionId: north.missionId })).toEqual({ total: 0, totalCapped: false });
  });

  it("stops counting at the cap: the count reads at most cap + 1 rows", async () => {
    const { client, counter } = statementCountingClient(db());
    try {
      counter.sql = [];
      await listFindings(client, coordinator, ZFindingListInput.parse({}), 4);
      const count = counter.sql.find((sql) => /count\(/i.test(sql));
      expect(count).toMatch(/LIMIT/i);
      // Ordered by a column the filters hold to one value, an order PostgreSQL need not follow.
      counter.sql = [];
      await listFindings(client, coordinator, ZFindingListInput.parse({ status: "VALIDATED" }), 4);
      expect(counter.sql.find((sql) => /count\(/i.test(sql))).toMatch(/ORDER BY "public"\."findings"\."status"/);
    } finally {
      await client.$disconnect();
    }
  });
});

describe("findings.list order", () => {
  it("sorts by severity rank, CRITICAL first, not alphabetically, with a stable tiebreak", async () => {
    const order = await keys(coordinator, { sort: "severity" });
    const rank = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;
    const severities = order.map((key) => rank[SPECS.find((s) => s.key === key)!.severity]);
    expect(severities).toEqual([0, 0, 1, 1, 2, 3, 3]);
    // Equal severities by id, in the same direction.
    const byId = (a: string, b: string) => (ids.get(a)! < ids.get(b)! ? 1 : -1);
    expect(order.slice(0, 2)).toEqual(["n2", "s1"].sort(byId));
    expect(await keys(coordinator, { sort: "severity", sortDirection: "asc" })).toEqual([...order].reverse());
  });

  it("sorts by grade, lowest first, ungraded last either way", async () => {
    const up = await keys(coordinator, { sort: "grade" });
    expect(up[0]).toBe("s1");
    expect(up.at(-1)).toBe("n3");
    const down = await keys(coordinator, { sort: "grade", sortDirection: "desc" });
    expect(down[0]).toBe("n2");
    expect(down.at(-1)).toBe("n3");
  });

  it("sorts by title, area, creation and last change, paging without repeats", async () => {
    const byTitle = await keys(coordinator, { sort: "title" });
    const titles = byTitle.map((key) => SPECS.find((s) => s.key === key)!.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : 1)));
    const byArea = await keys(coordinator, { sort: "area" });
    expect(byArea.map((key) => SPECS.find((s) => s.key === key)!.area)).toEqual([
      "GOV",
      "INF",
      "LEG",
      "LEG",
      "LEG",
      "WEB",
      "SEC",
    ]);
    expect(await keys(coordinator, { sort: "createdAt", sortDirection: "asc" })).toEqual(SPECS.map((s) => s.key));
    expect(await keys(coordinator, { sort: "updatedAt" })).toEqual(SPECS.map((s) => s.key));
  });
});

describe("findings.list scope", () => {
  it("shows staff only their own parliament's validated findings, whatever the filters", async () => {
    expect(sorted(await keys(staffNorth))).toEqual(["n1", "n2", "n5"]);
    expect(await keys(staffNorth, { status: "DRAFT" })).toEqual([]);
    expect(await keys(staffNorth, { status: ["DRAFT", "SUBMITTED", "REJECTED"] })).toEqual([]);
    expect(await keys(staffNorth, { parliamentId: south.parliamentId })).toEqual([]);
    expect(await keys(staffSouth)).toEqual(["s1"]);
    expect((await as(staffSouth).findings.list({})).total).toBe(1);
  });

  it("shows another parliament's staff none of them", async () => {
    expect(await keys(staffElsewhere)).toEqual([]);
    expect(await keys(staffElsewhere, { missionId: north.missionId })).toEqual([]);
    expect(await keys(staffElsewhere, { search: "bill" })).toEqual([]);
    expect((await as(staffElsewhere).findings.list({})).total).toBe(0);
  });

  it("shows an expert not on a mission none of its findings", async () => {
    expect(await keys(expertSouth, { missionId: north.missionId })).toEqual([]);
    expect(sorted(await keys(expertSouth))).toEqual(["s1", "s2"]);
    expect((await as(expertSouth).findings.list({ missionId: north.missionId })).total).toBe(0);
    // The scope is the mission (access/scopes.ts): on its assessment, they see its plan's findings too.
    expect(sorted(await keys(expertNorth))).toEqual(["n1", "n2", "n3", "n4", "n5"]);
    expect(await keys(expertNorth, { parliamentId: south.parliamentId })).toEqual([]);
  });

  it("refuses a hidden finding's id as a cursor, as any cursor it did not hand out", async () => {
    const error = await rejection(as(staffNorth).findings.list({ cursor: ids.get("s1")!, limit: 10 }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("findings.summary", () => {
  it("counts the matching findings by area and severity, within the scope", async () => {
    const all = await as(coordinator).findings.summary({});
    expect(all.total).toBe(SPECS.length);
    expect(all.cells).toContainEqual({ area: "LEG", severity: "CRITICAL", count: 1 });
    const leg = await as(coordinator).findings.summary({ area: "LEG" });
    expect(leg).toEqual({
      total: 3,
      cells: [
        { area: "LEG", severity: "CRITICAL", count: 1 },
        { area: "LEG", severity: "MEDIUM", count: 1 },
        { area: "LEG", severity: "LOW", count: 1 },
      ],
    });
    expect((await as(staffNorth).findings.summary({})).total).toBe(3);
    expect((await as(staffElsewhere).findings.summary({})).cells).toEqual([]);
  });
});

describe("findings.list input", () => {
  it.each<[string, unknown]>([
    ["an unknown sort", { sort: "author" }],
    ["a sort direction that is not one", { sort: "severity", sortDirection: "sideways" }],
    ["an unknown area", { area: "XYZ" }],
    ["an empty list of areas", { area: [] }],
    ["an unknown severity among several", { severity: ["HIGH", "URGENT"] }],
    ["a grade out of range", { grade: 6 }],
    ["a grade that is not a whole number", { grade: 2.5 }],
    ["an unknown kind", { kind: "BUG" }],
    ["a status of another kind", { status: "ENDORSED" }],
    ["an over-long search", { search: "x".repeat(201) }],
    ["a mission id that is not one", { missionId: "" }],
    ["a page too large", { limit: 10_000 }],
  ])("refuses %s with BAD_REQUEST", async (_name, input) => {
    const error = await rejection(as(coordinator).findings.list(input as never));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
