// The findings log: scoped (findingScope), searched (title, description, evidence,
// recommendation), filtered (mission, phase, parliament, ICT area, kind, severity, grade,
// status), sorted and paged with a cursor, with the total the filters match (counted up to
// LIST_TOTAL_CAP, then `totalCapped`); and the same findings counted by area and severity
// for the summary above the list.
import type { Actor } from "@hemicycle/shared/policy";
import { LIST_TOTAL_CAP } from "@hemicycle/shared/schemas/common";
import {
  findingSortDirection,
  type TFindingFilterInput,
  type TFindingListInput,
} from "@hemicycle/shared/schemas/findings";
import type { Prisma } from "../db/generated/client.ts";
import { IctArea, Severity } from "../db/generated/enums.ts";
import type { Db } from "../db/types.ts";
import { findingScope, scoped } from "../access/scopes.ts";
import { cappedTotal, countOrder, paginate, type Keyset, type OrderKey } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import { findingListSelect } from "./finding-selects.ts";

/** `"LEG"` or `["LEG", "WEB"]` as a condition on one column; nothing given, no condition. */
function oneOf<T extends string>(value: T | readonly T[] | undefined) {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : { in: [...value] };
}

/** The findings the actor may see that match the filters (scope first, so no filter widens it). */
export function findingListWhere(actor: Actor, input: TFindingFilterInput): Prisma.FindingWhereInput {
  const area = oneOf(input.area);
  const severity = oneOf(input.severity);
  const status = oneOf(input.status);
  return scoped<Prisma.FindingWhereInput>(
    findingScope(actor),
    input.phaseId && { phaseId: input.phaseId },
    input.missionId && { phase: { missionId: input.missionId } },
    input.parliamentId && { phase: { mission: { parliamentId: input.parliamentId } } },
    area && { area },
    input.kind && { kind: input.kind },
    severity && { severity },
    input.grade !== undefined && { grade: input.grade },
    status && { status },
    searchWhere(input.search, (term) => [
      { title: term },
      { description: term },
      { evidence: term },
      { recommendation: term },
    ]),
  );
}

/**
 * The order of a sort, then the id in the same direction so that equal keys page stably.
 * Severity and area are PostgreSQL enums, which sort in their declared order: LOW, MEDIUM,
 * HIGH, CRITICAL (prisma/schema.prisma, as SEVERITIES), so "desc" puts CRITICAL first by
 * rank, never alphabetically. Ungraded findings come last either way.
 */
function keyset(input: TFindingListInput): Keyset<Prisma.FindingWhereInput, Prisma.FindingOrderByWithRelationInput> {
  const direction = input.sortDirection ?? findingSortDirection(input.sort);
  const types: Record<TFindingListInput["sort"], OrderKey["type"]> = {
    createdAt: "date",
    updatedAt: "date",
    severity: Object.values(Severity),
    grade: "int",
    area: Object.values(IctArea),
    title: "string",
  };
  const grade = input.sort === "grade";
  // Severity, area and grade hold a few values, each a long run of findings: a page is read
  // from its cursor apart from the later values (lib/pagination.ts, `parts`).
  const fewValues = grade || input.sort === "severity" || input.sort === "area";
  const key: OrderKey = { path: [input.sort], direction, type: types[input.sort], nullable: grade, fewValues };
  return { keys: [key], idDirection: direction };
}

/** `totalCap`: the most matches counted for the total (a test gives a small one). */
export async function listFindings(db: Db, actor: Actor, input: TFindingListInput, totalCap = LIST_TOTAL_CAP) {
  const where = findingListWhere(actor, input);
  // One statement at a time: a call holds one connection, so a user's four concurrent
  // calls (trpc.ts, fairShare) hold at most four (tests/server/work-per-user.test.ts).
  // Ordered by a column the filters hold to one value (lib/pagination.ts, `cappedTotal`).
  const orderBy = countOrder(input, ["status", "kind", "severity", "area", "phaseId"]);
  const total = await cappedTotal(({ take }) => db.finding.count({ where, take, orderBy }), totalCap);
  const page = await paginate(input, keyset(input), (page) =>
    db.finding.findMany({ ...page, where: { AND: [where, page.where] }, select: findingListSelect }),
  );
  return { ...total, ...page };
}

/** How many of the matching findings fall in each ICT area and severity (empty cells left out). */
export async function summariseFindings(db: Db, actor: Actor, input: TFindingFilterInput) {
  const groups = await db.finding.groupBy({
    by: ["area", "severity"],
    where: findingListWhere(actor, input),
    _count: { _all: true },
    orderBy: [{ area: "asc" }, { severity: "desc" }],
  });
  const cells = groups.map((g) => ({ area: g.area, severity: g.severity, count: g._count._all }));
  return { total: cells.reduce((sum, c) => sum + c.count, 0), cells };
}
