// Cursor pagination: the server answers `{ items, nextCursor }`. Lists that grow use
// "Load more" (an infinite query); the audit log pages back and forth by keeping the
// cursors it has seen.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./button.tsx";

type LoadMoreProps = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  shown?: number;
};

/**
 * When the last page arrives the button goes away; focus then moves to the first link
 * that page added (in the list around the button, i.e. the button's parent element)
 * instead of dropping to the page body.
 */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage, shown }: LoadMoreProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The list around the button and the links it showed before the click, to tell the
  // newly loaded ones apart (the button's own box may be gone by then).
  const before = useRef<{ scope: Element; known: Set<Element> } | null>(null);

  useEffect(() => {
    if (!before.current || isFetchingNextPage) return;
    const { scope, known } = before.current;
    before.current = null;
    if (hasNextPage) return; // the button is still there, with the focus
    const links = Array.from(scope.querySelectorAll<HTMLElement>("a[href]"));
    links.find((link) => !known.has(link))?.focus();
  }, [isFetchingNextPage, hasNextPage]);

  if (!hasNextPage && shown === undefined) return null;
  return (
    <div ref={ref} className="mt-4 flex flex-col items-center gap-2">
      {shown !== undefined ? (
        <p className="text-xs text-zinc-500" aria-live="polite">
          {t("pagination.shown", { count: shown })}
        </p>
      ) : null}
      {hasNextPage ? (
        <Button
          onClick={() => {
            const scope = ref.current?.parentElement;
            if (scope) before.current = { scope, known: new Set(scope.querySelectorAll("a[href]")) };
            void fetchNextPage();
          }}
          loading={isFetchingNextPage}
        >
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
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
          ←
        </span>{" "}
        {t("pagination.previous")}
      </Button>
      <span className="text-xs text-zinc-500" aria-live="polite">
        {t("pagination.page", { page })}
      </span>
      <Button onClick={() => nextCursor && onNext(nextCursor)} disabled={!nextCursor || busy}>
        {t("pagination.next")}{" "}
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
          →
        </span>
      </Button>
    </nav>
  );
}
