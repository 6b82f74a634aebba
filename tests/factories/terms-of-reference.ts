// What terms of reference are drafted from, written straight to the database: a mission of
// the parliament (an assessment phase the given expert leads, a strategic-plan phase), its
// findings in several ICT areas (validated, and one still a draft), and its roadmap with
// items that carry strategic objectives, descriptions, dates and KPIs.
import type { Database } from "@hemicycle/server/db/database";
import type { IctArea } from "@hemicycle/shared/enums";
import { TOR_SECTIONS } from "@hemicycle/shared/schemas/terms-of-reference";
import { createMission, day } from "./records.ts";

let counter = 0;

export type TorSourcesFixture = {
  missionId: string;
  missionCode: string;
  roadmapId: string;
  /** Validated findings, by name. */
  findings: Record<"bills" | "network" | "security" | "website", { id: string; title: string; recommendation: string }>;
  draftFindingId: string;
  items: Record<"lis" | "portal", { id: string; title: string }>;
};

export async function createTorSources(
  db: Database,
  options: { parliamentId: string; leadExpertId?: string; authorId: string },
): Promise<TorSourcesFixture> {
  const n = ++counter;
  const mission = await createMission(db, {
    parliamentId: options.parliamentId,
    phases: [
      { kind: "ASSESSMENT", startDate: "2036-03-01", endDate: "2036-03-05" },
      { kind: "STRATEGIC_PLAN", startDate: "2036-06-01", endDate: "2036-06-05" },
    ],
  });
  await db.prisma.mission.update({
    where: { id: mission.id },
    data: { objectives: "Assess the parliament's ICT and plan a legislative information system." },
  });
  const phaseId = mission.phases[0]!.id;
  if (options.leadExpertId) {
    await db.prisma.assignment.create({ data: { phaseId, expertId: options.leadExpertId, role: "LEAD" } });
  }
  const finding = async (
    area: IctArea,
    subArea: string | null,
    title: string,
    recommendation: string,
    status: "VALIDATED" | "DRAFT" = "VALIDATED",
  ) => {
    const row = await db.prisma.finding.create({
      data: {
        phaseId,
        authorId: options.authorId,
        area,
        subArea,
        kind: "GAP",
        severity: "HIGH",
        title: `${title} ${n}`,
        description: `${title}: observed during the assessment.`,
        recommendation,
        status,
      },
      select: { id: true, title: true },
    });
    return { ...row, recommendation };
  };
  const findings = {
    bills: await finding(
      "LEG",
      "document-management",
      "Bills travel by e-mail",
      "Track every bill from introduction to promulgation in one system, with its versions and amendments.",
    ),
    network: await finding("INF", "network", "No redundant link", "Provide a second internet link with failover."),
    security: await finding("SEC", null, "No backups off site", "Back up the legislative database daily, off site."),
    website: await finding("WEB", "open-data", "No open data", "Publish bills and votes as open data on the website."),
  };
  const draft = await finding("LIB", null, "Catalogue on cards", "Buy a library system.", "DRAFT");
  const roadmap = await db.prisma.roadmap.create({
    data: {
      missionId: mission.id,
      title: `ICT strategic plan ${n}`,
      vision: "A paperless, open parliament",
      horizonStart: 2037,
      horizonEnd: 2040,
      items: {
        create: [
          {
            title: `Legislative information system ${n}`,
            description: "Drafting, tabling and amending bills online, with an XML repository.",
            area: "LEG",
            strategicObjective: "A transparent legislative process",
            term: "MEDIUM",
            position: 0,
            startDate: day("2037-02-01"),
            endDate: day("2038-06-30"),
            kpi: "All bills of the 2038 session tabled in the system",
          },
          {
            title: `Open data portal ${n}`,
            description: null,
            area: "WEB",
            strategicObjective: null,
            term: "LONG",
            position: 1,
          },
        ],
      },
    },
    select: { id: true, items: { select: { id: true, title: true }, orderBy: { position: "asc" } } },
  });
  const [lis, portal] = roadmap.items as [{ id: string; title: string }, { id: string; title: string }];
  return {
    missionId: mission.id,
    missionCode: mission.code,
    roadmapId: roadmap.id,
    findings,
    draftFindingId: draft.id,
    items: { lis, portal },
  };
}

/** The eight sections, each a short text naming itself, as a save sends them. */
export function sectionsNamed(prefix: string): Record<(typeof TOR_SECTIONS)[number], string> {
  return Object.fromEntries(TOR_SECTIONS.map((s) => [s, `${prefix} ${s}`])) as Record<
    (typeof TOR_SECTIONS)[number],
    string
  >;
}
