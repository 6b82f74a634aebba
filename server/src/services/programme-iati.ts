// A programme's IATI activity file (docs/documents.md, "IATI export"): the file itself
// for the download route (http/routes/programme-exports.ts), and what it will hold for
// the programme page's explanation beside the button (programmes.iatiSummary). Both are
// for those who manage programmes (policy mayExportIati); a programme out of reach is
// NOT_FOUND. Generating a file changes nothing, so nothing is audited, as for the other exports.
import type { Actor } from "@hemicycle/shared/policy";
import { programmeScope, scoped } from "../access/scopes.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { findIatiProgramme, type IatiProgramme } from "../exports/iati/iati-data.ts";
import { activityIdentifier, iatiActivitiesXml, missionBudgets, programmeCode } from "../exports/iati/iati-xml.ts";
import { iatiSettings, type IatiSettings } from "../exports/iati/settings.ts";
import { notFound } from "../lib/errors.ts";

/** What a programme's file holds, in figures. */
export type IatiSummary = {
  /** The programme's activity identifier. */
  identifier: string;
  reportingOrg: { ref: string; name: string };
  missions: number;
  /** Missions dated by the programme's period, having no phases. */
  missionsWithoutPhases: number;
  /** The currencies of the budgets, from the roadmaps' costs. */
  budgetCurrencies: string[];
  /** Roadmap items with a cost but no currency, left out of the budgets. */
  itemsWithoutCurrency: number;
  /** Results: roadmap items with a KPI. */
  results: number;
};

async function reachableProgramme(db: DbOrTx, actor: Actor, id: string): Promise<IatiProgramme> {
  const programme = await findIatiProgramme(db, scoped<Prisma.ProgrammeWhereInput>(programmeScope(actor), { id }));
  if (!programme) throw notFound("programme");
  return programme;
}

/** `iati-SADC-ICT-programme-2026-11-30.xml`: what it is, the programme's name and the day it was taken. */
export function iatiFileName(programmeName: string, today: Date): string {
  const name = programmeName.trim().replace(/\s+/g, "-");
  return `iati-${name}-${today.toISOString().slice(0, 10)}.xml`;
}

/** The programme's activity file and its download name. */
export async function programmeIatiFile(
  db: DbOrTx,
  actor: Actor,
  id: string,
  now = new Date(),
  settings: IatiSettings = iatiSettings(),
): Promise<{ fileName: string; xml: string }> {
  const programme = await reachableProgramme(db, actor, id);
  return { fileName: iatiFileName(programme.name, now), xml: iatiActivitiesXml(programme, settings, now) };
}

/** What the file will hold, in figures: the page says so beside the download button. */
export async function programmeIatiSummary(
  db: DbOrTx,
  actor: Actor,
  id: string,
  settings: IatiSettings = iatiSettings(),
): Promise<IatiSummary> {
  const programme = await reachableProgramme(db, actor, id);
  const budgets = programme.missions.map(missionBudgets);
  return {
    identifier: activityIdentifier(settings, programmeCode(programme)),
    reportingOrg: { ref: settings.reportingOrg.ref, name: settings.reportingOrg.name },
    missions: programme.missions.length,
    missionsWithoutPhases: programme.missions.filter((m) => m.phases.length === 0).length,
    budgetCurrencies: [...new Set(budgets.flatMap((b) => b.budgets.map((x) => x.currency)))].sort(),
    itemsWithoutCurrency: budgets.reduce((sum, b) => sum + b.withoutCurrency, 0),
    results: programme.missions.reduce(
      (sum, m) => sum + (m.roadmap?.items.filter((i) => (i.kpi ?? "").trim() !== "").length ?? 0),
      0,
    ),
  };
}
