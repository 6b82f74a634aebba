// One item of the plan as the reviewer reads it: every field, where it stands against the
// endorsed baseline, its progress (with the progress editor once the parliament may
// update it) and the conversation about it.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateRange } from "../../../../lib/format.ts";
import { useMe } from "../../../../lib/session.ts";
import { Badge } from "../../../../components/ui/badge.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { roadmapAbilities } from "../../lib/abilities.ts";
import { CommentThreads } from "./comment-threads.tsx";
import { ProgressEditor } from "./progress-editor.tsx";
import { fieldLabel } from "../../lib/field-values.ts";
import { formatCost } from "../../lib/money.ts";

type ItemReviewDialogProps = {
  open: boolean;
  onClose: () => void;
  roadmap: Roadmap;
  itemId: string;
};

export function ItemReviewDialog({ open, onClose, roadmap, itemId }: ItemReviewDialogProps) {
  const { t } = useTranslation();
  const me = useMe();
  const item = roadmap.items.find((i) => i.id === itemId);
  const abilities = roadmapAbilities(me, roadmap);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={item?.title ?? t("roadmapReview.item.gone")}
      description={item ? t(`ictArea.${item.area}`) : undefined}
      footer={
        // Focus starts here, not in the progress editor, so that the item reads from its top.
        <Button onClick={onClose} data-autofocus>
          {t("common.close")}
        </Button>
      }
    >
      {item ? (
        <div className="flex flex-col gap-6">
          <ItemFacts item={item} roadmap={roadmap} />
          {abilities.updateProgress ? (
            <section aria-labelledby={`progress-${item.id}`}>
              <h3 id={`progress-${item.id}`} className="mb-2 text-sm font-semibold text-zinc-900">
                {t("roadmapReview.item.updateProgress")}
              </h3>
              <ProgressEditor roadmap={roadmap} item={item} />
            </section>
          ) : null}
          <section aria-labelledby={`comments-${item.id}`}>
            <h3 id={`comments-${item.id}`} className="mb-2 text-sm font-semibold text-zinc-900">
              {t("roadmapReview.item.comments")}
            </h3>
            <CommentThreads roadmap={roadmap} itemId={item.id} />
          </section>
        </div>
      ) : (
        <p className="text-sm text-zinc-600">{t("roadmapReview.item.goneHint")}</p>
      )}
    </Dialog>
  );
}

function ItemFacts({ item, roadmap }: { item: RoadmapItem; roadmap: Roadmap }) {
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
          <Badge tone={item.progress === "DONE" ? "green" : item.progress === "BLOCKED" ? "red" : "gray"}>
            {t(`progress.${item.progress}`)}
          </Badge>
          {item.progressNote ? <span className="text-zinc-600">{item.progressNote}</span> : null}
        </span>
      </Fact>
      <Fact label={t("roadmapReview.item.when")}>
        {item.startDate || item.endDate ? formatDateRange(item.startDate, item.endDate) : null}
        {slipped ? (
          <span className="mt-0.5 block text-xs text-amber-800">
            {t("roadmapReview.item.slipped", { date: formatDate(baseline.endDate) })}
          </span>
        ) : null}
      </Fact>
      <Fact label={fieldLabel("priority")}>{t(`priority.${item.priority}`)}</Fact>
      <Fact label={fieldLabel("term")}>{t(`term.${item.term}`)}</Fact>
      <Fact label={fieldLabel("costEstimate")}>
        {item.costEstimate !== null ? formatCost(item.costEstimate, item.currency) : null}
        {costChanged ? (
          <span className="mt-0.5 block text-xs text-amber-800">
            {baseline.costEstimate !== null
              ? t("roadmapReview.item.baselineCost", { cost: formatCost(baseline.costEstimate, baseline.currency) })
              : t("roadmapReview.item.baselineNoCost")}
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
        {dependsOn.length > 0 ? dependsOn.join(", ") : null}
      </Fact>
      <Fact label={fieldLabel("findings")}>
        {item.findingIds.length > 0 ? t("roadmapReview.item.findingCount", { count: item.findingIds.length }) : null}
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
        {empty ? <span className="text-zinc-400">{t("roadmapReview.compare.none")}</span> : children}
      </dd>
    </div>
  );
}
