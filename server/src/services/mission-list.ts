// The missions list: scoped, filtered (search, parliament, programme, status), sorted
// (newest, first phase's start, code, title, status) and paged with a cursor, with the
// total the filters match and how late each mission's most overdue report is.
import type { Actor } from "@hemicycle/shared/policy";
import type { TMissionListInput } from "@hemicycle/shared/schemas/missions";
import { reportDaysLate } from "@hemicycle/shared/workflows/phase";
import type { Prisma } from "../db/generated/client.ts";
import { MissionStatus } from "../db/generated/enums.ts";
import type { Db } from "../db/types.ts";
import { missionScope, scoped } from "../access/scopes.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";

const missionListSelect = {
  id: true,
  code: true,
  title: true,
  type: true,
  status: true,
  version: true,
  createdAt: true,
  parliament: { select: { id: true, name: true, countryCode: true } },
  programme: { select: { id: true, name: true } },
  phases: {
    select: { startDate: true, endDate: true, kind: true, status: true, reportDueDate: true },
    orderBy: { startDate: "asc" },
  },
} satisfies Prisma.MissionSelect;

function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The order of a sort by a column of the mission row, then the id in the same direction. */
function keyset(input: TMissionListInput): Keyset<Prisma.MissionWhereInput, Prisma.MissionOrderByWithRelationInput> {
  const direction = input.sortDirection ?? (input.sort === "created" ? "desc" : "asc");
  const column = input.sort === "start" || input.sort === "created" ? "createdAt" : input.sort;
  const type = column === "createdAt" ? "date" : column === "status" ? Object.values(MissionStatus) : "string";
  return { keys: [{ path: [column], direction, type }], idDirection: direction };
}

/**
 * The ids of the missions in order of their first phase's start (a mission without
 * phases last), then by id: the order a column of the mission row cannot give.
 */
async function idsByStart(db: Db, where: Prisma.MissionWhereInput, direction: "asc" | "desc"): Promise<string[]> {
  const rows = await db.mission.findMany({
    where,
    select: { id: true, phases: { select: { startDate: true }, orderBy: { startDate: "asc" }, take: 1 } },
  });
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((r) => ({ id: r.id, start: r.phases[0]?.startDate.getTime() ?? null }))
    .sort((a, b) => {
      if (a.start === null || b.start === null) return a.start === b.start ? 0 : a.start === null ? 1 : -1;
      return sign * (a.start - b.start) || (a.id < b.id ? -sign : a.id > b.id ? sign : 0);
    })
    .map((r) => r.id);
}

export async function listMissions(db: Db, actor: Actor, input: TMissionListInput) {
  const where = scoped<Prisma.MissionWhereInput>(
    missionScope(actor),
    input.parliamentId && { parliamentId: input.parliamentId },
    input.programmeId && { programmeId: input.programmeId },
    input.status && { status: input.status },
    searchWhere(input.search, (term) => [
      { code: term },
      { title: term },
      { parliament: { name: term } },
      { programme: { name: term } },
    ]),
  );
  // One statement at a time: a call holds one connection, so a user's four concurrent
  // calls (trpc.ts, fairShare) hold at most four (tests/server/work-per-user.test.ts).
  const total = await db.mission.count({ where });
  const page = input.sort === "start" ? await pageByStart(db, where, input) : await pageByColumn(db, where, input);
  const today = todayUtc();
  return {
    total,
    nextCursor: page.nextCursor,
    items: page.items.map(({ phases, ...mission }) => ({
      ...mission,
      phaseCount: phases.length,
      startDate: phases[0]?.startDate ?? null,
      endDate: phases.reduce<Date | null>((end, p) => (!end || p.endDate > end ? p.endDate : end), null),
      /** The most overdue report's days late, 0 when none is late. */
      reportDaysLate: Math.max(0, ...phases.map((p) => reportDaysLate(p, today))),
    })),
  };
}

function pageByColumn(db: Db, where: Prisma.MissionWhereInput, input: TMissionListInput) {
  return paginate(input, keyset(input), (page) =>
    db.mission.findMany({ ...page, where: { AND: [where, page.where] }, select: missionListSelect }),
  );
}

async function pageByStart(db: Db, where: Prisma.MissionWhereInput, input: TMissionListInput) {
  const ids = await idsByStart(db, where, input.sortDirection ?? "asc");
  // A cursor not in the list (hidden, made up, gone) gives an empty page, as paginate does.
  const from = input.cursor ? ids.indexOf(input.cursor) : 0;
  if (from < 0) return { items: [], nextCursor: null };
  const pageIds = ids.slice(from, from + input.limit);
  const rows = await db.mission.findMany({ where: { id: { in: pageIds } }, select: missionListSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: pageIds.flatMap((id) => byId.get(id) ?? []),
    nextCursor: ids[from + input.limit] ?? null,
  };
}
