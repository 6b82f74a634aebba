// A programme as an IATI activity file, standard 2.03 (docs/documents.md, "IATI export"):
// the programme is one activity (hierarchy 1) and each of its missions another (hierarchy
// 2), linked as parent and children. Elements come in the order of the schema's sequence
// for iati-activity (tests/data/iati-2.03/iati-activities-schema.xsd), which
// tests/server/iati-export.test.ts validates every generated file against. The XML is
// built with xmlbuilder2, which escapes every text and attribute; characters that XML 1.0
// cannot carry at all (control characters, lone surrogates) are dropped first.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";
import { Prisma } from "../../db/generated/client.ts";
import { translator } from "../../lib/translate.ts";
import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS,
  BUDGET,
  DESCRIPTION_TYPE,
  HIERARCHY,
  IATI_VERSION,
  INDICATOR_MEASURE_QUALITATIVE,
  MISSION_ACTIVITY_STATUS,
  ORGANISATION_ROLE,
  PARLIAMENT_ORGANISATION_TYPE,
  RELATED_ACTIVITY,
  RESULT_TYPE_OUTCOME,
  SECTOR,
} from "./codelists.ts";
import type { IatiMission, IatiProgramme } from "./iati-data.ts";
import type { IatiSettings } from "./settings.ts";

/** Characters outside XML 1.0's Char production: no escape can carry them. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function clean(text: string): string {
  return text.replace(NOT_XML_CHAR, "").trim();
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const isoDateTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * The activity identifier: the reporting organisation's identifier, a hyphen, the
 * programme's or mission's code. Mission codes are letters, digits and hyphens already
 * (ZMissionCode); spaces and the characters IATI's rules forbid in an identifier (/ & | ?)
 * would become hyphens.
 */
export function activityIdentifier(settings: IatiSettings, code: string): string {
  return `${settings.reportingOrg.ref}-${clean(code).replace(/[\s/&|?]+/g, "-")}`;
}

/**
 * A programme has no code of its own: its identifier is "PROG-" and its database id,
 * which never changes, so that a file published again updates the same activity.
 */
export function programmeCode(programme: Pick<IatiProgramme, "id">): string {
  return `PROG-${programme.id}`;
}

/** A budget: the costs of one currency whose items start in one calendar year. */
export type IatiBudget = { currency: string; year: number; total: string };

/**
 * A mission's roadmap costs as budgets, per currency and calendar year (the year an item
 * starts in, else the roadmap's first year): amounts in two currencies are never added,
 * nor is a cost spread over years it was not estimated for. An item with a cost and no
 * currency cannot be counted in any: it is left out, and counted in `withoutCurrency`.
 */
export function missionBudgets(mission: IatiMission): { budgets: IatiBudget[]; withoutCurrency: number } {
  const sums = new Map<string, { currency: string; year: number; total: Prisma.Decimal }>();
  let withoutCurrency = 0;
  for (const item of mission.roadmap?.items ?? []) {
    if (item.costEstimate === null) continue;
    const currency = item.currency?.trim().toUpperCase();
    if (!currency || !/^[A-Z]{3}$/.test(currency)) {
      withoutCurrency += 1;
      continue;
    }
    const year = item.startDate ? item.startDate.getUTCFullYear() : mission.roadmap!.horizonStart;
    const key = `${currency}:${year}`;
    const sum = sums.get(key) ?? { currency, year, total: new Prisma.Decimal(0) };
    sum.total = sum.total.plus(item.costEstimate);
    sums.set(key, sum);
  }
  const budgets = [...sums.values()]
    .sort((a, b) => a.year - b.year || a.currency.localeCompare(b.currency))
    .map((b) => ({ currency: b.currency, year: b.year, total: b.total.toFixed(2) }));
  return { budgets, withoutCurrency };
}

/** The currency that every costed item of a mission shares, if they all share one. */
function sharedCurrency(budgets: IatiBudget[]): string | undefined {
  const currencies = new Set(budgets.map((b) => b.currency));
  return currencies.size === 1 ? [...currencies][0] : undefined;
}

type Dates = { plannedStart: Date; plannedEnd: Date; actualStart?: Date; actualEnd?: Date };

const earliest = (dates: Date[]) => (dates.length ? new Date(Math.min(...dates.map(Number))) : undefined);
const latest = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map(Number))) : undefined);
const notAfter =
  (today: Date) =>
  (d: Date | null | undefined): d is Date =>
    !!d && d <= today;

/**
 * A mission's dates from its phases: planned from the phases that still stand (all of
 * them if every one is cancelled), actual start from the first that started, actual end
 * only once the mission is completed. An actual date never lies in the future. Without
 * phases, null: the caller falls back on the programme's period.
 */
export function missionDates(mission: IatiMission, today: Date): Dates | null {
  if (mission.phases.length === 0) return null;
  const standing = mission.phases.filter((p) => p.status !== "CANCELLED");
  const planned = standing.length ? standing : mission.phases;
  const actualStart = earliest(mission.phases.map((p) => p.actualStartDate).filter(notAfter(today)));
  const actualEnd =
    mission.status === "COMPLETED" ? latest(standing.map((p) => p.actualEndDate).filter(notAfter(today))) : undefined;
  return {
    plannedStart: earliest(planned.map((p) => p.startDate))!,
    plannedEnd: latest(planned.map((p) => p.endDate))!,
    actualStart,
    actualEnd,
  };
}

/**
 * The programme's status: cancelled when every mission is; in the pipeline before it
 * starts; in implementation during its period or while a mission still runs or waits;
 * finalisation after.
 */
export function programmeStatus(programme: IatiProgramme, today: Date): string {
  const missions = programme.missions;
  if (missions.length > 0 && missions.every((m) => m.status === "CANCELLED")) return ACTIVITY_STATUS.cancelled;
  if (today < programme.startDate) return ACTIVITY_STATUS.pipeline;
  const stillRunning = missions.some((m) => m.status === "PLANNED" || m.status === "IN_PROGRESS");
  if (today <= programme.endDate || stillRunning) return ACTIVITY_STATUS.implementation;
  return ACTIVITY_STATUS.finalisation;
}

/**
 * The programme's recipient countries, each with its share of the missions (IATI asks
 * for percentages summing to 100 when there are several); two decimals, the last
 * country taking what rounding left.
 */
export function programmeCountries(programme: IatiProgramme): { code: string; percentage?: string }[] {
  const counts = new Map<string, number>();
  for (const m of programme.missions) {
    const code = m.parliament.countryCode.trim().toUpperCase();
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const codes = [...counts.keys()].sort();
  if (codes.length <= 1) return codes.map((code) => ({ code }));
  const total = programme.missions.length;
  let given = new Prisma.Decimal(0);
  return codes.map((code, i) => {
    const share =
      i === codes.length - 1
        ? new Prisma.Decimal(100).minus(given)
        : new Prisma.Decimal(counts.get(code)!).times(100).dividedBy(total).toDecimalPlaces(2);
    given = given.plus(share);
    return { code, percentage: share.toFixed(2) };
  });
}

type Builder = XMLBuilder;

function narrative(parent: Builder, name: string, text: string, lang: string, attributes: Record<string, string> = {}) {
  parent.ele(name, attributes).ele("narrative", { "xml:lang": lang }).txt(text).up().up();
}

function organisation(
  parent: Builder,
  name: "reporting-org" | "participating-org",
  attributes: Record<string, string | undefined>,
  text: string,
  lang: string,
) {
  const defined = Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  parent.ele(name, defined).ele("narrative", { "xml:lang": lang }).txt(text).up().up();
}

function activityDates(parent: Builder, dates: Dates) {
  // ActivityDateType order: planned start, actual start, planned end, actual end.
  parent.ele("activity-date", { type: ACTIVITY_DATE.plannedStart, "iso-date": isoDate(dates.plannedStart) }).up();
  if (dates.actualStart)
    parent.ele("activity-date", { type: ACTIVITY_DATE.actualStart, "iso-date": isoDate(dates.actualStart) }).up();
  parent.ele("activity-date", { type: ACTIVITY_DATE.plannedEnd, "iso-date": isoDate(dates.plannedEnd) }).up();
  if (dates.actualEnd)
    parent.ele("activity-date", { type: ACTIVITY_DATE.actualEnd, "iso-date": isoDate(dates.actualEnd) }).up();
}

function sector(parent: Builder) {
  parent.ele("sector", { vocabulary: SECTOR.vocabulary, code: SECTOR.code }).up();
}

/** What the file says: the programme and its missions, from the data and the reporting organisation. */
export function iatiActivitiesXml(programme: IatiProgramme, settings: IatiSettings, now: Date): string {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const lang = settings.language;
  const { t } = translator(lang);
  const org = settings.reportingOrg;
  const funders = [...new Set(programme.funders.map(clean).filter(Boolean))];
  const programmeId = activityIdentifier(settings, programmeCode(programme));

  const reportingOrg = (parent: Builder) =>
    organisation(parent, "reporting-org", { ref: org.ref, type: org.type }, org.name, lang);
  const fundersAndImplementer = (parent: Builder) => {
    for (const funder of funders)
      organisation(parent, "participating-org", { role: ORGANISATION_ROLE.funding }, funder, lang);
    organisation(
      parent,
      "participating-org",
      { ref: org.ref, type: org.type, role: ORGANISATION_ROLE.implementing },
      org.name,
      lang,
    );
  };
  const beneficiary = (parent: Builder, parliament: string) =>
    organisation(
      parent,
      "participating-org",
      { type: PARLIAMENT_ORGANISATION_TYPE, role: ORGANISATION_ROLE.accountable },
      parliament,
      lang,
    );

  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: IATI_VERSION,
    "generated-datetime": isoDateTime(now),
  });

  // The programme.
  const p = root.ele("iati-activity", {
    "last-updated-datetime": isoDateTime(programme.updatedAt),
    "xml:lang": lang,
    "default-currency": settings.defaultCurrency,
    hierarchy: HIERARCHY.programme,
  });
  p.ele("iati-identifier").txt(programmeId).up();
  reportingOrg(p);
  narrative(p, "title", clean(programme.name), lang);
  const programmeText = clean(programme.description ?? "");
  narrative(
    p,
    "description",
    programmeText || t("iati.file.programmeDescription", { count: programme.missions.length }),
    lang,
    { type: DESCRIPTION_TYPE.general },
  );
  fundersAndImplementer(p);
  const parliaments = [...new Set(programme.missions.map((m) => clean(m.parliament.name)))].sort((a, b) =>
    a.localeCompare(b),
  );
  for (const parliament of parliaments) beneficiary(p, parliament);
  const programmeStatusCode = programmeStatus(programme, today);
  p.ele("activity-status", { code: programmeStatusCode }).up();
  const missionDatesList = programme.missions.map((m) => missionDates(m, today));
  activityDates(p, {
    plannedStart: programme.startDate,
    plannedEnd: programme.endDate,
    actualStart: earliest(missionDatesList.flatMap((d) => (d?.actualStart ? [d.actualStart] : []))),
    actualEnd:
      programmeStatusCode === ACTIVITY_STATUS.finalisation
        ? latest(missionDatesList.flatMap((d) => (d?.actualEnd ? [d.actualEnd] : [])))
        : undefined,
  });
  for (const country of programmeCountries(programme)) {
    p.ele(
      "recipient-country",
      country.percentage ? { code: country.code, percentage: country.percentage } : { code: country.code },
    ).up();
  }
  sector(p);
  // Budgets are the missions' own (below): repeating their sum here would count them twice.
  for (const mission of programme.missions) {
    p.ele("related-activity", { ref: activityIdentifier(settings, mission.code), type: RELATED_ACTIVITY.child }).up();
  }

  // Each mission.
  programme.missions.forEach((mission, index) => {
    const { budgets, withoutCurrency } = missionBudgets(mission);
    const a = root.ele("iati-activity", {
      "last-updated-datetime": isoDateTime(mission.updatedAt),
      "xml:lang": lang,
      "default-currency": sharedCurrency(budgets) ?? settings.defaultCurrency,
      hierarchy: HIERARCHY.mission,
    });
    a.ele("iati-identifier").txt(activityIdentifier(settings, mission.code)).up();
    reportingOrg(a);
    narrative(a, "title", clean(mission.title) || clean(mission.code), lang);
    narrative(
      a,
      "description",
      t("iati.file.missionDescription", {
        type: t(`missionType.${mission.type}`),
        parliament: clean(mission.parliament.name),
      }),
      lang,
      { type: DESCRIPTION_TYPE.general },
    );
    const objectives = clean(mission.objectives ?? "");
    if (objectives) narrative(a, "description", objectives, lang, { type: DESCRIPTION_TYPE.objectives });
    fundersAndImplementer(a);
    beneficiary(a, clean(mission.parliament.name));
    a.ele("activity-status", { code: MISSION_ACTIVITY_STATUS[mission.status] }).up();
    const dates = missionDatesList[index];
    if (!dates) a.com(" No phases yet: the planned dates are the programme's period. ");
    activityDates(a, dates ?? { plannedStart: programme.startDate, plannedEnd: programme.endDate });
    a.ele("recipient-country", { code: mission.parliament.countryCode.trim().toUpperCase() }).up();
    sector(a);
    if (withoutCurrency > 0) {
      a.com(` ${withoutCurrency} roadmap item(s) with a cost but no currency are left out of the budgets. `);
    }
    for (const budget of budgets) {
      const start = `${budget.year}-01-01`;
      a.ele("budget", { type: BUDGET.type, status: BUDGET.status })
        .ele("period-start", { "iso-date": start })
        .up()
        .ele("period-end", { "iso-date": `${budget.year}-12-31` })
        .up()
        .ele("value", { currency: budget.currency, "value-date": start })
        .txt(budget.total)
        .up()
        .up();
    }
    a.ele("related-activity", { ref: programmeId, type: RELATED_ACTIVITY.parent }).up();
    for (const item of mission.roadmap?.items ?? []) {
      const kpi = clean(item.kpi ?? "");
      if (!kpi) continue;
      const result = a.ele("result", { type: RESULT_TYPE_OUTCOME });
      narrative(result, "title", clean(item.title) || kpi, lang);
      const benefit = clean(item.expectedBenefit ?? "");
      if (benefit) narrative(result, "description", benefit, lang);
      narrative(result.ele("indicator", { measure: INDICATOR_MEASURE_QUALITATIVE }), "title", kpi, lang);
    }
  });

  return root.end({ prettyPrint: true });
}
