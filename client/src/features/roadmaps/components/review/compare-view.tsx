// What changed between two revisions (or a revision and the roadmap as it is now): the
// roadmap's own fields, the items added and removed, and for each changed item every
// field with its old and new value. Stacked, so it reads on a phone as on a desk.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { cn } from "../../../../lib/cn.ts";
import { trpc } from "../../../../lib/trpc.ts";
import type { Roadmap } from "../../api/types.ts";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { EmptyState } from "../../../../components/ui/empty-state.tsx";
import { useComparison, type Comparison, type FieldChange, type RevisionRef } from "../../api/roadmap-review.ts";
import { fieldLabel, formatFieldValue, type ValueContext } from "../../lib/field-values.ts";

type CompareViewProps = {
  roadmapId: string;
  from: number;
  to: RevisionRef;
  /**
   * The roadmap as it is now, when the caller has it: an item's currency when only its
   * cost changed, and whether an item is still there to be opened. Otherwise it is read
   * from the cache (`roadmaps.byId`), if there.
   */
  roadmap?: Roadmap | undefined;
  /** Opens an item of the plan (the changed and added items' titles become buttons). */
  onOpenItem?: ((itemId: string) => void) | undefined;
};

export function CompareView({ roadmapId, from, to, roadmap, onOpenItem }: CompareViewProps) {
  const { t } = useTranslation();
  const query = useComparison(roadmapId, from, to);
  if (from === to) return <EmptyState title={t("roadmapReview.compare.same")} />;
  return (
    <QueryState query={query}>
      {query.data ? (
        <Differences roadmapId={roadmapId} roadmap={roadmap} diff={query.data} onOpenItem={onOpenItem} />
      ) : null}
    </QueryState>
  );
}

type DifferencesProps = {
  roadmapId: string;
  roadmap: Roadmap | undefined;
  diff: Comparison;
  onOpenItem?: ((itemId: string) => void) | undefined;
};

function Differences({ roadmapId, roadmap, diff, onOpenItem }: DifferencesProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = roadmap ?? queryClient.getQueryData(trpc.roadmaps.byId.queryKey({ id: roadmapId }));
  const currencyNow = new Map((current?.items ?? []).map((item) => [item.id, item.currency] as const));
  const exists = (id: string) => currencyNow.has(id);

  const nothing =
    diff.roadmap.length === 0 && diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
  if (nothing) {
    return (
      <EmptyState
        title={t("roadmapReview.compare.noDifferences")}
        description={t("roadmapReview.compare.noDifferencesHint")}
      />
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-zinc-600" role="status">
        {t("roadmapReview.compare.summary", {
          added: t("roadmapReview.compare.addedCount", { count: diff.added.length }),
          removed: t("roadmapReview.compare.removedCount", { count: diff.removed.length }),
          changed: t("roadmapReview.compare.changedCount", { count: diff.changed.length }),
        })}
      </p>

      {diff.roadmap.length > 0 ? (
        <Section title={t("roadmapReview.compare.roadmapFields")}>
          <ChangeList changes={diff.roadmap} context={{}} />
        </Section>
      ) : null}

      {diff.added.length > 0 ? (
        <Section title={t("roadmapReview.compare.added", { count: diff.added.length })}>
          <ul className="flex flex-col gap-1.5">
            {diff.added.map((item) => (
              <li key={item.id} className="flex items-start gap-2 text-sm">
                <Marker tone="added" />
                <ItemTitle id={item.id} title={item.title} onOpenItem={exists(item.id) ? onOpenItem : undefined} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {diff.removed.length > 0 ? (
        <Section title={t("roadmapReview.compare.removed", { count: diff.removed.length })}>
          <ul className="flex flex-col gap-1.5">
            {diff.removed.map((item) => (
              <li key={item.id} className="flex items-start gap-2 text-sm">
                <Marker tone="removed" />
                <del className="text-zinc-600 decoration-red-400">{item.title}</del>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {diff.changed.length > 0 ? (
        <Section title={t("roadmapReview.compare.changed", { count: diff.changed.length })}>
          <ul className="flex flex-col gap-3">
            {diff.changed.map((item) => {
              const currencyChange = item.changes.find((c) => c.field === "currency");
              const context = (side: "from" | "to"): ValueContext => ({
                currency: currencyChange ? currencyChange[side] : currencyNow.get(item.id),
              });
              return (
                <li key={item.id} className="rounded-md border border-zinc-200 p-3">
                  <h4 className="text-sm font-semibold text-zinc-900">
                    <ItemTitle id={item.id} title={item.title} onOpenItem={exists(item.id) ? onOpenItem : undefined} />
                  </h4>
                  <ChangeList changes={item.changes} context={context} className="mt-2" />
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

function ItemTitle({
  id,
  title,
  onOpenItem,
}: {
  id: string;
  title: string;
  onOpenItem?: ((itemId: string) => void) | undefined;
}) {
  if (!onOpenItem) return <span className="text-zinc-900">{title}</span>;
  return (
    <button
      type="button"
      onClick={() => onOpenItem(id)}
      className="text-start font-medium text-brand-700 hover:underline"
    >
      {title}
    </button>
  );
}

function Marker({ tone }: { tone: "added" | "removed" }) {
  const { t } = useTranslation();
  return (
    <span
      className={cn(
        "mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded text-xs leading-none font-bold",
        tone === "added" ? "bg-emerald-100 text-emerald-800" : "bg-red-100 text-red-800",
      )}
    >
      <span aria-hidden="true">{tone === "added" ? "+" : "−"}</span>
      <span className="sr-only">{t(`roadmapReview.compare.${tone}Marker`)}</span>
    </span>
  );
}

type ChangeListProps = {
  changes: readonly FieldChange[];
  /** The context of each side: a changed currency reads the old cost in the old currency. */
  context: ValueContext | ((side: "from" | "to") => ValueContext);
  className?: string;
};

/** Texts long enough to be read as paragraphs, old above new, rather than on one line. */
const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set([
  "vision",
  "description",
  "expectedBenefit",
  "progressNote",
  "kpi",
]);
/** Old and new values longer than this together read one above the other, even on a wide screen. */
const LONG_PAIR = 60;
const textLength = (change: FieldChange) => (change.from?.length ?? 0) + (change.to?.length ?? 0);

function ChangeList({ changes, context, className }: ChangeListProps) {
  const contextOf = (side: "from" | "to") => (typeof context === "function" ? context(side) : context);
  return (
    <dl className={cn("flex flex-col gap-2", className)}>
      {changes.map((change) => (
        <div key={change.field} className="grid gap-x-4 gap-y-0.5 sm:grid-cols-[11rem_minmax(0,1fr)]">
          <dt className="text-xs font-medium text-zinc-500 sm:pt-0.5">{fieldLabel(change.field)}</dt>
          <dd className="min-w-0">
            <OldNew
              long={LONG_TEXT_FIELDS.has(change.field) || textLength(change) > LONG_PAIR}
              from={formatFieldValue(change.field, change.from, contextOf("from"))}
              to={formatFieldValue(change.field, change.to, contextOf("to"))}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The old value struck through, then the new one: side by side when short, one above the other when long. */
function OldNew({ from, to, long }: { from: string | null; to: string | null; long: boolean }) {
  const { t } = useTranslation();
  const none = <span className="italic">{t("roadmapReview.compare.none")}</span>;
  return (
    <div
      className={cn("flex text-sm break-words", long ? "flex-col gap-1" : "flex-wrap items-baseline gap-x-1.5 gap-y-1")}
    >
      <span className={cn("rounded bg-red-50 px-1 text-red-900", long && "block px-2 py-1 whitespace-pre-line")}>
        <span className="sr-only">{t("roadmapReview.compare.was")} </span>
        {from === null ? none : <del className="decoration-red-400">{from}</del>}
      </span>
      {long ? null : (
        <span aria-hidden="true" className="text-zinc-400">
          <span className="inline-block rtl:-scale-x-100">→</span>
        </span>
      )}
      <span
        className={cn("rounded bg-emerald-50 px-1 text-emerald-900", long && "block px-2 py-1 whitespace-pre-line")}
      >
        <span className="sr-only">{t("roadmapReview.compare.now")} </span>
        {to === null ? none : <ins className="no-underline">{to}</ins>}
      </span>
    </div>
  );
}
