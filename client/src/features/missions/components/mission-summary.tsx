import { useTranslation } from "react-i18next";
import { countryName } from "../../../lib/format.ts";
import type { MissionDetail } from "../api/missions.ts";

/** The mission's facts: who, for whom, under which programme, and why. */
export function MissionSummary({ mission }: { mission: MissionDetail }) {
  const { t } = useTranslation();
  const facts: Array<[string, string]> = [
    [t("mission.parliament"), `${mission.parliament.name} (${countryName(mission.parliament.countryCode)})`],
    [t("mission.type"), t(`missionType.${mission.type}`)],
    [t("mission.programme"), mission.programme?.name ?? t("mission.noProgramme")],
    [t("mission.coordinator"), mission.coordinator?.name ?? t("mission.noCoordinator")],
  ];
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2 lg:col-span-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium text-zinc-500">{label}</dt>
            <dd className="mt-0.5 text-sm text-zinc-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-xs font-medium text-zinc-500">{t("mission.objectives")}</h3>
        <p dir="auto" className="mt-0.5 text-sm whitespace-pre-line text-zinc-800">
          {mission.objectives || t("mission.noObjectives")}
        </p>
      </div>
    </div>
  );
}
