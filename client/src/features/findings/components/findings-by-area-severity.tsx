// Findings by ICT area and severity: a small table whose cells darken with the count, so
// the areas with the most severe findings stand out. The figures are the ones the viewer
// may see, counted by the server (findings.summary) for the findings log and a mission's
// page alike, or counted here from findings a page holds (cellsOf). Its words are the
// mission page's, where it first lived (`mission.findingsSummary.*`).
import { useTranslation } from "react-i18next";
import { ICT_AREA_CODES, SEVERITIES, type IctArea, type Severity } from "@hemicycle/shared/enums";
import { cn } from "../../../lib/cn.ts";

export type FindingFacts = { area: IctArea; severity: Severity };
export type AreaSeverityCell = FindingFacts & { count: number };

/** The cells of a list of findings, one per area and severity that has any. */
export function cellsOf(findings: readonly FindingFacts[]): AreaSeverityCell[] {
  const counts = new Map<string, AreaSeverityCell>();
  for (const f of findings) {
    const key = `${f.area}:${f.severity}`;
    const cell = counts.get(key) ?? { area: f.area, severity: f.severity, count: 0 };
    cell.count += 1;
    counts.set(key, cell);
  }
  return [...counts.values()];
}

const SHADES = [
  "bg-white text-zinc-400",
  "bg-amber-50 text-amber-900",
  "bg-amber-200 text-amber-950",
  "bg-red-300 text-red-950",
];

function shade(count: number, max: number): string {
  if (count === 0) return SHADES[0]!;
  // Against at least 3, so that a single finding in a short list is not shaded as the worst.
  return SHADES[Math.min(3, Math.ceil((count / Math.max(max, 3)) * 3))]!;
}

export function FindingsByAreaSeverity({ cells, caption }: { cells: readonly AreaSeverityCell[]; caption: string }) {
  const { t } = useTranslation();
  const count = (area: IctArea, severity: Severity) =>
    cells.find((c) => c.area === area && c.severity === severity)?.count ?? 0;
  const areaTotal = (area: IctArea) => cells.reduce((sum, c) => sum + (c.area === area ? c.count : 0), 0);
  const areas = ICT_AREA_CODES.filter((area) => areaTotal(area) > 0);
  if (areas.length === 0) return <p className="text-sm text-zinc-600">{t("mission.findingsSummary.none")}</p>;
  const max = Math.max(...areas.flatMap((area) => SEVERITIES.map((s) => count(area, s))));
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-xs text-zinc-500">
          <th scope="col" className="py-1.5 pe-2 text-start font-medium">
            {t("mission.findingsSummary.area")}
          </th>
          {SEVERITIES.map((severity) => (
            <th key={severity} scope="col" className="w-14 px-1 py-1.5 text-center font-medium sm:w-20">
              {t(`severity.${severity}`)}
            </th>
          ))}
          <th scope="col" className="w-12 ps-1 py-1.5 text-end font-medium">
            {t("mission.findingsSummary.total")}
          </th>
        </tr>
      </thead>
      <tbody>
        {areas.map((area) => (
          <tr key={area} className="border-t border-zinc-100">
            <th scope="row" className="py-1.5 pe-2 text-start font-normal text-zinc-800">
              {t(`ictAreaShort.${area}`)}
            </th>
            {SEVERITIES.map((severity) => {
              const n = count(area, severity);
              return (
                <td key={severity} className="px-1 py-1">
                  <span
                    className={cn("block rounded py-1 text-center tabular-nums", shade(n, max))}
                    aria-label={t("mission.findingsSummary.cell", {
                      count: n,
                      severity: t(`severity.${severity}`),
                      area: t(`ictAreaShort.${area}`),
                    })}
                  >
                    {n}
                  </span>
                </td>
              );
            })}
            <td className="ps-1 py-1.5 text-end font-medium tabular-nums text-zinc-900">{areaTotal(area)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
