import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { countryName, formatDateRange } from "../../../lib/format.ts";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import type { MissionListItem } from "../api/missions.ts";
import { MissionStatusBadge } from "./status-badges.tsx";

type MissionsTableProps = { missions: readonly MissionListItem[]; caption: string };

export function MissionsTable({ missions, caption }: MissionsTableProps) {
  const { t } = useTranslation();
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th>{t("missions.columns.mission")}</Th>
          <Th>{t("missions.columns.parliament")}</Th>
          <Th>{t("missions.columns.type")}</Th>
          <Th>{t("missions.columns.status")}</Th>
          <Th>{t("missions.columns.dates")}</Th>
          <Th className="text-end">{t("missions.columns.phases")}</Th>
        </tr>
      </THead>
      <TBody>
        {missions.map((m) => (
          <Tr key={m.id}>
            <Td className="min-w-64">
              <Link to={`/missions/${m.id}`} className="font-medium text-zinc-900 hover:text-brand-700 hover:underline">
                {m.title}
              </Link>
              <div className="mt-0.5 font-mono text-xs text-zinc-500">{m.code}</div>
              {m.programme ? <div className="text-xs text-zinc-500">{m.programme.name}</div> : null}
            </Td>
            <Td>
              <div>{m.parliament.name}</div>
              <div className="text-xs text-zinc-500">{countryName(m.parliament.countryCode)}</div>
            </Td>
            <Td className="whitespace-nowrap">{t(`missionType.${m.type}`)}</Td>
            <Td>
              <MissionStatusBadge status={m.status} />
            </Td>
            <Td className="whitespace-nowrap text-zinc-600">
              {m.startDate ? formatDateRange(m.startDate, m.endDate) : "—"}
            </Td>
            <Td className="text-end tabular-nums">{m.phaseCount}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
