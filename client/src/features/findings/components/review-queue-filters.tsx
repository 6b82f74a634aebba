// The review queue's filters: mission, ICT area, severity and status (submitted unless
// another is chosen), kept in the address by useReviewQueueParams.
import { useTranslation } from "react-i18next";
import { ICT_AREA_CODES, SEVERITIES } from "@hemicycle/shared/enums";
import { Button } from "../../../components/ui/button.tsx";
import { Select } from "../../../components/ui/field.tsx";
import { useReviewMissionChoices, type ReviewQueueFilters as Filters } from "../api/review-queue.ts";
import type { ReviewFilterKey } from "../hooks/use-review-queue-params.ts";

type ReviewQueueFiltersProps = {
  filters: Filters;
  setFilter: (key: ReviewFilterKey, value: string) => void;
  active: boolean;
  clear: () => void;
};

/** The statuses a reviewer looks back at besides those awaiting them. */
const STATUSES = ["SUBMITTED", "REJECTED", "VALIDATED"] as const;

export function ReviewQueueFilters({ filters, setFilter, active, clear }: ReviewQueueFiltersProps) {
  const { t } = useTranslation();
  const missions = useReviewMissionChoices();
  return (
    <search className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("findingReview.queue.filters")}>
      <Select
        label={t("findingReview.queue.mission")}
        placeholder={t("findingReview.queue.anyMission")}
        options={missions.data ?? []}
        value={filters.missionId ?? ""}
        onChange={(event) => setFilter("mission", event.target.value)}
        containerClassName="w-[calc(50%-0.375rem)] sm:w-48"
      />
      <Select
        label={t("findingReview.queue.area")}
        placeholder={t("findingReview.queue.anyArea")}
        options={ICT_AREA_CODES.map((a) => ({ value: a, label: t(`ictAreaShort.${a}`) }))}
        value={filters.area ?? ""}
        onChange={(event) => setFilter("area", event.target.value)}
        containerClassName="w-[calc(50%-0.375rem)] sm:w-44"
      />
      <Select
        label={t("findingReview.queue.severity")}
        placeholder={t("findingReview.queue.anySeverity")}
        options={[...SEVERITIES].reverse().map((s) => ({ value: s, label: t(`severity.${s}`) }))}
        value={filters.severity ?? ""}
        onChange={(event) => setFilter("severity", event.target.value)}
        containerClassName="w-[calc(50%-0.375rem)] sm:w-36"
      />
      <Select
        label={t("findingReview.queue.status")}
        options={STATUSES.map((s) => ({ value: s === "SUBMITTED" ? "" : s, label: t(`findingStatus.${s}`) }))}
        value={filters.status && filters.status !== "SUBMITTED" ? filters.status : ""}
        onChange={(event) => setFilter("status", event.target.value)}
        containerClassName="w-[calc(50%-0.375rem)] sm:w-36"
      />
      {active ? (
        <Button variant="ghost" onClick={clear}>
          {t("findingReview.queue.clearFilters")}
        </Button>
      ) : null}
    </search>
  );
}
