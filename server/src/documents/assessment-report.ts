// The assessment report of a mission (or of one of its phases): what the team agreed,
// following the outline of the UN DESA guidelines for ICT strategic planning in
// parliaments (docs/documents.md, "Assessment report"): a cover, an executive summary,
// 1 the current situation by ICT area, 2 the findings with their evidence and grades,
// 3 the gap analysis, 4 the recommendations (with the roadmap items that answer them), and
// annexes on the team, the programme and the phases. Only VALIDATED findings: a report is
// what was agreed. Worded in the reader's chosen language from the catalogues
// (`documents.report.*`).
//
// The content is written once, as parts (a section opens, a block follows), read from the
// database a page of findings at a time: the PDF (render/pdf.ts) streams them as they
// come, the DOCX and the app's reading (assessmentReportContent, with the sections' ids of
// shared/src/documents/assessment-report.ts) collect them.
import {
  REPORT_SECTIONS,
  mayReadMissionReport,
  readableReportPhases,
  reportAreaSection,
  type ReportAreaSectionId,
  type ReportSectionId,
} from "@hemicycle/shared/documents/assessment-report";
import { ICT_AREA_CODES, SEVERITIES, type IctArea, type Severity } from "@hemicycle/shared/enums";
import type { Language } from "@hemicycle/shared/languages";
import type { Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { findingScope, missionScope, roadmapScope, scoped } from "../access/scopes.ts";
import { translator, type TranslationKey, type Translator } from "../lib/translate.ts";
import { markdownBlocks } from "./markdown-blocks.ts";
import type { Block, DocumentModel, Inline, TitleBlock } from "./render/model.ts";

/** Findings read from the database at a time while the report is written. */
const PAGE = 200;
/** The strengths listed under an area in the current situation; the rest are counted. */
const STRENGTHS_PER_AREA = 50;

export type ReportSectionKey = ReportSectionId | ReportAreaSectionId;

/** One section of the report as the app shows it: its id, heading and blocks. */
export type ReportSection = { id: ReportSectionKey; level: 1 | 2; title: string; blocks: Block[] };

/** The whole report as structured content (the app renders it as HTML; the files from the same parts). */
export type AssessmentReportContent = {
  language: Language;
  direction: "ltr" | "rtl";
  title: string;
  cover: TitleBlock;
  sections: ReportSection[];
};

type Part = { kind: "section"; id: ReportSectionKey; level: 1 | 2; title: string } | { kind: "block"; block: Block };

const missionSelect = {
  id: true,
  code: true,
  title: true,
  type: true,
  objectives: true,
  parliament: { select: { name: true, countryCode: true } },
  programme: { select: { name: true, funders: true, startDate: true, endDate: true, description: true } },
  phases: {
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      status: true,
      startDate: true,
      endDate: true,
      actualStartDate: true,
      actualEndDate: true,
      location: true,
      team: {
        orderBy: [{ role: "asc" }, { expert: { name: "asc" } }],
        select: {
          role: true,
          expert: { select: { id: true, name: true, institution: true, countryCode: true } },
        },
      },
    },
  },
} satisfies Prisma.MissionSelect;

type ReportMission = Prisma.MissionGetPayload<{ select: typeof missionSelect }>;
type ReportPhase = ReportMission["phases"][number];

/** What a report covers: the mission, the phases whose report the reader may read, the day. */
export type ReportSource = {
  mission: ReportMission;
  phases: ReportPhase[];
  /** One phase asked for, or the whole mission. */
  phaseId: string | null;
  /** The mission's roadmap if the reader may read it: its items answer the recommendations. */
  roadmap: { id: string; title: string; horizonStart: number; horizonEnd: number } | null;
  today: Date;
};

export type ReportRequest = { missionId: string; phaseId?: string | null };

/**
 * The mission and phases the actor may read the report of, or null: a mission out of
 * reach, a phase not of it or whose report the reader may not read yet (the parliament's
 * staff read it from parliament review on), or, for the staff, a mission none of whose
 * reports has reached them. The callers answer NOT_FOUND alike.
 */
export async function findReportSource(
  db: DbOrTx,
  actor: Actor,
  request: ReportRequest,
  today = new Date(),
): Promise<ReportSource | null> {
  const mission = await db.mission.findFirst({
    where: scoped<Prisma.MissionWhereInput>(missionScope(actor), { id: request.missionId }),
    select: missionSelect,
  });
  if (!mission) return null;
  const roadmap = await db.roadmap.findFirst({
    where: scoped<Prisma.RoadmapWhereInput>(roadmapScope(actor), { missionId: mission.id }),
    select: { id: true, title: true, horizonStart: true, horizonEnd: true },
  });
  const readable = readableReportPhases(actor, mission.phases);
  const phaseId = request.phaseId ?? null;
  if (phaseId !== null) {
    const phase = readable.find((p) => p.id === phaseId);
    return phase ? { mission, phases: [phase], phaseId, roadmap, today } : null;
  }
  // Those who read a report only once it reaches the parliament have nothing to read before.
  if (!mayReadMissionReport(actor, mission.phases)) return null;
  return { mission, phases: readable, phaseId: null, roadmap, today };
}

/** The validated findings of the report's phases that the actor reaches. */
function findingsWhere(actor: Actor, source: ReportSource, extra: Prisma.FindingWhereInput = {}) {
  return scoped<Prisma.FindingWhereInput>(
    findingScope(actor),
    { status: "VALIDATED", phaseId: { in: source.phases.map((p) => p.id) } },
    extra,
  );
}

const SEVERITY_ORDER: readonly Severity[] = [...SEVERITIES].reverse();

type Counts = {
  total: number;
  byAreaSeverity: Map<string, number>;
  byArea: Map<IctArea, number>;
  bySeverity: Map<Severity, number>;
  gapsByAreaSeverity: Map<string, number>;
  gapsTotal: number;
  grades: Map<IctArea, { average: number; count: number }>;
};

async function countFindings(db: DbOrTx, actor: Actor, source: ReportSource): Promise<Counts> {
  const [groups, grades] = await Promise.all([
    db.finding.groupBy({
      by: ["area", "severity", "kind"],
      where: findingsWhere(actor, source),
      _count: { _all: true },
    }),
    db.finding.groupBy({
      by: ["area"],
      where: findingsWhere(actor, source, { grade: { not: null } }),
      _avg: { grade: true },
      _count: { grade: true },
    }),
  ]);
  const counts: Counts = {
    total: 0,
    byAreaSeverity: new Map(),
    byArea: new Map(),
    bySeverity: new Map(),
    gapsByAreaSeverity: new Map(),
    gapsTotal: 0,
    grades: new Map(),
  };
  const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const group of groups) {
    const n = group._count._all;
    counts.total += n;
    add(counts.byArea, group.area, n);
    add(counts.bySeverity, group.severity, n);
    add(counts.byAreaSeverity, `${group.area}:${group.severity}`, n);
    if (group.kind === "GAP" || group.kind === "RISK") {
      add(counts.gapsByAreaSeverity, `${group.area}:${group.severity}`, n);
      counts.gapsTotal += n;
    }
  }
  for (const grade of grades) {
    if (grade._avg.grade !== null) {
      counts.grades.set(grade.area, { average: grade._avg.grade, count: grade._count.grade });
    }
  }
  return counts;
}

const findingSelect = {
  id: true,
  area: true,
  subArea: true,
  kind: true,
  severity: true,
  grade: true,
  title: true,
  description: true,
  evidence: true,
  recommendation: true,
  phaseId: true,
  attachments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { fileName: true, size: true } },
} satisfies Prisma.FindingSelect;

type ReportFinding = Prisma.FindingGetPayload<{ select: typeof findingSelect }>;

/** The report's findings in its order (by area, most severe first), a page at a time. */
async function* findingPages<S extends Prisma.FindingSelect>(
  db: DbOrTx,
  where: Prisma.FindingWhereInput,
  select: S,
  orderBy: Prisma.FindingOrderByWithRelationInput[],
): AsyncGenerator<Prisma.FindingGetPayload<{ select: S }>[]> {
  let cursor: string | undefined;
  for (;;) {
    const page = (await db.finding.findMany({
      where,
      select: { ...select, id: true },
      orderBy: [...orderBy, { id: "asc" }],
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    })) as (Prisma.FindingGetPayload<{ select: S }> & { id: string })[];
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    cursor = page.at(-1)?.id;
  }
}

/** The words of one report: the translator and the labels it keeps using. */
class Words {
  readonly t: Translator["t"];
  private readonly regions: Intl.DisplayNames;

  constructor(readonly tr: Translator) {
    this.t = tr.t;
    this.regions = new Intl.DisplayNames([tr.language], { type: "region" });
  }

  r(key: string, params?: Record<string, unknown>) {
    return this.t(`documents.report.${key}` as TranslationKey, params);
  }
  area(area: IctArea) {
    return this.t(`ictArea.${area}`);
  }
  severity(severity: Severity) {
    return this.t(`severity.${severity}`);
  }
  grade(grade: number | null) {
    if (grade === null) return this.r("findings.notGraded");
    return this.t("grade.withNumber", { number: grade, label: this.t(`grade.${grade}` as TranslationKey) });
  }
  subArea(area: IctArea, subArea: string) {
    const key = `ictSubArea.${area}.${subArea}` as TranslationKey;
    const label = this.t(key);
    return label === key ? subArea : label;
  }
  country(code: string) {
    try {
      return this.regions.of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }
  phase(phase: ReportPhase) {
    return this.t(`phaseKind.${phase.kind}`);
  }
  /** The dates a phase took place, or its planned ones, said so. */
  phaseDates(phase: ReportPhase) {
    if (phase.actualStartDate && phase.actualEndDate) {
      return this.tr.formatDateRange(phase.actualStartDate, phase.actualEndDate);
    }
    return this.r("meetings.planned", { dates: this.tr.formatDateRange(phase.startDate, phase.endDate) });
  }
}

/**
 * What people wrote (a finding's description, evidence, recommendation; objectives) as
 * blocks, each laid out in its own text's direction: English evidence in an Arabic report
 * reads left to right (render/model.ts, `auto`).
 */
function written(markdown: string): Block[] {
  return markdownBlocks(markdown, 2).map((b) =>
    b.kind === "paragraph" || b.kind === "list" || b.kind === "heading" ? { ...b, auto: true } : b,
  );
}

function heading(words: Words, id: ReportSectionId): Part {
  return { kind: "section", id, level: 1, title: words.r(`sections.${id}`) };
}

function block(b: Block): Part {
  return { kind: "block", block: b };
}

const paragraph = (text: Inline, tone?: "muted"): Part => block({ kind: "paragraph", text, tone });

function coverBlock(words: Words, source: ReportSource): TitleBlock {
  const { mission, phases } = source;
  const { tr } = words;
  const onePhase = source.phaseId !== null ? phases[0] : undefined;
  const allPhases = mission.phases;
  const starts = allPhases.map((p) => p.actualStartDate ?? p.startDate);
  const ends = allPhases.map((p) => p.actualEndDate ?? p.endDate);
  const first = starts.length ? new Date(Math.min(...starts.map((d) => d.getTime()))) : null;
  const last = ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null;
  const leads = [...new Set(phases.flatMap((p) => p.team.filter((a) => a.role === "LEAD").map((a) => a.expert.name)))];
  const members = new Set(phases.flatMap((p) => p.team.map((a) => a.expert.id)));
  const team = [
    ...leads.map((name) => `${name} (${words.t("teamRole.LEAD")})`),
    ...(members.size > leads.length ? [words.t("documents.report.team.count", { count: members.size })] : []),
  ];
  return {
    kind: "title",
    eyebrow: words.r("eyebrow"),
    title: words.r("title", { parliament: mission.parliament.name }),
    subtitle: onePhase
      ? words.r("phaseSubtitle", { code: mission.code, mission: mission.title, phase: words.phase(onePhase) })
      : words.r("subtitle", { code: mission.code, mission: mission.title }),
    facts: [
      [words.r("facts.mission"), `${mission.code} · ${mission.title}`],
      [words.r("facts.parliament"), `${mission.parliament.name} (${words.country(mission.parliament.countryCode)})`],
      [words.r("facts.programme"), mission.programme?.name ?? words.r("noProgramme")],
      [
        words.r("facts.dates"),
        onePhase ? words.phaseDates(onePhase) : first && last ? tr.formatDateRange(first, last) : words.r("noDates"),
      ],
      [
        words.r("facts.phases"),
        phases.map((p) => words.r("phaseLine", { phase: words.phase(p), dates: words.phaseDates(p) })).join("; ") ||
          "–",
      ],
      [words.r("facts.team"), team.join("; ") || words.r("team.none")],
      [words.r("facts.language"), words.t(`documents.languageName.${tr.language}`)],
      [words.r("facts.generated"), tr.formatDate(source.today)],
    ],
  };
}

async function* executiveSummary(words: Words, source: ReportSource, counts: Counts): AsyncGenerator<Part> {
  const { tr } = words;
  yield heading(words, "executive-summary");
  if (counts.total === 0) {
    yield paragraph(words.r("summary.none"));
    return;
  }
  yield paragraph(
    words.r("summary.intro", {
      count: counts.total,
      code: source.mission.code,
      parliament: source.mission.parliament.name,
    }),
  );
  const urgent = (counts.bySeverity.get("CRITICAL") ?? 0) + (counts.bySeverity.get("HIGH") ?? 0);
  if (urgent > 0) yield paragraph([{ text: words.r("summary.urgent", { count: urgent }), bold: true }]);
  yield block({
    kind: "table",
    header: [words.r("summary.severity"), words.r("summary.findings")],
    rows: [
      ...SEVERITY_ORDER.map((s) => [words.severity(s), tr.formatNumber(counts.bySeverity.get(s) ?? 0)]),
      [[{ text: words.r("summary.total"), bold: true }], [{ text: tr.formatNumber(counts.total), bold: true }]],
    ],
    widths: [3, 1],
  });
  yield block({
    kind: "table",
    header: [words.r("summary.area"), words.r("summary.findings")],
    rows: ICT_AREA_CODES.map((a) => [words.area(a), tr.formatNumber(counts.byArea.get(a) ?? 0)]),
    widths: [3, 1],
  });
}

async function* currentSituation(
  db: DbOrTx,
  actor: Actor,
  words: Words,
  source: ReportSource,
  counts: Counts,
): AsyncGenerator<Part> {
  const { tr } = words;
  yield heading(words, "current-situation");
  yield paragraph(words.r("situation.intro"));
  for (const area of ICT_AREA_CODES) {
    yield { kind: "section", id: reportAreaSection("current-situation", area), level: 2, title: words.area(area) };
    const total = counts.byArea.get(area) ?? 0;
    if (total === 0) {
      yield paragraph(words.r("situation.notAssessed"), "muted");
      continue;
    }
    const grade = counts.grades.get(area);
    const gradeText = grade
      ? words.r("situation.averageGrade", {
          grade: tr.formatNumber(grade.average, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
          label: words.t(`grade.${Math.round(grade.average)}` as TranslationKey),
          count: grade.count,
        })
      : words.r("situation.noGrade");
    yield paragraph(`${words.r("situation.count", { count: total })} ${gradeText}`);
    const strengths = await db.finding.findMany({
      where: findingsWhere(actor, source, { area, kind: "STRENGTH" }),
      select: { title: true, grade: true },
      orderBy: [{ grade: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      take: STRENGTHS_PER_AREA,
    });
    yield block({ kind: "heading", level: 3, text: words.r("situation.strengths") });
    if (strengths.length === 0) yield paragraph(words.r("situation.noStrengths"), "muted");
    else {
      yield block({
        kind: "list",
        ordered: false,
        auto: true,
        items: strengths.map((s) => (s.grade === null ? s.title : `${s.title} (${words.grade(s.grade)})`)),
      });
    }
  }
}

function findingBlocks(words: Words, source: ReportSource, finding: ReportFinding): Block[] {
  const phase = source.phases.find((p) => p.id === finding.phaseId);
  const facts: [string, string][] = [
    [words.r("findings.kind"), words.t(`findingKind.${finding.kind}`)],
    [words.r("findings.severity"), words.severity(finding.severity)],
    [words.r("findings.grade"), words.grade(finding.grade)],
  ];
  if (finding.subArea) facts.push([words.r("findings.subArea"), words.subArea(finding.area, finding.subArea)]);
  if (phase && source.phases.length > 1) facts.push([words.r("findings.phase"), words.phase(phase)]);
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: finding.title, auto: true },
    {
      kind: "paragraph",
      text: facts.flatMap(([label, value], i) => [
        ...(i > 0 ? [{ text: " · " }] : []),
        { text: `${label}: `, bold: true },
        { text: value },
      ]),
    },
    ...written(finding.description),
    { kind: "paragraph", text: [{ text: words.r("findings.evidence"), bold: true }] },
  ];
  if (finding.evidence?.trim()) blocks.push(...written(finding.evidence));
  else blocks.push({ kind: "paragraph", text: words.r("findings.noEvidence"), tone: "muted" });
  if (finding.recommendation?.trim()) {
    blocks.push({ kind: "paragraph", text: [{ text: words.r("findings.recommendation"), bold: true }] });
    blocks.push(...written(finding.recommendation));
  }
  if (finding.attachments.length > 0) {
    blocks.push({ kind: "paragraph", text: [{ text: words.r("findings.attachments"), bold: true }] });
    blocks.push({
      kind: "list",
      ordered: false,
      items: finding.attachments.map((a) =>
        words.r("findings.attachment", {
          name: a.fileName,
          size: words.tr.formatNumber(Math.max(1, Math.round(a.size / 1024))),
        }),
      ),
    });
  }
  return blocks;
}

async function* findingsSection(
  db: DbOrTx,
  actor: Actor,
  words: Words,
  source: ReportSource,
  counts: Counts,
): AsyncGenerator<Part> {
  yield heading(words, "findings");
  yield paragraph(words.r("findings.intro"));
  const pages = findingPages(db, findingsWhere(actor, source), findingSelect, [
    { area: "asc" },
    { severity: "desc" },
    { grade: { sort: "asc", nulls: "last" } },
    { title: "asc" },
  ]);
  let next = await pages.next();
  let index = 0;
  for (const area of ICT_AREA_CODES) {
    yield { kind: "section", id: reportAreaSection("findings", area), level: 2, title: words.area(area) };
    if ((counts.byArea.get(area) ?? 0) === 0) {
      yield paragraph(words.r("findings.none"), "muted");
      continue;
    }
    while (!next.done) {
      const page = next.value;
      while (index < page.length && page[index]?.area === area) {
        for (const b of findingBlocks(words, source, page[index] as ReportFinding)) yield block(b);
        index += 1;
      }
      if (index < page.length) break; // the next area starts within this page
      next = await pages.next();
      index = 0;
    }
  }
}

async function* gapAnalysis(words: Words, counts: Counts): AsyncGenerator<Part> {
  const { tr } = words;
  yield heading(words, "gap-analysis");
  yield paragraph(words.r("gaps.intro"));
  if (counts.gapsTotal === 0) {
    yield paragraph(words.r("gaps.none"), "muted");
    return;
  }
  const cell = (area: IctArea, severity: Severity) => counts.gapsByAreaSeverity.get(`${area}:${severity}`) ?? 0;
  const bold = (text: string) => [{ text, bold: true }];
  yield block({
    kind: "table",
    header: [words.r("gaps.area"), ...SEVERITY_ORDER.map((s) => words.severity(s)), words.r("gaps.total")],
    rows: [
      ...ICT_AREA_CODES.map((area) => [
        words.area(area),
        ...SEVERITY_ORDER.map((s) => tr.formatNumber(cell(area, s))),
        bold(tr.formatNumber(SEVERITY_ORDER.reduce((sum, s) => sum + cell(area, s), 0))),
      ]),
      [
        bold(words.r("gaps.total")),
        ...SEVERITY_ORDER.map((s) => bold(tr.formatNumber(ICT_AREA_CODES.reduce((sum, a) => sum + cell(a, s), 0)))),
        bold(tr.formatNumber(counts.gapsTotal)),
      ],
    ],
    widths: [4, 1, 1, 1, 1, 1],
  });
}

async function* recommendations(db: DbOrTx, actor: Actor, words: Words, source: ReportSource): AsyncGenerator<Part> {
  yield heading(words, "recommendations");
  yield paragraph(words.r("recommendations.intro"));
  const { roadmap } = source;
  if (roadmap) {
    yield paragraph(
      words.r("recommendations.roadmap", {
        title: roadmap.title,
        start: roadmap.horizonStart,
        end: roadmap.horizonEnd,
      }),
    );
  }
  const select = {
    title: true,
    area: true,
    severity: true,
    recommendation: true,
    roadmapLinks: {
      where: roadmap ? { item: { roadmapId: roadmap.id } } : { findingId: { in: [] as string[] } },
      orderBy: [{ item: { position: "asc" } }],
      select: { item: { select: { title: true, term: true, priority: true } } },
    },
  } satisfies Prisma.FindingSelect;
  let number = 0;
  for await (const page of findingPages(
    db,
    findingsWhere(actor, source, { recommendation: { not: null }, NOT: { recommendation: "" } }),
    select,
    [{ severity: "desc" }, { area: "asc" }, { title: "asc" }],
  )) {
    for (const finding of page) {
      if (!finding.recommendation?.trim()) continue;
      number += 1;
      yield block({
        kind: "paragraph",
        auto: true,
        text: [
          { text: `${number}. ${finding.title}`, bold: true },
          { text: ` (${words.area(finding.area)} · ${words.severity(finding.severity)})` },
        ],
      });
      for (const b of written(finding.recommendation)) yield block(b);
      if (roadmap) {
        const items = finding.roadmapLinks.map((link) =>
          words.r("recommendations.item", {
            title: link.item.title,
            term: words.t(`term.${link.item.term}`),
            priority: words.t(`priority.${link.item.priority}`),
          }),
        );
        yield paragraph(
          items.length > 0
            ? words.r("recommendations.inRoadmap", { items: items.join("; ") })
            : words.r("recommendations.notInRoadmap"),
          "muted",
        );
      }
    }
  }
  if (number === 0) yield paragraph(words.r("recommendations.none"), "muted");
}

async function* annexes(words: Words, source: ReportSource): AsyncGenerator<Part> {
  const { mission } = source;
  const { tr } = words;

  yield heading(words, "annex-team");
  yield paragraph(words.r("team.intro"));
  type Member = { name: string; institution: string; country: string; roles: string[]; lead: boolean };
  const members = new Map<string, Member>();
  for (const phase of source.phases) {
    for (const assignment of phase.team) {
      const { expert } = assignment;
      const member = members.get(expert.id) ?? {
        name: expert.name,
        institution: expert.institution,
        country: words.country(expert.countryCode),
        roles: [],
        lead: false,
      };
      member.roles.push(
        words.r("team.roleInPhase", { role: words.t(`teamRole.${assignment.role}`), phase: words.phase(phase) }),
      );
      member.lead ||= assignment.role === "LEAD";
      members.set(expert.id, member);
    }
  }
  if (members.size === 0) yield paragraph(words.r("team.none"), "muted");
  else {
    const sorted = [...members.values()].sort(
      (a, b) => Number(b.lead) - Number(a.lead) || a.name.localeCompare(b.name, tr.language),
    );
    yield block({
      kind: "table",
      header: [words.r("team.name"), words.r("team.role"), words.r("team.institution"), words.r("team.country")],
      rows: sorted.map((m) => [m.name, m.roles.join("; "), m.institution, m.country]),
      widths: [3, 3, 3, 2],
    });
  }

  yield heading(words, "annex-programme");
  const facts: [string, string][] = [];
  const programme = mission.programme;
  if (programme) {
    facts.push([words.r("programme.name"), programme.name]);
    if (programme.funders.length > 0) facts.push([words.r("programme.funders"), programme.funders.join(", ")]);
    facts.push([words.r("programme.period"), tr.formatDateRange(programme.startDate, programme.endDate)]);
  }
  facts.push([words.r("programme.missionType"), words.t(`missionType.${mission.type}`)]);
  if (!programme) yield paragraph(words.r("programme.none"), "muted");
  yield block({
    kind: "table",
    header: [],
    rows: facts.map(([l, v]) => [[{ text: l, bold: true }], v]),
    widths: [1, 3],
  });
  if (programme?.description?.trim()) {
    yield block({ kind: "heading", level: 3, text: words.r("programme.description") });
    for (const b of written(programme.description)) yield block(b);
  }
  yield block({ kind: "heading", level: 3, text: words.r("programme.objectives") });
  if (mission.objectives?.trim()) for (const b of written(mission.objectives)) yield block(b);
  else yield paragraph(words.r("programme.noObjectives"), "muted");

  yield heading(words, "annex-meetings");
  yield paragraph(words.r("meetings.intro"));
  if (mission.phases.length === 0) yield paragraph(words.r("meetings.none"), "muted");
  else {
    yield block({
      kind: "table",
      header: [
        words.r("meetings.phase"),
        words.r("meetings.dates"),
        words.r("meetings.location"),
        words.r("meetings.status"),
      ],
      rows: mission.phases.map((p) => [
        words.phase(p),
        words.phaseDates(p),
        p.location?.trim() || words.r("meetings.noLocation"),
        words.t(`phaseStatus.${p.status}`),
      ]),
      widths: [2, 3, 3, 2],
    });
  }
}

/** Sections that follow the one before on the same page (the short annexes); the others start a page. */
const RUN_ON: ReadonlySet<ReportSectionKey> = new Set(["annex-programme", "annex-meetings"]);

/** The report's parts in order, read while they are written. */
async function* reportParts(db: DbOrTx, actor: Actor, words: Words, source: ReportSource): AsyncGenerator<Part> {
  const counts = await countFindings(db, actor, source);
  yield* executiveSummary(words, source, counts);
  yield* currentSituation(db, actor, words, source, counts);
  yield* findingsSection(db, actor, words, source, counts);
  yield* gapAnalysis(words, counts);
  yield* recommendations(db, actor, words, source);
  yield* annexes(words, source);
}

/** The report as a document for the PDF and DOCX renderers, its blocks read as they are written. */
export function assessmentReportDocument(
  db: DbOrTx,
  actor: Actor,
  source: ReportSource,
  language: Language,
): DocumentModel {
  const words = new Words(translator(language));
  const cover = coverBlock(words, source);
  async function* blocks(): AsyncGenerator<Block> {
    yield cover;
    yield {
      kind: "toc",
      title: words.r("contents"),
      entries: REPORT_SECTIONS.map((id) => ({ text: words.r(`sections.${id}`), level: 1 as const, id })),
    };
    for await (const part of reportParts(db, actor, words, source)) {
      if (part.kind === "block") yield part.block;
      else {
        if (part.level === 1 && !RUN_ON.has(part.id)) yield { kind: "pageBreak" };
        yield { kind: "heading", level: part.level, text: part.title, id: part.id };
      }
    }
  }
  return {
    language,
    direction: words.tr.dir,
    title: `${cover.title} (${source.mission.code})`,
    subject: words.r("eyebrow"),
    footer: words.r("footer", { code: source.mission.code, date: words.tr.formatDate(source.today) }),
    pageLabel: (page) => words.t("documents.page", { page }),
    blocks: blocks(),
  };
}

/** The report as sections with their ids, for the app to show (and the staff to comment on). */
export async function assessmentReportContent(
  db: DbOrTx,
  actor: Actor,
  source: ReportSource,
  language: Language,
): Promise<AssessmentReportContent> {
  const words = new Words(translator(language));
  const cover = coverBlock(words, source);
  const sections: ReportSection[] = [];
  for await (const part of reportParts(db, actor, words, source)) {
    if (part.kind === "section") sections.push({ id: part.id, level: part.level, title: part.title, blocks: [] });
    else sections.at(-1)?.blocks.push(part.block);
  }
  return { language, direction: words.tr.dir, title: cover.title, cover, sections };
}

/** How many validated findings the report holds (for an estimate of its size). */
export function countReportFindings(db: DbOrTx, actor: Actor, source: ReportSource): Promise<number> {
  return db.finding.count({ where: findingsWhere(actor, source) });
}
