// The missions list: scoped, filtered (search, parliament, programme, status), sorted
// (newest, first phase's start, code, title, status) and paged with a cursor, with the
// total the filters match (counted up to LIST_TOTAL_CAP, then `totalCapped`) and how
// late each mission's most overdue report is.
import type { Actor } from "@hemicycle/shared/policy";
import { LIST_TOTAL_CAP } from "@hemicycle/shared/schemas/common";
import type { TMissionListInput } from "@hemicycle/shared/schemas/missions";
import { reportDaysLate } from "@hemicycle/shared/workflows/phase";
import type { Prisma } from "../db/generated/client.ts";
import { MissionStatus } from "../db/generated/enums.ts";
import type { Db } from "../db/types.ts";
import { missionScope, scoped } from "../access/scopes.ts";
import { cappedTotal, countOrder, paginate, type Keyset } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";

const missionListSelect = {
  id: true,
  code: true,
  title: true,
  type: true,
  status: true,
  version: true,
  createdAt: true,
  firstStartDate: true,
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
  if (input.sort === "start") {
    // The first phase's start, kept on the mission by the database (a mission without phases last).
    return { keys: [{ path: ["firstStartDate"], direction, type: "date", nullable: true }], idDirection: direction };
  }
  const column = input.sort === "created" ? "createdAt" : input.sort;
  const type = column === "createdAt" ? "date" : column === "status" ? Object.values(MissionStatus) : "string";
  // Four statuses, each a long run of missions: read apart at the cursor (lib/pagination.ts, `parts`).
  return { keys: [{ path: [column], direction, type, fewValues: column === "status" }], idDirection: direction };
}

/** `totalCap`: the most matches counted for the total (a test gives a small one). */
export async function listMissions(db: Db, actor: Actor, input: TMissionListInput, totalCap = LIST_TOTAL_CAP) {
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
  // Ordered by a column the filters hold to one value (lib/pagination.ts, `cappedTotal`).
  const orderBy = countOrder(input, ["status", "parliamentId", "programmeId"]);
  const total = await cappedTotal(({ take }) => db.mission.count({ where, take, orderBy }), totalCap);
  const page = await paginate(input, keyset(input), (page) =>
    db.mission.findMany({ ...page, where: { AND: [where, page.where] }, select: missionListSelect }),
  );
  const today = todayUtc();
  return {
    ...total,
    nextCursor: page.nextCursor,
    // The first start is the list's cursor key; the items give it as `startDate`.
    items: page.items.map(({ phases, firstStartDate: _cursorKey, ...mission }) => ({
      ...mission,
      phaseCount: phases.length,
      startDate: phases[0]?.startDate ?? null,
      endDate: phases.reduce<Date | null>((end, p) => (!end || p.endDate > end ? p.endDate : end), null),
      /** The most overdue report's days late, 0 when none is late. */
      reportDaysLate: Math.max(0, ...phases.map((p) => reportDaysLate(p, today))),
    })),
  };
}
