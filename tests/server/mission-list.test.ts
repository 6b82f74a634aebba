// missions.list sorts, filters by programme, answers a total and flags late reports, on
// the demo data, always within the caller's scope.
import type { SessionUser } from "@hemicycle/server/context";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { listMissions } from "@hemicycle/server/services/mission-list";
import { ZMissionListInput } from "@hemicycle/shared/schemas/missions";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let staffZambia: SessionUser;

beforeAll(async () => {
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  coordinator = await sessionUserByEmail(db(), "coordinator@hemicycle.test");
  staffZambia = await sessionUserByEmail(db(), "staff.zambia@hemicycle.test");
});

/** Every page of a list, following the cursor. */
async function all(user: SessionUser, input: Record<string, unknown>) {
  const codes: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<ReturnType<typeof as>["missions"]["list"]>> = await as(user).missions.list({
      ...input,
      limit: 2,
      ...(cursor ? { cursor } : {}),
    });
    codes.push(...page.items.map((m) => m.code));
    cursor = page.nextCursor;
  } while (cursor);
  return codes;
}

describe("missions.list", () => {
  it("answers the total the filters match, whatever the page size", async () => {
    const count = await prisma().mission.count();
    const page = await as(coordinator).missions.list({ limit: 1 });
    expect(page.total).toBe(count);
    expect(page.totalCapped).toBe(false);
    expect(page.items).toHaveLength(1);
  });

  it("counts the total up to the cap, then answers the cap with totalCapped, within the caller's scope", async () => {
    const totalOf = async (user: SessionUser, cap: number, filters: Record<string, unknown> = {}) => {
      const { total, totalCapped } = await listMissions(prisma(), user, ZMissionListInput.parse(filters), cap);
      return { total, totalCapped };
    };
    const count = await prisma().mission.count();
    expect(await totalOf(coordinator, count)).toEqual({ total: count, totalCapped: false });
    expect(await totalOf(coordinator, count - 1)).toEqual({ total: count - 1, totalCapped: true });
    expect(await totalOf(coordinator, 1, { search: "SADC-ZMB-2026" })).toEqual({ total: 1, totalCapped: false });
    // Staff count only their parliament's missions, fewer than the world's.
    const own = await prisma().mission.count({ where: { parliamentId: staffZambia.parliamentId! } });
    expect(own).toBeLessThan(count);
    expect(await totalOf(staffZambia, own)).toEqual({ total: own, totalCapped: false });
    if (own > 1) expect(await totalOf(staffZambia, own - 1)).toEqual({ total: own - 1, totalCapped: true });
  });

  it("sorts by code either way, paging without repeats", async () => {
    const codes = await all(coordinator, { sort: "code" });
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(await all(coordinator, { sort: "code", sortDirection: "desc" })).toEqual([...codes].reverse());
  });

  it("sorts by the first phase's start date, paging without repeats", async () => {
    const missions = await prisma().mission.findMany({
      select: { code: true, phases: { select: { startDate: true }, orderBy: { startDate: "asc" }, take: 1 } },
    });
    const start = new Map(missions.map((m) => [m.code, m.phases[0]?.startDate.getTime() ?? Infinity]));
    const codes = await all(coordinator, { sort: "start" });
    expect(codes).toHaveLength(missions.length);
    const starts = codes.map((c) => start.get(c)!);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("filters by programme", async () => {
    const programme = await prisma().programme.findFirstOrThrow({
      where: { missions: { some: {} } },
      select: { id: true, _count: { select: { missions: true } } },
    });
    const page = await as(coordinator).missions.list({ programmeId: programme.id, limit: 100 });
    expect(page.total).toBe(programme._count.missions);
    expect(page.items.every((m) => m.programme?.id === programme.id)).toBe(true);
  });

  it("flags the Zambia mission's late report, and keeps staff to their parliament's missions in the total", async () => {
    const page = await as(coordinator).missions.list({ search: "SADC-ZMB-2026", limit: 10 });
    expect(page.items[0]?.reportDaysLate).toBeGreaterThan(0);
    const own = await as(staffZambia).missions.list({ limit: 100 });
    expect(own.total).toBe(own.items.length);
    expect(own.items.every((m) => m.parliament.id === staffZambia.parliamentId)).toBe(true);
  });
});
