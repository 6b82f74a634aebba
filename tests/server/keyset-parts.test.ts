// Orders whose first key is an enum or may be null are read in parts (server/src/lib/
// pagination.ts, `parts`: the rest of the cursor's value, the later values, the nulls), so
// that each part starts its index scan at the cursor. Walked page by page through the
// cursor, at several page sizes, each such order gives exactly the rows of one unpaged
// ordered query, with ties, nulls, an enum value no row holds and the value boundaries
// falling on and inside page boundaries. The findings CSV, read in pages of 200,
// gives the rows of one ordered query across its pages.
import type { SessionUser } from "@hemicycle/server/context";
import { findingsCsv } from "@hemicycle/server/exports/findings-csv";
import type { IctArea, Severity } from "@hemicycle/shared/enums";
import { beforeAll, describe, expect, it } from "vitest";
import { createMission, createParliament, createUser } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;

type Page = { items: { id: string }[]; nextCursor: string | null };

let admin: SessionUser;
let phaseId: string;
let parliamentId: string;

// 23 findings: no MEDIUM at all, one CRITICAL, runs of equal severities, areas and grades,
// and a third of them ungraded.
const SEVERITIES: Severity[] = ["HIGH", "LOW", "HIGH", "CRITICAL", "LOW", "HIGH", "HIGH", "LOW"];
const AREAS: IctArea[] = ["LEG", "LEG", "WEB", "SEC", "GOV", "LEG", "WEB"];
const GRADES: (number | null)[] = [2, null, 4, 2, null, 0, 5, 2, null];

beforeAll(async () => {
  const parliament = await createParliament(db());
  parliamentId = parliament.id;
  const mission = await createMission(db(), { parliamentId });
  phaseId = mission.phases[0]!.id;
  admin = await createUser(db(), { role: "ADMIN" });
  const author = await createUser(db(), { role: "COORDINATOR" });
  for (let i = 0; i < 23; i++) {
    await prisma().finding.create({
      data: {
        phaseId,
        authorId: author.id,
        area: AREAS[i % AREAS.length]!,
        kind: "GAP",
        severity: SEVERITIES[i % SEVERITIES.length]!,
        grade: GRADES[i % GRADES.length]!,
        title: `Finding ${i}`,
        description: "Found.",
        status: "DRAFT",
      },
    });
  }
  // Missions of one parliament: some on the same first day, some without phases (no start).
  const starts = ["2027-03-01", null, "2027-01-10", "2027-03-01", null, "2026-12-01", "2027-03-01", null, "2027-01-10"];
  for (const start of starts) {
    const created = await createMission(db(), {
      parliamentId,
      phases: start ? [{ startDate: start, endDate: start }] : [],
    });
    expect(created.phases.length).toBe(start ? 1 : 0);
  }
});

async function walk(
  list: (input: Record<string, unknown>) => Promise<Page>,
  input: Record<string, unknown>,
  limit: number,
) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 100; n++) {
    const page: Page = await list({ ...input, limit, ...(cursor ? { cursor } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("still a next page after 100");
}

const LIMITS = [1, 2, 3, 4, 7, 50];
const DIRECTIONS = ["asc", "desc"] as const;

describe("findings.list by an enum or a nullable key", () => {
  const cases = (["severity", "area", "grade"] as const).flatMap((sort) =>
    DIRECTIONS.map((direction) => [sort, direction] as const),
  );

  it.each(cases)("sort=%s %s: every page size gives the unpaged ordered rows", async (sort, direction) => {
    const expected = (
      await prisma().finding.findMany({
        where: { phaseId },
        orderBy: [
          sort === "grade" ? { grade: { sort: direction, nulls: "last" } } : { [sort]: direction },
          { id: direction },
        ],
        select: { id: true },
      })
    ).map((f) => f.id);
    expect(expected.length).toBe(23);
    const caller = callerFor(db(), admin);
    for (const limit of LIMITS) {
      const ids = await walk(
        (i) => caller.findings.list(i as never),
        { phaseId, sort, sortDirection: direction },
        limit,
      );
      expect(ids, `page of ${limit}`).toEqual(expected);
    }
  });
});

describe("missions.list by the first phase's start (null without phases)", () => {
  it.each(DIRECTIONS)(
    "%s: every page size gives the unpaged ordered rows, missions without phases last",
    async (direction) => {
      const expected = await prisma().mission.findMany({
        where: { parliamentId },
        orderBy: [{ firstStartDate: { sort: direction, nulls: "last" } }, { id: direction }],
        select: { id: true, firstStartDate: true },
      });
      expect(expected.length).toBe(10);
      expect(expected.at(-1)!.firstStartDate).toBeNull();
      const caller = callerFor(db(), admin);
      for (const limit of LIMITS) {
        const ids = await walk(
          (i) => caller.missions.list(i as never),
          { parliamentId, sort: "start", sortDirection: direction },
          limit,
        );
        expect(ids, `page of ${limit}`).toEqual(expected.map((m) => m.id));
      }
    },
  );
});

describe("the findings CSV", () => {
  it("reads its pages from where the last ended: across pages, the rows of one ordered query", async () => {
    const author = await createUser(db(), { role: "COORDINATOR" });
    const parliament = await createParliament(db());
    const phases: string[] = [];
    for (const code of ["EXP-B", "EXP-A", "EXP-C"]) {
      phases.push((await createMission(db(), { parliamentId: parliament.id, code })).phases[0]!.id);
    }
    // 450 validated findings: more than two pages, runs of equal mission, area and severity.
    await prisma().finding.createMany({
      data: Array.from({ length: 450 }, (_, i) => ({
        phaseId: phases[i % 3]!,
        authorId: author.id,
        area: AREAS[i % AREAS.length]!,
        kind: "GAP" as const,
        severity: SEVERITIES[i % SEVERITIES.length]!,
        title: `Exported ${i}`,
        description: "Found.",
        status: "VALIDATED" as const,
      })),
    });
    const expected = await prisma().finding.findMany({
      where: { status: "VALIDATED", phase: { mission: { parliamentId: parliament.id } } },
      orderBy: [{ phase: { mission: { code: "asc" } } }, { area: "asc" }, { severity: "desc" }, { id: "asc" }],
      select: { title: true },
    });
    let csv = "";
    for await (const chunk of findingsCsv(prisma(), admin, { parliamentId: parliament.id })) csv += String(chunk);
    const titles = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => /Exported \d+/.exec(line)?.[0]);
    expect(titles).toEqual(expected.map((f) => f.title));
  });
});
