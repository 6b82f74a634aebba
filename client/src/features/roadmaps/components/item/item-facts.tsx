// An item's plan to read, field by field, measured against the endorsed baseline where
// there is one (a later end, a changed cost). The item's view shows it to whoever may
// not edit the plan: the parliament's staff, readers, those who only update progress.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateRange, formatList } from "../../../../lib/format.ts";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { enumLabel, fieldLabel } from "../../lib/field-values.ts";
import { formatCost } from "../../lib/money.ts";
import { ProgressBadge } from "./progress-badge.tsx";

export function ItemFacts({ roadmap, item }: { roadmap: Roadmap; item: RoadmapItem }) {
  const { t } = useTranslation();
  const titleOf = (id: string) => roadmap.items.find((i) => i.id === id)?.title;
  const dependsOn = item.dependsOn.map(titleOf).filter((title): title is string => title !== undefined);
  const baseline = item.baseline;
  const slipped =
    baseline !== null && baseline.endDate !== null && item.endDate !== null && item.endDate > baseline.endDate;
  const costChanged =
    baseline !== null && (baseline.costEstimate !== item.costEstimate || baseline.currency !== item.currency);

  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      <Fact label={fieldLabel("progress")}>
        <span className="flex flex-wrap items-center gap-2">
          <ProgressBadge progress={item.progress} />
          {item.progressNote ? <span className="text-zinc-600">{item.progressNote}</span> : null}
        </span>
      </Fact>
      <Fact label={t("roadmap.item.when")}>
        {item.startDate || item.endDate ? (
          <>
            {formatDateRange(item.startDate, item.endDate)}
            {slipped ? (
              <span className="mt-0.5 block text-xs text-amber-800">
                {t("roadmap.item.slipped", { date: formatDate(baseline.endDate) })}
              </span>
            ) : null}
          </>
        ) : null}
      </Fact>
      <Fact label={fieldLabel("priority")}>{enumLabel("priority", item.priority)}</Fact>
      <Fact label={fieldLabel("term")}>{enumLabel("term", item.term)}</Fact>
      <Fact label={fieldLabel("costEstimate")}>
        {item.costEstimate !== null ? formatCost(item.costEstimate, item.currency) : null}
        {costChanged ? (
          <span className="mt-0.5 block text-xs text-amber-800">
            {baseline.costEstimate !== null
              ? t("roadmap.item.baselineCost", { cost: formatCost(baseline.costEstimate, baseline.currency) })
              : t("roadmap.item.baselineNoCost")}
          </span>
        ) : null}
      </Fact>
      <Fact label={fieldLabel("fundingSource")}>{item.fundingSource}</Fact>
      <Fact label={fieldLabel("strategicObjective")}>{item.strategicObjective}</Fact>
      <Fact label={fieldLabel("responsibleUnit")}>{item.responsibleUnit}</Fact>
      <Fact label={fieldLabel("description")} wide>
        {item.description}
      </Fact>
      <Fact label={fieldLabel("expectedBenefit")} wide>
        {item.expectedBenefit}
      </Fact>
      <Fact label={fieldLabel("kpi")} wide>
        {item.kpi}
      </Fact>
      <Fact label={fieldLabel("dependsOn")} wide>
        {dependsOn.length > 0 ? formatList(dependsOn) : null}
      </Fact>
    </dl>
  );
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === "";
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-0.5 break-words whitespace-pre-line text-zinc-800">
        {empty ? <span className="text-zinc-400">{t("common.none")}</span> : children}
      </dd>
    </div>
  );
}
