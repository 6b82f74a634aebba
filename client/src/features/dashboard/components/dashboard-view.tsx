// The coordinator's dashboard: one card per block of dashboard.summary. Lists say their
// numbers in words ("16 days late"); charts come with the table that says the same.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ICT_AREA_CODES, PHASE_STATUSES, PROGRESS_STATUSES, SEVERITIES } from "@hemicycle/shared/enums";
import { heatmapCount, progressCount } from "@hemicycle/shared/schemas/dashboard";
import { Badge } from "../../../components/ui/badge.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { formatDate, formatDateRange, formatList, formatNumber } from "../../../lib/format.ts";
import type { DashboardSummary } from "../api/dashboard.ts";
import { ChartPanel } from "./chart-panel.tsx";

const PHASE_COLORS: Record<string, string> = {
  PLANNED: "#a1a1aa",
  TEAM_CONFIRMED: "#60a5fa",
  FIELDWORK: "#4f46e5",
  DRAFT_REPORT: "#f59e0b",
  PARLIAMENT_REVIEW: "#a855f7",
  FINALISED: "#10b981",
  CANCELLED: "#d4d4d8",
};
const PROGRESS_COLORS: Record<string, string> = {
  NOT_STARTED: "#a1a1aa",
  IN_PROGRESS: "#3b82f6",
  DONE: "#10b981",
  BLOCKED: "#ef4444",
  DROPPED: "#d4d4d8",
};

export function DashboardView({ summary }: { summary: DashboardSummary }) {
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <PhaseStatusCard rows={summary.phaseStatus} />
      <FieldworkCard rows={summary.fieldwork} />
      <OverdueCard rows={summary.overdueReports} />
      <AwaitingReviewCard rows={summary.awaitingReview} />
      <HeatmapCard rows={summary.heatmap} />
      <ProgressCard rows={summary.roadmapProgress} />
      <WorkloadCard rows={summary.workload} quarter={summary.quarter} />
    </div>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="py-2 text-sm text-zinc-500">{children}</p>;
}

function PhaseStatusCard({ rows }: { rows: DashboardSummary["phaseStatus"] }) {
  const { t } = useTranslation();
  const byStatus = new Map(rows.map((r) => [r.status, r]));
  const shown = PHASE_STATUSES.filter((s) => byStatus.has(s));
  const caption = t("dashboard.phaseStatus.title");
  return (
    <Card id="dashboard-phase-status" title={caption} description={t("dashboard.phaseStatus.description")}>
      {shown.length === 0 ? (
        <Empty>{t("dashboard.phaseStatus.empty")}</Empty>
      ) : (
        <ChartPanel
          data={shown.map((s) => ({ label: t(`phaseStatus.${s}`), phases: byStatus.get(s)?.phases ?? 0 }))}
          series={[{ key: "phases", label: t("dashboard.phaseStatus.phases"), color: PHASE_COLORS.FIELDWORK! }]}
          table={
            <Table caption={caption}>
              <THead>
                <tr>
                  <Th className="text-start">{t("dashboard.phaseStatus.status")}</Th>
                  <Th className="text-end">{t("dashboard.phaseStatus.phases")}</Th>
                  <Th className="text-end">{t("dashboard.phaseStatus.missions")}</Th>
                </tr>
              </THead>
              <TBody>
                {shown.map((s) => (
                  <Tr key={s}>
                    <Td>{t(`phaseStatus.${s}`)}</Td>
                    <Td className="text-end tabular-nums">{byStatus.get(s)?.phases}</Td>
                    <Td className="text-end tabular-nums">{byStatus.get(s)?.missions}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          }
        />
      )}
    </Card>
  );
}

function FieldworkCard({ rows }: { rows: DashboardSummary["fieldwork"] }) {
  const { t } = useTranslation();
  return (
    <Card
      id="dashboard-fieldwork"
      title={t("dashboard.fieldwork.title")}
      description={t("dashboard.fieldwork.description")}
    >
      {rows.length === 0 ? (
        <Empty>{t("dashboard.fieldwork.empty")}</Empty>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {rows.map((p) => (
            <li key={p.phaseId} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2 text-sm">
              <div className="min-w-0">
                <Link to={`/missions/${p.missionId}`} className="font-medium text-brand-700 hover:underline">
                  {p.missionCode}
                </Link>{" "}
                <span className="text-zinc-700">
                  {t(`phaseKind.${p.kind}`)}&nbsp;· {p.parliamentName}
                </span>
                <div className="text-xs text-zinc-500">
                  {formatDateRange(p.startDate, p.endDate)} ·{" "}
                  {p.teamSize === 0
                    ? t("dashboard.fieldwork.noTeam")
                    : t("dashboard.fieldwork.team", { count: p.teamSize })}
                </div>
              </div>
              <Badge tone={p.when === "NOW" ? "indigo" : "gray"}>
                {p.when === "NOW" ? t("dashboard.fieldwork.now") : t("dashboard.fieldwork.soon")}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function OverdueCard({ rows }: { rows: DashboardSummary["overdueReports"] }) {
  const { t } = useTranslation();
  return (
    <Card id="dashboard-overdue" title={t("dashboard.overdue.title")} description={t("dashboard.overdue.description")}>
      {rows.length === 0 ? (
        <Empty>{t("dashboard.overdue.empty")}</Empty>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <li key={r.phaseId} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2 text-sm">
              <div className="min-w-0">
                <Link to={`/missions/${r.missionId}`} className="font-medium text-brand-700 hover:underline">
                  {r.missionCode}
                </Link>{" "}
                <span className="text-zinc-700">
                  {t(`phaseKind.${r.kind}`)}&nbsp;· {r.parliamentName}
                </span>
                <div className="text-xs text-zinc-500">
                  {t("dashboard.overdue.due", { date: formatDate(r.reportDueDate) })}
                </div>
              </div>
              <span className="text-sm font-semibold text-red-700">
                {t("dashboard.overdue.daysLate", { count: r.daysLate })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function AwaitingReviewCard({ rows }: { rows: DashboardSummary["awaitingReview"] }) {
  const { t } = useTranslation();
  return (
    <Card id="dashboard-review" title={t("dashboard.review.title")} description={t("dashboard.review.description")}>
      {rows.length === 0 ? (
        <Empty>{t("dashboard.review.empty")}</Empty>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <li
              key={r.roadmapId}
              className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2 text-sm"
            >
              <div className="min-w-0">
                <Link to={`/missions/${r.missionId}/roadmap`} className="font-medium text-brand-700 hover:underline">
                  {r.title}
                </Link>
                <div className="text-xs text-zinc-500">
                  {r.missionCode}&nbsp;· {r.parliamentName}
                </div>
              </div>
              <span className="text-sm text-zinc-700">
                {r.daysWaiting === null
                  ? t("dashboard.review.waitingUnknown")
                  : t("dashboard.review.waiting", { count: r.daysWaiting })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Cell shade by weight: critical counts most. */
const SEVERITY_WEIGHT = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 } as const;
const SHADES = ["bg-white", "bg-amber-50", "bg-amber-100", "bg-orange-200", "bg-red-300"];

function HeatmapCard({ rows }: { rows: DashboardSummary["heatmap"] }) {
  const { t } = useTranslation();
  const weight = (counts: number[], a: (typeof ICT_AREA_CODES)[number]) =>
    SEVERITIES.reduce((sum, s) => sum + heatmapCount(counts, a, s) * SEVERITY_WEIGHT[s], 0);
  const max = Math.max(1, ...rows.flatMap((r) => ICT_AREA_CODES.map((a) => weight(r.counts, a))));
  const caption = t("dashboard.heatmap.title");
  // The words of the cells, looked up once per table rather than once per cell (a table of
  // hundreds of parliaments has thousands of cells, and a plural lookup is not free).
  const severityLabel = Object.fromEntries(SEVERITIES.map((s) => [s, t(`severity.${s}`)])) as Record<
    (typeof SEVERITIES)[number],
    string
  >;
  const none = t("dashboard.heatmap.none");
  const criticalMarks = new Map<number, string>();
  const criticalMark = (count: number) => {
    let mark = criticalMarks.get(count);
    if (mark === undefined) criticalMarks.set(count, (mark = t("dashboard.heatmap.criticalMark", { count })));
    return mark;
  };
  return (
    <Card
      id="dashboard-heatmap"
      className="lg:col-span-2"
      title={caption}
      description={t("dashboard.heatmap.description")}
    >
      {rows.length === 0 ? (
        <Empty>{t("dashboard.heatmap.empty")}</Empty>
      ) : (
        <Table caption={caption} className="shadow-none">
          <THead>
            <tr>
              <Th className="text-start">{t("dashboard.heatmap.parliament")}</Th>
              {ICT_AREA_CODES.map((a) => (
                <Th key={a} className="text-center max-sm:px-1.5" title={t(`ictArea.${a}`)}>
                  <abbr title={t(`ictArea.${a}`)} className="no-underline">
                    {a}
                  </abbr>
                </Th>
              ))}
            </tr>
          </THead>
          <TBody>
            {rows.map(({ id, name, counts }) => (
              <Tr key={id}>
                <Th
                  scope="row"
                  className="text-start font-medium text-zinc-800 max-sm:min-w-32 max-sm:whitespace-normal"
                >
                  {name}
                </Th>
                {ICT_AREA_CODES.map((a) => {
                  const cell = (s: (typeof SEVERITIES)[number]) => heatmapCount(counts, a, s);
                  const total = SEVERITIES.reduce((sum, s) => sum + cell(s), 0);
                  const shade = SHADES[total === 0 ? 0 : Math.max(1, Math.ceil((weight(counts, a) / max) * 4))];
                  const detail = formatList(
                    SEVERITIES.filter((s) => cell(s)).map((s) => `${severityLabel[s]} ${formatNumber(cell(s))}`),
                  );
                  return (
                    <Td key={a} className={`text-center tabular-nums max-sm:px-1.5 ${shade}`}>
                      {total === 0 ? (
                        <span className="text-zinc-300" aria-label={none}>
                          –
                        </span>
                      ) : (
                        <span title={detail}>
                          <span className="font-semibold">{total}</span>
                          <span className="sr-only"> ({detail})</span>
                          {cell("CRITICAL") ? (
                            <span className="ms-1 text-xs text-red-800" aria-hidden="true">
                              {criticalMark(cell("CRITICAL"))}
                            </span>
                          ) : null}
                        </span>
                      )}
                    </Td>
                  );
                })}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

function ProgressCard({ rows }: { rows: DashboardSummary["roadmapProgress"] }) {
  const { t } = useTranslation();
  const caption = t("dashboard.progress.title");
  return (
    <Card id="dashboard-progress" title={caption} description={t("dashboard.progress.description")}>
      {rows.length === 0 ? (
        <Empty>{t("dashboard.progress.empty")}</Empty>
      ) : (
        <ChartPanel
          data={rows.map(({ name, counts }) => ({
            label: name,
            ...Object.fromEntries(PROGRESS_STATUSES.map((p) => [p, progressCount(counts, p)])),
          }))}
          series={PROGRESS_STATUSES.map((p) => ({ key: p, label: t(`progress.${p}`), color: PROGRESS_COLORS[p]! }))}
          table={
            <Table caption={caption}>
              <THead>
                <tr>
                  <Th className="text-start">{t("dashboard.heatmap.parliament")}</Th>
                  {PROGRESS_STATUSES.map((p) => (
                    <Th key={p} className="text-end">
                      {t(`progress.${p}`)}
                    </Th>
                  ))}
                </tr>
              </THead>
              <TBody>
                {rows.map(({ id, name, counts }) => (
                  <Tr key={id}>
                    <Td>{name}</Td>
                    {PROGRESS_STATUSES.map((p) => (
                      <Td key={p} className="text-end tabular-nums">
                        {progressCount(counts, p)}
                      </Td>
                    ))}
                  </Tr>
                ))}
              </TBody>
            </Table>
          }
        />
      )}
    </Card>
  );
}

function WorkloadCard({ rows, quarter }: { rows: DashboardSummary["workload"]; quarter: DashboardSummary["quarter"] }) {
  const { t } = useTranslation();
  const caption = t("dashboard.workload.title");
  return (
    <Card
      id="dashboard-workload"
      title={caption}
      description={t("dashboard.workload.description", { range: formatDateRange(quarter.from, quarter.to) })}
    >
      {rows.length === 0 ? (
        <Empty>{t("dashboard.workload.empty")}</Empty>
      ) : (
        <ChartPanel
          data={rows.map((w) => ({ label: w.expertName, days: w.days }))}
          series={[{ key: "days", label: t("dashboard.workload.days"), color: "#4f46e5" }]}
          table={
            <Table caption={caption}>
              <THead>
                <tr>
                  <Th className="text-start">{t("dashboard.workload.expert")}</Th>
                  <Th className="text-end">{t("dashboard.workload.days")}</Th>
                  <Th className="text-end">{t("dashboard.workload.phases")}</Th>
                </tr>
              </THead>
              <TBody>
                {rows.map((w) => (
                  <Tr key={w.expertId}>
                    <Td>{w.expertName}</Td>
                    <Td className="text-end tabular-nums">{w.days}</Td>
                    <Td className="text-end tabular-nums">{w.phases}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          }
        />
      )}
    </Card>
  );
}
