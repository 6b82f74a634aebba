// Cursor pagination: the server answers `{ items, nextCursor }`. Lists that grow use
// "Load more" (an infinite query); the audit log pages back and forth by keeping the
// cursors it has seen.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./button.tsx";

type LoadMoreProps = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  shown?: number;
};

export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage, shown }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasNextPage && shown === undefined) return null;
  return (
    <div className="mt-4 flex flex-col items-center gap-2">
      {shown !== undefined ? (
        <p className="text-xs text-zinc-500" aria-live="polite">
          {t("pagination.shown", { count: shown })}
        </p>
      ) : null}
      {hasNextPage ? (
        <Button onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
          {t("pagination.loadMore")}
        </Button>
      ) : null}
    </div>
  );
}

/** The cursors of the pages visited so far: page 1 has none. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  return {
    cursor: cursors[cursors.length - 1] ?? null,
    page,
    next: (nextCursor: string) => setCursors((c) => [...c, nextCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([null]),
  };
}

type PrevNextProps = {
  page: number;
  nextCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  busy?: boolean;
};

export function PrevNextPagination({ page, nextCursor, onNext, onPrevious, busy }: PrevNextProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex items-center justify-between gap-3">
      <Button onClick={onPrevious} disabled={page <= 1 || busy}>
        <span aria-hidden="true">←</span> {t("pagination.previous")}
      </Button>
      <span className="text-xs text-zinc-500" aria-live="polite">
        {t("pagination.page", { page })}
      </span>
      <Button onClick={() => nextCursor && onNext(nextCursor)} disabled={!nextCursor || busy}>
        {t("pagination.next")} <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}
