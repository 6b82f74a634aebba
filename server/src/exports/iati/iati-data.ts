// What a programme's IATI activity file is made of, read in one query: the programme, its
// missions (by code) with their parliament, phases and roadmap items. Findings stay out:
// they are the parliament's assessment, not something a funder's report publishes.
import type { Prisma } from "../../db/generated/client.ts";
import type { DbOrTx } from "../../db/types.ts";

export const iatiProgrammeSelect = {
  id: true,
  name: true,
  funders: true,
  startDate: true,
  endDate: true,
  description: true,
  updatedAt: true,
  missions: {
    orderBy: [{ code: "asc" }, { id: "asc" }],
    select: {
      code: true,
      title: true,
      type: true,
      objectives: true,
      status: true,
      updatedAt: true,
      parliament: { select: { name: true, countryCode: true } },
      phases: {
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
        select: {
          status: true,
          startDate: true,
          endDate: true,
          actualStartDate: true,
          actualEndDate: true,
        },
      },
      roadmap: {
        select: {
          horizonStart: true,
          items: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: {
              title: true,
              expectedBenefit: true,
              startDate: true,
              costEstimate: true,
              currency: true,
              kpi: true,
            },
          },
        },
      },
    },
  },
} satisfies Prisma.ProgrammeSelect;

export type IatiProgramme = Prisma.ProgrammeGetPayload<{ select: typeof iatiProgrammeSelect }>;
export type IatiMission = IatiProgramme["missions"][number];

/** The programme and everything its file tells, or null when there is no such programme in `where`. */
export function findIatiProgramme(db: DbOrTx, where: Prisma.ProgrammeWhereInput): Promise<IatiProgramme | null> {
  return db.programme.findFirst({ where, select: iatiProgrammeSelect });
}
