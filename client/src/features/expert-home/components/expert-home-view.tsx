// An expert's home: the phases they are on (current first, then upcoming, with their role),
// the findings they have to write or fix, and their report deadlines, late ones in words.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Badge } from "../../../components/ui/badge.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { formatDate, formatDateRange } from "../../../lib/format.ts";
import type { ExpertHome } from "../api/expert-home.ts";

function Empty({ children }: { children: ReactNode }) {
  return <p className="py-2 text-sm text-zinc-500">{children}</p>;
}

export function ExpertHomeView({ home }: { home: ExpertHome }) {
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <PhasesCard phases={home.phases} />
      <DeadlinesCard deadlines={home.deadlines} />
      <FindingsCard findings={home.findings} />
    </div>
  );
}

const WHEN_TONE = { CURRENT: "indigo", UPCOMING: "gray", PAST: "yellow" } as const;

function PhasesCard({ phases }: { phases: ExpertHome["phases"] }) {
  const { t } = useTranslation();
  const caption = t("expertHome.phases.title");
  return (
    <Card id="expert-phases" title={caption} className="lg:col-span-2">
      {phases.length === 0 ? (
        <Empty>{t("expertHome.phases.empty")}</Empty>
      ) : (
        <>
          {/* On a phone the table becomes cards (display: none hides the other from everyone). */}
          <ul className="-my-3 divide-y divide-zinc-100 sm:hidden">
            {phases.map((p) => (
              <li key={p.id} className="py-3 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link to={`/missions/${p.mission.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.mission.code}
                  </Link>
                  <Badge tone={p.role === "LEAD" ? "purple" : "gray"}>{t(`teamRole.${p.role}`)}</Badge>
                </div>
                <div className="text-zinc-700">
                  {t(`phaseKind.${p.kind}`)}&nbsp;· {p.mission.parliament.name}
                </div>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-zinc-500">
                  {formatDateRange(p.startDate, p.endDate)}&nbsp;· {t(`phaseStatus.${p.status}`)}
                  <Badge tone={WHEN_TONE[p.when]}>{t(`expertHome.when.${p.when}`)}</Badge>
                </div>
              </li>
            ))}
          </ul>
          <Table caption={caption} className="hidden shadow-none sm:block">
            <THead>
              <tr>
                <Th className="text-start">{t("expertHome.phases.mission")}</Th>
                <Th className="text-start">{t("expertHome.phases.phase")}</Th>
                <Th className="text-start">{t("expertHome.phases.dates")}</Th>
                <Th className="text-start">{t("expertHome.phases.role")}</Th>
              </tr>
            </THead>
            <TBody>
              {phases.map((p) => (
                <Tr key={p.id}>
                  <Td>
                    <Link
                      to={`/missions/${p.mission.id}`}
                      className="font-medium whitespace-nowrap text-brand-700 hover:underline"
                    >
                      {p.mission.code}
                    </Link>
                    <div className="text-xs text-zinc-500">{p.mission.parliament.name}</div>
                  </Td>
                  <Td>
                    {t(`phaseKind.${p.kind}`)}
                    <div className="text-xs text-zinc-500">{t(`phaseStatus.${p.status}`)}</div>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {formatDateRange(p.startDate, p.endDate)}
                    <div className="mt-0.5">
                      <Badge tone={WHEN_TONE[p.when]}>{t(`expertHome.when.${p.when}`)}</Badge>
                    </div>
                  </Td>
                  <Td>
                    <Badge tone={p.role === "LEAD" ? "purple" : "gray"}>{t(`teamRole.${p.role}`)}</Badge>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </Card>
  );
}

function DeadlinesCard({ deadlines }: { deadlines: ExpertHome["deadlines"] }) {
  const { t } = useTranslation();
  return (
    <Card id="expert-deadlines" title={t("expertHome.deadlines.title")}>
      {deadlines.length === 0 ? (
        <Empty>{t("expertHome.deadlines.empty")}</Empty>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {deadlines.map((d) => (
            <li key={d.phaseId} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2 text-sm">
              <div className="min-w-0">
                <Link to={`/missions/${d.mission.id}`} className="font-medium text-brand-700 hover:underline">
                  {d.mission.code}
                </Link>{" "}
                <span className="text-zinc-700">{t(`phaseKind.${d.kind}`)}</span>
                <div className="text-xs text-zinc-500">
                  {t("expertHome.deadlines.due", { date: formatDate(d.reportDueDate) })}
                </div>
              </div>
              {d.daysLate > 0 ? (
                <span className="font-semibold text-red-700">
                  {t("expertHome.deadlines.late", { count: d.daysLate })}
                </span>
              ) : (
                <span className="text-zinc-600">{t("expertHome.deadlines.onTime")}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function FindingsCard({ findings }: { findings: ExpertHome["findings"] }) {
  const { t } = useTranslation();
  return (
    <Card
      id="expert-findings"
      title={t("expertHome.findings.title")}
      description={t("expertHome.findings.description")}
    >
      {findings.length === 0 ? (
        <Empty>{t("expertHome.findings.empty")}</Empty>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {findings.map((f) => (
            <li key={f.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2 text-sm">
              <div className="min-w-0">
                <Link to={`/findings/${f.id}`} className="font-medium text-brand-700 hover:underline">
                  {f.title}
                </Link>
                <div className="text-xs text-zinc-500">
                  {f.phase.mission.code}&nbsp;· {t(`ictArea.${f.area}`)}&nbsp;· {t(`severity.${f.severity}`)}
                </div>
              </div>
              <Badge tone={f.status === "REJECTED" ? "red" : "gray"}>
                {f.status === "REJECTED" ? t("expertHome.findings.toFix") : t("expertHome.findings.draft")}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
