// The review queue (/review): the findings awaiting the caller's review (a lead's team's
// on the phases they lead, every one for a coordinator), filtered in the address, validated
// in bulk, or read one after the other with Previous/Next and decided on the spot.
import { useTranslation } from "react-i18next";
import { writesFindings } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useReviewQueue } from "../../features/findings/api/review-queue.ts";
import { ReviewQueueFilters } from "../../features/findings/components/review-queue-filters.tsx";
import { ReviewQueueItem } from "../../features/findings/components/review-queue-item.tsx";
import { ReviewQueueList } from "../../features/findings/components/review-queue-list.tsx";
import { useReviewQueueParams } from "../../features/findings/hooks/use-review-queue-params.ts";
import { ForbiddenState } from "../forbidden-state.tsx";

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("findingReview.queue.title"));
  if (!writesFindings(me)) return <ForbiddenState />;
  return <ReviewQueue />;
}

function ReviewQueue() {
  const { t } = useTranslation();
  const { filters, openId, setFilter, clear, active, open, backToList } = useReviewQueueParams();
  const list = useReviewQueue(filters);
  const items = list.items;

  if (openId) {
    const index = items.findIndex((f) => f.id === openId);
    const at = (i: number) => items[i]?.id ?? null;
    const previous = index > 0 ? at(index - 1) : null;
    const next = index >= 0 ? at(index + 1) : null;
    return (
      <ReviewQueueItem
        key={openId}
        id={openId}
        index={index}
        total={items.length}
        onPrevious={previous ? () => open(previous, "replace") : null}
        onNext={next ? () => open(next, "replace") : null}
        // The decided finding leaves a queue of submitted ones: the one after it, else the one before.
        onDecided={() => {
          const following = next ?? previous;
          if (following) open(following, "replace");
          else backToList();
        }}
        onBack={backToList}
      />
    );
  }

  return (
    <>
      <PageHeader title={t("findingReview.queue.title")} description={t("findingReview.queue.description")} />
      <ReviewQueueFilters filters={filters} setFilter={setFilter} active={active} clear={clear} />
      <PagedList
        list={list}
        empty={
          <EmptyState
            title={active ? t("findingReview.queue.noMatch") : t("findingReview.queue.empty")}
            description={active ? t("findingReview.queue.noMatchHint") : t("findingReview.queue.emptyHint")}
          />
        }
      >
        {(shown) => <ReviewQueueList items={shown} onOpen={(id) => open(id, "push")} />}
      </PagedList>
    </>
  );
}
