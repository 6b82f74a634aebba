// How far the plan answers the assessment (roadmaps.coverage): the share of high and
// critical findings answered as a gauge, each severity as a bar, then what to act on:
// the validated findings no item answers, most severe first, and the items that answer
// no finding. Editors link from here.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { Severity } from "@hemicycle/shared/enums";
import { cn } from "../../../../lib/cn.ts";
import { useDialogState } from "../../../../lib/use-dialog-state.ts";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Card } from "../../../../components/ui/card.tsx";
import { useLinkFindings, useRoadmapCoverage, type RoadmapCoverage } from "../../api/roadmaps.ts";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { PickItemDialog } from "./pick-item-dialog.tsx";
import { SeverityBadge } from "./severity-badge.tsx";

type CoverageViewProps = {
  roadmap: Roadmap;
  /** Editors link findings from here. */
  canEdit: boolean;
  onOpenItem: (itemId: string) => void;
  /** Opens the link-findings dialog of an item. */
  onLinkFindings: (itemId: string) => void;
};

export function CoverageView({ roadmap, canEdit, onOpenItem, onLinkFindings }: CoverageViewProps) {
  const query = useRoadmapCoverage(roadmap);
  return (
    <QueryState query={query}>
      {query.data ? (
        <CoverageReport
          coverage={query.data}
          roadmap={roadmap}
          canEdit={canEdit}
          onOpenItem={onOpenItem}
          onLinkFindings={onLinkFindings}
        />
      ) : null}
    </QueryState>
  );
}

type Finding = RoadmapCoverage["unansweredFindings"][number];

export function CoverageReport({
  coverage,
  roadmap,
  canEdit,
  onOpenItem,
  onLinkFindings,
}: CoverageViewProps & { coverage: RoadmapCoverage }) {
  const { t } = useTranslation();
  const linkTo = useDialogState<Finding>();
  const link = useLinkFindings(roadmap);
  const [linkedIds, setLinkedIds] = useState<ReadonlySet<string>>(() => new Set());

  function linkFinding(finding: Finding, item: RoadmapItem) {
    link.mutate(
      { itemId: item.id, findingIds: [...new Set([...item.findingIds, finding.id])] },
      {
        onSuccess: () => {
          setLinkedIds((s) => new Set(s).add(finding.id));
          linkTo.close();
          toast.success(t("roadmap.coverage.linked", { title: item.title }));
        },
      },
    );
  }

  // Findings linked a moment ago leave the list at once; the refreshed coverage follows.
  const unanswered = coverage.unansweredFindings.filter((f) => !linkedIds.has(f.id));
  const bySeverity = coverage.bySeverity.filter((s) => s.total > 0);
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
        <Card title={t("roadmap.coverage.gaugeLabel")} id="coverage-gauge">
          <CoverageGauge figures={coverage.highCritical} />
        </Card>
        <Card title={t("roadmap.coverage.bySeverity")} id="coverage-severity">
          {bySeverity.length === 0 ? (
            <p className="text-sm text-zinc-500">{t("roadmap.coverage.noFindings")}</p>
          ) : (
            <>
              <ul className="flex flex-col gap-3">
                {bySeverity.map((s) => (
                  <SeverityBar key={s.severity} {...s} />
                ))}
              </ul>
              <p className="mt-5 text-xs text-zinc-500">
                {t("roadmap.coverage.legend", {
                  answered: coverage.bySeverity.reduce((sum, s) => sum + s.answered, 0),
                  total: coverage.bySeverity.reduce((sum, s) => sum + s.total, 0),
                })}
              </p>
            </>
          )}
        </Card>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card
          title={t("roadmap.coverage.unanswered")}
          description={t("roadmap.coverage.unansweredHint")}
          id="coverage-unanswered"
        >
          {unanswered.length === 0 ? (
            <p className="text-sm text-zinc-600">{t("roadmap.coverage.allAnswered")}</p>
          ) : (
            <ul className="-my-2 divide-y divide-zinc-100">
              {unanswered.map((f) => (
                <li key={f.id} className="flex flex-wrap items-start justify-between gap-2 py-2.5">
                  <div className="flex min-w-0 flex-1 flex-col gap-1">
                    <span className="text-sm font-medium text-zinc-900">{f.title}</span>
                    <span className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
                      <SeverityBadge severity={f.severity} />
                      {t(`ictAreaShort.${f.area}`)}
                    </span>
                  </div>
                  {canEdit && roadmap.items.length > 0 ? (
                    <Button
                      size="sm"
                      onClick={() => linkTo.open(f)}
                      aria-label={t("roadmap.coverage.linkToLabel", { title: f.title })}
                    >
                      {t("roadmap.coverage.linkTo")}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          title={t("roadmap.coverage.itemsWithout")}
          description={t("roadmap.coverage.itemsWithoutHint")}
          id="coverage-items-without"
        >
          {coverage.itemsWithoutFindings.length === 0 ? (
            <p className="text-sm text-zinc-600">{t("roadmap.coverage.everyItemAnswers")}</p>
          ) : (
            <ul className="-my-2 divide-y divide-zinc-100">
              {coverage.itemsWithoutFindings.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
                  <button
                    type="button"
                    className="min-w-0 flex-1 text-start text-sm font-medium text-zinc-900 hover:underline"
                    onClick={() => onOpenItem(item.id)}
                  >
                    {item.title}
                  </button>
                  {canEdit ? (
                    <Button
                      size="sm"
                      onClick={() => onLinkFindings(item.id)}
                      aria-label={t("roadmap.coverage.linkItemLabel", { title: item.title })}
                    >
                      {t("roadmap.coverage.linkItem")}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      {linkTo.payload ? (
        <PickItemDialog
          key={linkTo.key}
          open={linkTo.isOpen}
          onClose={linkTo.close}
          roadmap={roadmap}
          title={t("roadmap.coverage.chooseItem", { title: linkTo.payload.title })}
          confirmLabel={t("roadmap.coverage.link")}
          busy={link.isPending}
          onPick={(item) => linkFinding(linkTo.payload!, item)}
        />
      ) : null}
    </div>
  );
}

/** Green from 80 %, amber from 50 %, red below: how a reader takes in the figure before reading it. */
function toneOf(percent: number | null) {
  if (percent === null) return { stroke: "stroke-zinc-300", text: "text-zinc-500" };
  if (percent >= 80) return { stroke: "stroke-emerald-500", text: "text-emerald-700" };
  if (percent >= 50) return { stroke: "stroke-amber-500", text: "text-amber-700" };
  return { stroke: "stroke-red-500", text: "text-red-700" };
}

export function CoverageGauge({ figures }: { figures: RoadmapCoverage["highCritical"] }) {
  const { t } = useTranslation();
  const { percent, answered, total } = figures;
  const tone = toneOf(percent);
  // A three-quarter ring: 270° of a circle of radius 40.
  const radius = 40;
  const arc = 2 * Math.PI * radius * 0.75;
  const filled = arc * ((percent ?? 0) / 100);
  const label =
    percent === null
      ? t("roadmap.coverage.noHighFindings")
      : `${t("roadmap.coverage.percent", { percent })}, ${t("roadmap.coverage.answeredOf", { answered, total })}`;
  // The track and the filled part are the same ring, drawn to different lengths.
  const ring = { cx: "50", cy: "50", r: radius, fill: "none", strokeWidth: "10", strokeLinecap: "round" } as const;
  return (
    <figure className="flex flex-col items-center gap-2" data-testid="coverage-gauge">
      <div className="relative size-44">
        <svg viewBox="0 0 100 100" className="size-full rotate-[135deg] rtl:scale-x-[-1]" role="img" aria-label={label}>
          <circle {...ring} className="stroke-zinc-100" strokeDasharray={`${arc} 999`} />
          {percent ? (
            <circle
              {...ring}
              className={cn(tone.stroke, "transition-[stroke-dasharray] duration-500 motion-reduce:transition-none")}
              strokeDasharray={`${filled} 999`}
            />
          ) : null}
        </svg>
        <div aria-hidden="true" className="absolute inset-0 flex flex-col items-center justify-center">
          <span className={cn("text-3xl font-semibold tabular-nums", tone.text)}>
            {percent === null ? "–" : t("roadmap.coverage.percent", { percent })}
          </span>
        </div>
      </div>
      <figcaption className="text-center text-sm text-zinc-600">
        {percent === null
          ? t("roadmap.coverage.noHighFindings")
          : t("roadmap.coverage.answeredOf", { answered, total })}
      </figcaption>
    </figure>
  );
}

const barTones: Record<Severity, string> = {
  CRITICAL: "bg-red-500",
  HIGH: "bg-orange-500",
  MEDIUM: "bg-amber-400",
  LOW: "bg-zinc-400",
};

function SeverityBar({ severity, total, answered }: { severity: Severity; total: number; answered: number }) {
  const { t } = useTranslation();
  const share = total === 0 ? 0 : answered / total;
  const label = t("roadmap.coverage.severityRow", { severity: t(`severity.${severity}`), answered, total });
  return (
    <li className="grid grid-cols-[5.5rem_minmax(0,1fr)_auto] items-center gap-3">
      <span className="text-sm font-medium text-zinc-800">{t(`severity.${severity}`)}</span>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        className="h-3 overflow-hidden rounded-full bg-zinc-100"
      >
        <div className={cn("h-full rounded-full", barTones[severity])} style={{ width: `${share * 100}%` }} />
      </div>
      <span className="text-sm text-zinc-600 tabular-nums">
        {answered}/{total}
      </span>
    </li>
  );
}
