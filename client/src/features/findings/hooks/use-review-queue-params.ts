// The review queue's state lives in the address: its filters (so that Back, a reload or a
// shared link gives the same queue) and the finding open in it (`open`).
import { useCallback } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { FINDING_STATUSES, ICT_AREA_CODES, SEVERITIES } from "@hemicycle/shared/enums";
import type { ReviewQueueFilters } from "../api/review-queue.ts";

export const REVIEW_FILTER_KEYS = ["mission", "area", "severity", "status"] as const;
export type ReviewFilterKey = (typeof REVIEW_FILTER_KEYS)[number];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Marks a finding opened from the list, so that "Back to the list" is the browser's Back. */
type OpenedFromList = { openedFromQueue: true };

export function useReviewQueueParams() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();

  const filters: ReviewQueueFilters = {
    missionId: params.get("mission") || undefined,
    area: oneOf(ICT_AREA_CODES, params.get("area")),
    severity: oneOf(SEVERITIES, params.get("severity")),
    status: oneOf(FINDING_STATUSES, params.get("status")),
  };
  const openId = params.get("open");

  const setFilter = useCallback(
    (key: ReviewFilterKey, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          next.delete("open");
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  /** Opens a finding: from the list as a new step of history, from Previous/Next in place. */
  const open = useCallback(
    (id: string | null, how: "push" | "replace") =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set("open", id);
          else next.delete("open");
          return next;
        },
        how === "push" ? { state: { openedFromQueue: true } satisfies OpenedFromList } : { replace: true },
      ),
    [setParams],
  );

  const backToList = useCallback(() => {
    if ((location.state as OpenedFromList | null)?.openedFromQueue) navigate(-1);
    else open(null, "replace");
  }, [location.state, navigate, open]);

  const active = REVIEW_FILTER_KEYS.some((key) => !!params.get(key));
  return { filters, openId, setFilter, clear, active, open, backToList };
}
