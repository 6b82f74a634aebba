// The roadmap's revisions, newest first: what each is (submitted, endorsed), when and by
// whom, the parliament's decisions on it with their comments, which one is the baseline;
// and a comparison between any two (or, for the team, a revision and the plan as it is now).
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { mayEditRoadmap } from "@hemicycle/shared/policy";
import { formatDateTime } from "../../../../lib/format.ts";
import { useMe } from "../../../../lib/session.ts";
import { useDialogState } from "../../../../lib/use-dialog-state.ts";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { Badge } from "../../../../components/ui/badge.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { EmptyState } from "../../../../components/ui/empty-state.tsx";
import { Select } from "../../../../components/ui/field.tsx";
import type { Roadmap } from "../../api/types.ts";
import { CompareView } from "./compare-view.tsx";
import { useRevisions, type Revision, type RevisionRef } from "../../api/roadmap-review.ts";
import { DecisionBadge } from "./review-badges.tsx";
import i18n from "../../../../lib/i18n.ts";

type RevisionHistoryProps = {
  roadmap: Roadmap;
  /** Opens an item from the comparison. */
  onOpenItem?: ((itemId: string) => void) | undefined;
};

export function RevisionHistory({ roadmap, onOpenItem }: RevisionHistoryProps) {
  const { t } = useTranslation();
  const query = useRevisions(roadmap.id);
  const revisions = [...(query.data ?? [])].sort((a, b) => b.number - a.number);
  const compare = useDialogState<{ from: number; to: RevisionRef }>();

  return (
    <QueryState
      query={query}
      isEmpty={revisions.length === 0}
      empty={<EmptyState title={t("roadmapReview.history.empty")} description={t("roadmapReview.history.emptyHint")} />}
    >
      <div className="flex flex-col gap-5">
        <ComparePicker roadmap={roadmap} revisions={revisions} onCompare={compare.open} />
        <ol className="flex flex-col gap-3" aria-label={t("roadmapReview.history.label")}>
          {revisions.map((revision, index) => {
            // An endorsement holds the submission it endorsed: nothing changed in it.
            const previous = revision.kind === "ENDORSEMENT" ? undefined : revisions[index + 1];
            return (
              <RevisionEntry
                key={revision.number}
                revision={revision}
                roadmap={roadmap}
                onCompareWithPrevious={
                  previous ? () => compare.open({ from: previous.number, to: revision.number }) : null
                }
              />
            );
          })}
        </ol>
      </div>
      {compare.payload ? (
        <Dialog
          key={compare.key}
          open={compare.isOpen}
          onClose={compare.close}
          size="lg"
          title={t("roadmapReview.compare.title", {
            from: revisionName(compare.payload.from),
            to: revisionName(compare.payload.to),
          })}
          footer={<Button onClick={compare.close}>{t("common.close")}</Button>}
        >
          <CompareView
            roadmapId={roadmap.id}
            roadmap={roadmap}
            from={compare.payload.from}
            to={compare.payload.to}
            onOpenItem={
              onOpenItem
                ? (itemId) => {
                    compare.close();
                    onOpenItem(itemId);
                  }
                : undefined
            }
          />
        </Dialog>
      ) : null}
    </QueryState>
  );
}

type RevisionEntryProps = {
  revision: Revision;
  roadmap: Roadmap;
  onCompareWithPrevious: (() => void) | null;
};

function RevisionEntry({ revision, roadmap, onCompareWithPrevious }: RevisionEntryProps) {
  const { t } = useTranslation();
  const isBaseline = roadmap.baselineRevision === revision.number;
  const underReview = roadmap.status === "IN_REVIEW" && roadmap.latestRevision?.number === revision.number;
  return (
    <li className="rounded-md border border-zinc-200 p-3">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h3 className="text-sm font-semibold text-zinc-900">
          {t("roadmapReview.revision", { number: revision.number })}
        </h3>
        <Badge tone={revision.kind === "ENDORSEMENT" ? "green" : "blue"}>{t(`revisionKind.${revision.kind}`)}</Badge>
        {isBaseline ? <Badge tone="indigo">{t("roadmapReview.history.baseline")}</Badge> : null}
        {underReview ? <Badge tone="purple">{t("roadmapReview.history.underReview")}</Badge> : null}
      </div>
      <p className="mt-1 text-xs text-zinc-500">
        {t("roadmapReview.history.madeBy", {
          when: formatDateTime(revision.createdAt),
          who: revision.createdBy?.name ?? t("roadmapReview.someone"),
        })}
      </p>
      {revision.decisions.length > 0 ? (
        <ul className="mt-2 flex flex-col gap-2">
          {revision.decisions.map((decision, i) => (
            <li key={i} className="rounded-md bg-zinc-50 p-2.5 text-sm">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <DecisionBadge decision={decision.decision} />
                <span className="text-xs text-zinc-500">
                  {t("roadmapReview.history.decidedBy", {
                    who: decision.decidedBy?.name ?? t("roadmapReview.someone"),
                    when: formatDateTime(decision.createdAt),
                  })}
                </span>
              </div>
              {decision.comment ? (
                <blockquote
                  dir="auto"
                  className="mt-1.5 border-s-2 border-zinc-300 ps-2.5 whitespace-pre-line text-zinc-700"
                >
                  {decision.comment}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {onCompareWithPrevious ? (
        <Button size="sm" variant="ghost" className="mt-2 -ms-2.5" onClick={onCompareWithPrevious}>
          {t("roadmapReview.history.whatChanged")}
        </Button>
      ) : null}
    </li>
  );
}

type ComparePickerProps = {
  roadmap: Roadmap;
  /** Newest first. */
  revisions: readonly Revision[];
  onCompare: (pair: { from: number; to: RevisionRef }) => void;
};

/** Two selects and a button: previous → latest by default, or latest → now for the team. */
function ComparePicker({ roadmap, revisions, onCompare }: ComparePickerProps) {
  const { t } = useTranslation();
  const me = useMe();
  const id = useId();
  // The team compares its working copy with what it last submitted; the parliament reads revisions.
  const offersCurrent = mayEditRoadmap(me, roadmap.viewer);
  const [latest, previous] = revisions;
  // An endorsement repeats the submission before it: the parliament compares with the one before that.
  const before = (latest?.kind === "ENDORSEMENT" ? revisions[2] : undefined) ?? previous;
  const [from, setFrom] = useState<number | null>(offersCurrent ? (latest?.number ?? null) : (before?.number ?? null));
  const [to, setTo] = useState<RevisionRef | null>(offersCurrent ? "current" : (latest?.number ?? null));
  if (!latest || (!offersCurrent && !previous)) return null;

  const options = revisions.map((r) => ({ value: String(r.number), label: revisionName(r.number) }));
  const toOptions = offersCurrent ? [{ value: "current", label: revisionName("current") }, ...options] : options;
  const same = from === to;

  return (
    <form
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-md border border-zinc-200 bg-zinc-50 p-3 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        if (from !== null && to !== null && !same) onCompare({ from, to });
      }}
    >
      <h3 id={`${id}-title`} className="sr-only">
        {t("roadmapReview.history.compareTitle")}
      </h3>
      <Select
        label={t("roadmapReview.history.from")}
        options={options}
        value={from === null ? "" : String(from)}
        onChange={(event) => setFrom(Number(event.target.value))}
        containerClassName="sm:w-44"
      />
      <Select
        label={t("roadmapReview.history.to")}
        options={toOptions}
        value={to === null ? "" : String(to)}
        onChange={(event) => setTo(event.target.value === "current" ? "current" : Number(event.target.value))}
        containerClassName="sm:w-56"
      />
      <Button type="submit" variant="primary" disabled={same}>
        {t("roadmapReview.history.compare")}
      </Button>
      {same ? <p className="text-xs text-zinc-500 sm:self-center">{t("roadmapReview.compare.same")}</p> : null}
    </form>
  );
}

/** "Revision 3", or "The plan as it is now". */
function revisionName(ref: RevisionRef): string {
  return typeof ref === "number"
    ? i18n.t("roadmapReview.revision", { number: ref })
    : i18n.t("roadmapReview.compare.current");
}
