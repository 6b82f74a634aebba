// The roadmaps a person may see, across missions: the parliament home's review list
// (what staff have to read) and the coordinator's dashboard. Scoped in the query like
// every list (access/scopes.ts), most recently changed first, paged.
import type { Actor } from "@hemicycle/shared/policy";
import type { TRoadmapListInput } from "@hemicycle/shared/schemas/roadmaps";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { roadmapScope, scoped } from "../access/scopes.ts";
import { paginate, type Keyset } from "../lib/pagination.ts";
import { latestRevisionSelect } from "./roadmap-fields.ts";

const roadmapListSelect = {
  id: true,
  missionId: true,
  mission: { select: { code: true, title: true, parliament: { select: { id: true, name: true } } } },
  title: true,
  status: true,
  horizonStart: true,
  horizonEnd: true,
  baselineRevision: true,
  revisions: latestRevisionSelect,
  _count: { select: { items: true } },
  updatedAt: true,
} satisfies Prisma.RoadmapSelect;

type RoadmapListRow = Prisma.RoadmapGetPayload<{ select: typeof roadmapListSelect }>;

function toListItem({ mission, revisions, _count, ...roadmap }: RoadmapListRow) {
  return {
    id: roadmap.id,
    missionId: roadmap.missionId,
    missionCode: mission.code,
    missionTitle: mission.title,
    parliamentId: mission.parliament.id,
    parliamentName: mission.parliament.name,
    title: roadmap.title,
    status: roadmap.status,
    horizonStart: roadmap.horizonStart,
    horizonEnd: roadmap.horizonEnd,
    baselineRevision: roadmap.baselineRevision,
    latestRevision: revisions[0] ?? null,
    itemCount: _count.items,
    updatedAt: roadmap.updatedAt,
  };
}
export type RoadmapListItem = ReturnType<typeof toListItem>;

/** The latest changed first. */
const roadmapOrder: Keyset<Prisma.RoadmapWhereInput, Prisma.RoadmapOrderByWithRelationInput> = {
  keys: [{ path: ["updatedAt"], direction: "desc", type: "date" }],
  idDirection: "desc",
};

export async function listRoadmaps(db: Db, actor: Actor, input: TRoadmapListInput) {
  const where = scoped<Prisma.RoadmapWhereInput>(
    roadmapScope(actor),
    input.parliamentId && { mission: { parliamentId: input.parliamentId } },
    input.status && { status: input.status },
  );
  const page = await paginate(input, roadmapOrder, (page) =>
    db.roadmap.findMany({ ...page, where: { AND: [where, page.where] }, select: roadmapListSelect }),
  );
  return { items: page.items.map(toListItem), nextCursor: page.nextCursor };
}
