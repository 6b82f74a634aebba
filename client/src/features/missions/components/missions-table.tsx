import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { countryName, formatDateRange } from "../../../lib/format.ts";
import { cn } from "../../../lib/cn.ts";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import type { MissionListItem } from "../api/missions.ts";
import { MissionStatusBadge, ReportLateFlag } from "./status-badges.tsx";

type MissionsTableProps = {
  missions: readonly MissionListItem[];
  caption: string;
  /** One line per mission (about 30 on a laptop screen) instead of three. */
  dense?: boolean;
  className?: string;
};

export function MissionsTable({ missions, caption, dense = false, className }: MissionsTableProps) {
  const { t } = useTranslation();
  const cell = dense ? "py-1" : undefined;
  return (
    <Table caption={caption} className={className}>
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
          <Tr key={m.id} className={dense ? "align-middle" : undefined}>
            <Td className={cn("min-w-64", dense && "max-w-[30rem]", cell)}>
              <div className={cn(dense && "flex items-baseline gap-2")}>
                {dense ? (
                  <span className="shrink-0 font-mono text-xs whitespace-nowrap text-zinc-500">{m.code}</span>
                ) : null}
                <Link
                  to={`/missions/${m.id}`}
                  title={dense ? m.title : undefined}
                  dir={dense ? "auto" : undefined}
                  className={cn("font-medium text-zinc-900 hover:text-brand-700 hover:underline", dense && "truncate")}
                >
                  {m.title}
                </Link>
              </div>
              {dense ? null : (
                <>
                  <div className="mt-0.5 font-mono text-xs text-zinc-500">{m.code}</div>
                  {m.programme ? <div className="text-xs text-zinc-500">{m.programme.name}</div> : null}
                </>
              )}
            </Td>
            <Td className={cn(dense && "max-w-64", cell)}>
              <div dir={dense ? "auto" : undefined} className={cn(dense && "truncate whitespace-nowrap")}>
                {m.parliament.name}
              </div>
              {dense ? null : <div className="text-xs text-zinc-500">{countryName(m.parliament.countryCode)}</div>}
            </Td>
            <Td className={cn("whitespace-nowrap", cell)}>{t(`missionType.${m.type}`)}</Td>
            <Td className={cell}>
              <div className={cn("flex items-center gap-1.5", dense ? "whitespace-nowrap" : "flex-wrap")}>
                <MissionStatusBadge status={m.status} />
                <ReportLateFlag days={m.reportDaysLate} />
              </div>
            </Td>
            <Td className={cn("whitespace-nowrap text-zinc-600", cell)}>
              {m.startDate ? formatDateRange(m.startDate, m.endDate) : "—"}
            </Td>
            <Td className={cn("text-end tabular-nums", cell)}>{m.phaseCount}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
