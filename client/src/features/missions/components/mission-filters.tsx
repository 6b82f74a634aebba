import { useTranslation } from "react-i18next";
import { MISSION_STATUSES } from "@hemicycle/shared/enums";
import { useUrlSearchBox } from "../../../lib/use-url-filters.ts";
import { Select, TextField } from "../../../components/ui/field.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { useParliamentChoices } from "../../../lib/reference-data.ts";
import type { useMissionFilters } from "../hooks/use-mission-filters.ts";

type MissionFiltersProps = ReturnType<typeof useMissionFilters> & { showParliament: boolean };

export function MissionFilters({ filters, setFilter, clear, active, showParliament }: MissionFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useUrlSearchBox(filters.search, (value) => setFilter("q", value));
  const parliaments = useParliamentChoices(showParliament);

  return (
    <search className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("missions.filters.label")}>
      <TextField
        type="search"
        label={t("missions.filters.search")}
        placeholder={t("missions.filters.searchPlaceholder")}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        containerClassName="w-full sm:w-72"
      />
      <Select
        label={t("missions.filters.status")}
        value={filters.status ?? ""}
        onChange={(event) => setFilter("status", event.target.value)}
        placeholder={t("missions.filters.anyStatus")}
        options={MISSION_STATUSES.map((s) => ({ value: s, label: t(`missionStatus.${s}`) }))}
        containerClassName="w-full sm:w-44"
      />
      {showParliament ? (
        <Select
          label={t("missions.filters.parliament")}
          value={filters.parliamentId ?? ""}
          onChange={(event) => setFilter("parliament", event.target.value)}
          placeholder={t("missions.filters.anyParliament")}
          disabled={parliaments.isPending}
          options={(parliaments.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          containerClassName="w-full sm:w-64"
        />
      ) : null}
      {active ? (
        <Button
          variant="ghost"
          onClick={() => {
            setSearch("");
            clear();
          }}
        >
          {t("missions.filters.clear")}
        </Button>
      ) : null}
    </search>
  );
}
