// The parliament's validated findings, grouped by ICT area, for its staff.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ICT_AREA_CODES, SEVERITIES, type IctArea } from "@hemicycle/shared/enums";
import { subAreaLabel } from "../../../lib/labels.ts";
import { cn } from "../../../lib/cn.ts";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { PagedList } from "../../../components/list/paged-list.tsx";
import { useFindingList, type FindingListItem } from "../api/findings.ts";
import { FindingKindBadge, SeverityBadge } from "./finding-badges.tsx";

const severityRank = (s: FindingListItem["severity"]) => SEVERITIES.length - SEVERITIES.indexOf(s);

/** The findings of each ICT area, most severe first; areas without any left out. */
function byArea(items: readonly FindingListItem[]) {
  return ICT_AREA_CODES.map((code) => ({
    code,
    findings: items.filter((f) => f.area === code).sort((a, b) => severityRank(a.severity) - severityRank(b.severity)),
  })).filter((g) => g.findings.length > 0);
}

type ValidatedFindingsByAreaProps = {
  /** The area shown, or null for all; the page holds it so other panels can set it. */
  area: IctArea | null;
  onAreaChange: (area: IctArea | null) => void;
};

export function ValidatedFindingsByArea({ area, onAreaChange: setArea }: ValidatedFindingsByAreaProps) {
  const { t } = useTranslation();
  const list = useFindingList({ status: "VALIDATED", area: area ?? undefined }, 100);

  return (
    <div>
      <div className="mb-4 flex flex-wrap gap-1.5" role="group" aria-label={t("parliamentHome.filterByArea")}>
        {[null, ...ICT_AREA_CODES].map((code) => (
          <button
            key={code ?? "all"}
            type="button"
            aria-pressed={area === code}
            onClick={() => setArea(code)}
            className={cn(
              "rounded-full border px-3 py-1 text-xs font-medium transition-colors",
              area === code
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50",
            )}
            title={code ? t(`ictArea.${code}`) : undefined}
          >
            {code ? t(`ictAreaShort.${code}`) : t("parliamentHome.allAreas")}
          </button>
        ))}
      </div>

      <PagedList
        list={list}
        showCount={false}
        empty={<EmptyState title={t("parliamentHome.noFindings")} description={t("parliamentHome.noFindingsHint")} />}
      >
        {(items) => (
          <div className="flex flex-col gap-6">
            {byArea(items).map((group) => (
              <section key={group.code} aria-labelledby={`area-${group.code}`}>
                <h3
                  id={`area-${group.code}`}
                  className="mb-2 flex flex-wrap items-baseline gap-x-2 text-sm font-semibold text-zinc-900"
                >
                  {t(`ictArea.${group.code}`)}
                  <span className="text-xs font-normal whitespace-nowrap text-zinc-500">
                    {t("parliamentHome.findingCount", { count: group.findings.length })}
                  </span>
                </h3>
                <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white">
                  {group.findings.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
                      <div className="min-w-0">
                        <Link
                          to={`/findings/${f.id}`}
                          className="text-sm font-medium text-zinc-900 hover:text-brand-700 hover:underline"
                        >
                          {f.title}
                        </Link>
                        <p className="mt-0.5 text-xs text-zinc-500">
                          {f.subArea ? `${subAreaLabel(f.area, f.subArea)} · ` : ""}
                          {f.phase.mission.code}
                        </p>
                      </div>
                      <div className="flex shrink-0 items-center gap-1.5">
                        <FindingKindBadge kind={f.kind} />
                        <SeverityBadge severity={f.severity} />
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </PagedList>
    </div>
  );
}
