// The command palette's search: the missions, parliaments and experts whose names hold
// what was typed, a few of each, each list scoped exactly as its own list procedure is
// (access/scopes.ts), so the palette never names a record the user could not open.
// Three statements, whatever the data.
import type { Actor } from "@hemicycle/shared/policy";
import { GLOBAL_SEARCH_LIMIT, type TGlobalSearchInput } from "@hemicycle/shared/schemas/search";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/types.ts";
import { expertScope, missionScope, parliamentScope, scoped } from "../access/scopes.ts";
import { searchWhere } from "../lib/search.ts";

export async function globalSearch(db: Db, actor: Actor, input: TGlobalSearchInput) {
  const take = GLOBAL_SEARCH_LIMIT;
  const [missions, parliaments, experts] = await Promise.all([
    db.mission.findMany({
      where: scoped<Prisma.MissionWhereInput>(
        missionScope(actor),
        searchWhere(input.q, (term) => [{ code: term }, { title: term }]),
      ),
      select: { id: true, code: true, title: true },
      orderBy: [{ code: "asc" }, { id: "asc" }],
      take,
    }),
    db.parliament.findMany({
      where: scoped<Prisma.ParliamentWhereInput>(
        parliamentScope(actor),
        searchWhere(input.q, (term) => [{ name: term }]),
      ),
      select: { id: true, name: true, countryCode: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
    }),
    db.expert.findMany({
      where: scoped<Prisma.ExpertWhereInput>(
        expertScope(actor),
        searchWhere(input.q, (term) => [{ name: term }, { institution: term }]),
      ),
      select: { id: true, name: true, institution: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
    }),
  ]);
  return { missions, parliaments, experts };
}
