// The first draft of terms of reference, written from what the mission found and planned
// (docs/documents.md, "Terms of reference"), as the Montenegro mission wrote the terms of
// reference of a legislative information system: background from the parliament and the
// mission, objectives from the roadmap items' strategic objectives, scope from the ICT
// areas the sources touch, functional requirements from the findings' recommendations and
// the items' descriptions by area, technical requirements from the infrastructure,
// legislative-document and security findings, deliverables and timeline from the items,
// qualifications from the areas. Every fixed phrase is the catalogue's (`torDocument.*`),
// in the draft's language; the people editing it take it from there. A pure function of
// its sources, so that a test can read what a given set of findings and items gives.
import { ICT_AREA_CODES, type IctArea, type Term } from "@hemicycle/shared/enums";
import type { TorSections } from "@hemicycle/shared/schemas/terms-of-reference";
import type { TranslationKey, Translator } from "../lib/translate.ts";

export type TorFindingSource = {
  id: string;
  title: string;
  area: IctArea;
  subArea: string | null;
  description: string;
  recommendation: string | null;
};

export type TorItemSource = {
  id: string;
  title: string;
  description: string | null;
  area: IctArea;
  strategicObjective: string | null;
  term: Term;
  startDate: Date | null;
  endDate: Date | null;
  kpi: string | null;
};

export type TorSources = {
  parliament: { name: string; countryCode: string };
  mission: { code: string; title: string; objectives: string | null };
  roadmap: { title: string; vision: string | null; horizonStart: number; horizonEnd: number } | null;
  findings: readonly TorFindingSource[];
  items: readonly TorItemSource[];
};

/** Findings of these areas make the technical requirements: infrastructure, legislative documents, security. */
export const TECHNICAL_AREAS: ReadonlySet<IctArea> = new Set<IctArea>(["INF", "LEG", "SEC"]);

const areaOrder = (area: IctArea) => ICT_AREA_CODES.indexOf(area);

/** A list line: text that runs over several lines stays inside its bullet. */
function bullet(text: string, marker = "-"): string {
  return `${marker} ${text.trim().replace(/\n+/g, (breaks) => `${breaks}  `)}`;
}

const paragraphs = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join("\n\n");

/** Requirements are numbered across areas (FR-01, FR-02…) so that a bidder's answer can cite them. */
function numbered(prefix: string) {
  let n = 0;
  return (text: string) => bullet(`**${prefix}-${String(++n).padStart(2, "0")}** ${text.trim()}`);
}

function countryName(language: string, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The draft's eight sections, in markdown. */
export function draftTermsOfReference(sources: TorSources, tr: Translator): TorSections {
  const t = tr.t;
  const areaLabel = (area: IctArea) => t(`ictArea.${area}`);
  const termLabel = (term: Term) => t(`term.${term}`);
  const findings = [...sources.findings].sort((a, b) => areaOrder(a.area) - areaOrder(b.area));
  const items = sources.items;
  const areas = [...new Set([...findings.map((f) => f.area), ...items.map((i) => i.area)])].sort(
    (a, b) => areaOrder(a) - areaOrder(b),
  );

  const { parliament, mission, roadmap } = sources;
  // "National Assembly of Zambia", but "Skupština (Montenegro)": the country once, where the name lacks it.
  const country = countryName(tr.language, parliament.countryCode);
  const background = paragraphs(
    t("torDocument.background.intro", {
      parliament: parliament.name.includes(country) ? parliament.name : `${parliament.name} (${country})`,
      code: mission.code,
      mission: mission.title,
    }),
    mission.objectives && t("torDocument.background.missionObjectives", { objectives: mission.objectives.trim() }),
    findings.length > 0 &&
      [
        t("torDocument.background.findings", { count: findings.length }),
        ...findings.map((f) =>
          bullet(t("torDocument.background.finding", { title: f.title, area: areaLabel(f.area) })),
        ),
      ].join("\n"),
    roadmap &&
      items.length > 0 &&
      t("torDocument.background.roadmap", {
        roadmap: roadmap.title,
        start: roadmap.horizonStart,
        end: roadmap.horizonEnd,
      }),
    roadmap?.vision && items.length > 0 && t("torDocument.background.vision", { vision: roadmap.vision.trim() }),
  );

  const objectiveLines =
    items.length > 0
      ? items.map((i) =>
          bullet(
            i.strategicObjective
              ? t("torDocument.objectives.item", { objective: i.strategicObjective, title: i.title })
              : i.title,
          ),
        )
      : findings.map((f) => bullet(t("torDocument.objectives.finding", { title: f.title })));
  const objectives = [t("torDocument.objectives.intro"), ...objectiveLines].join("\n");

  const list = new Intl.ListFormat(tr.language, { type: "conjunction" });
  const subAreasOf = (area: IctArea) =>
    [...new Set(findings.filter((f) => f.area === area && f.subArea).map((f) => f.subArea as string))].map((s) =>
      t(`ictSubArea.${area}.${s}` as TranslationKey, { defaultValue: s }),
    );
  const scope = paragraphs(
    [
      t("torDocument.scope.intro", { count: areas.length }),
      ...areas.map((area) => {
        const subAreas = subAreasOf(area);
        return bullet(
          subAreas.length
            ? t("torDocument.scope.areaWithSubAreas", { area: areaLabel(area), subAreas: list.format(subAreas) })
            : areaLabel(area),
        );
      }),
    ].join("\n"),
    items.length > 0 && [t("torDocument.scope.initiatives"), ...items.map((i) => bullet(i.title))].join("\n"),
    t("torDocument.scope.outside"),
  );

  const requirement = numbered("FR");
  const functionalByArea = areas.flatMap((area) => {
    const lines = [
      ...findings
        .filter((f) => f.area === area && f.recommendation?.trim())
        .map((f) =>
          requirement(t("torDocument.functional.fromFinding", { text: f.recommendation!.trim(), finding: f.title })),
        ),
      ...items
        .filter((i) => i.area === area)
        .map((i) =>
          requirement(
            i.description?.trim()
              ? t("torDocument.functional.fromItem", { title: i.title, text: i.description.trim() })
              : i.title,
          ),
        ),
    ];
    return lines.length ? [`### ${areaLabel(area)}\n\n${lines.join("\n")}`] : [];
  });
  const functionalRequirements = functionalByArea.length
    ? paragraphs(t("torDocument.functional.intro"), ...functionalByArea)
    : t("torDocument.functional.none");

  const technical = numbered("TR");
  const technicalByArea = areas
    .filter((area) => TECHNICAL_AREAS.has(area))
    .flatMap((area) => {
      const lines = findings
        .filter((f) => f.area === area)
        .map((f) =>
          technical(
            t("torDocument.technical.fromFinding", {
              text: (f.recommendation?.trim() || f.description).trim(),
              finding: f.title,
            }),
          ),
        );
      return lines.length ? [`### ${areaLabel(area)}\n\n${lines.join("\n")}`] : [];
    });
  const technicalRequirements = paragraphs(
    technicalByArea.length > 0 && t("torDocument.technical.intro"),
    ...technicalByArea,
    [
      t("torDocument.technical.general"),
      ...(["openStandards", "security", "accessibility", "handover"] as const).map((k) =>
        bullet(t(`torDocument.technical.${k}`)),
      ),
    ].join("\n"),
  );

  const deliverableLines = [
    t("torDocument.deliverables.inception"),
    ...items.map((i) =>
      i.kpi?.trim()
        ? t("torDocument.deliverables.itemWithKpi", { title: i.title, kpi: i.kpi.trim() })
        : t("torDocument.deliverables.item", { title: i.title }),
    ),
    t("torDocument.deliverables.documentation"),
    t("torDocument.deliverables.training"),
    t("torDocument.deliverables.final"),
  ];
  const deliverables = [
    t("torDocument.deliverables.intro"),
    ...deliverableLines.map((line, i) => bullet(line, `${i + 1}.`)),
  ].join("\n");

  const dated = items
    .filter((i): i is TorItemSource & { startDate: Date; endDate: Date } => !!i.startDate && !!i.endDate)
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  const undated = items.filter((i) => !i.startDate || !i.endDate);
  const first = dated[0]?.startDate;
  const last = dated.reduce<Date | undefined>((end, i) => (!end || i.endDate > end ? i.endDate : end), undefined);
  const timeline = paragraphs(
    first && last ? t("torDocument.timeline.period", { start: first, end: last }) : t("torDocument.timeline.undated"),
    items.length > 0 &&
      [
        ...dated.map((i) =>
          bullet(
            t("torDocument.timeline.dated", {
              title: i.title,
              start: i.startDate,
              end: i.endDate,
              term: termLabel(i.term),
            }),
          ),
        ),
        ...undated.map((i) =>
          bullet(t("torDocument.timeline.undatedItem", { title: i.title, term: termLabel(i.term) })),
        ),
      ].join("\n"),
  );

  const qualifications = [
    t("torDocument.qualifications.intro"),
    bullet(t("torDocument.qualifications.experience")),
    ...areas.map((area) => bullet(t(`torDocument.qualifications.area.${area}`))),
    bullet(t("torDocument.qualifications.language")),
  ].join("\n");

  return {
    background,
    objectives,
    scope,
    functionalRequirements,
    technicalRequirements,
    deliverables,
    timeline,
    qualifications,
  };
}
