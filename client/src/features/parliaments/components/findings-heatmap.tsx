// Validated findings counted by ICT area and severity: where the gaps are, at a glance.
// A row is a button that filters the list below to that area.
import { useTranslation } from "react-i18next";
import { ICT_AREA_CODES, SEVERITIES, type IctArea, type Severity } from "@hemicycle/shared/enums";
import { cn } from "../../../lib/cn.ts";
import type { ParliamentOverview } from "../api/overview.ts";

const cellTones: Record<Severity, string> = {
  LOW: "bg-zinc-100 text-zinc-800",
  MEDIUM: "bg-amber-100 text-amber-900",
  HIGH: "bg-orange-200 text-orange-950",
  CRITICAL: "bg-red-200 text-red-950",
};

type FindingsHeatmapProps = {
  overview: ParliamentOverview;
  selected: IctArea | null;
  onSelect: (area: IctArea | null) => void;
};

export function FindingsHeatmap({ overview, selected, onSelect }: FindingsHeatmapProps) {
  const { t } = useTranslation();
  const count = (area: IctArea, severity: Severity) =>
    overview.validatedFindings.find((f) => f.area === area && f.severity === severity)?.count ?? 0;
  const rows = ICT_AREA_CODES.map((area) => ({
    area,
    counts: SEVERITIES.map((s) => count(area, s)),
  })).filter((r) => r.counts.some((c) => c > 0));
  if (rows.length === 0) return null;

  return (
    <table className="w-full text-start text-xs">
      <caption className="sr-only">{t("parliamentHome.heatmapCaption")}</caption>
      <thead>
        <tr>
          <th scope="col" className="py-1 pe-2 font-medium text-zinc-500">
            {t("finding.area")}
          </th>
          {SEVERITIES.map((s) => (
            <th key={s} scope="col" className="w-16 py-1 text-center font-medium text-zinc-500">
              {t(`severity.${s}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ area, counts }) => (
          <tr key={area} className={cn(selected === area && "bg-brand-50")}>
            <th scope="row" className="py-0.5 pe-2 font-normal">
              <button
                type="button"
                aria-pressed={selected === area}
                onClick={() => onSelect(selected === area ? null : area)}
                title={t(`ictArea.${area}`)}
                className="w-full rounded px-1 py-1 text-start text-zinc-800 hover:bg-zinc-100"
              >
                {t(`ictAreaShort.${area}`)}
              </button>
            </th>
            {counts.map((n, i) => {
              const severity = SEVERITIES[i]!;
              return (
                <td key={severity} className="p-0.5 text-center">
                  <span
                    className={cn(
                      "inline-flex h-7 w-full items-center justify-center rounded tabular-nums",
                      n > 0 ? cellTones[severity] : "text-zinc-300",
                    )}
                  >
                    {n > 0 ? (
                      n
                    ) : (
                      <>
                        <span aria-hidden="true">·</span>
                        <span className="sr-only">0</span>
                      </>
                    )}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
