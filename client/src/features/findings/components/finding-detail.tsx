import type { ReactNode } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../lib/format.ts";
import { gradeLabel, subAreaLabel } from "../../../lib/labels.ts";
import { Card } from "../../../components/ui/card.tsx";
import { MarkdownText } from "../../../components/ui/markdown.tsx";
import type { FindingDetail } from "../api/findings.ts";
import { FindingKindBadge, FindingStatusBadge, SeverityBadge } from "./finding-badges.tsx";
import { FindingAttachments } from "./finding-attachments.tsx";

export function FindingHeaderBadges({ finding }: { finding: FindingDetail }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <FindingStatusBadge status={finding.status} />
      <SeverityBadge severity={finding.severity} />
      <FindingKindBadge kind={finding.kind} />
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-zinc-900">{children}</dd>
    </div>
  );
}

function Text({ title, text, empty }: { title: string; text: string | null; empty: string }) {
  return (
    <Card title={title} as="h2">
      {text ? <MarkdownText text={text} /> : <p className="text-sm text-zinc-500">{empty}</p>}
    </Card>
  );
}

/** Everything recorded on a finding. */
export function FindingDetailView({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const mission = finding.phase.mission;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3 lg:items-start">
      <div className="flex flex-col gap-4 lg:col-span-2">
        <Text title={t("finding.description")} text={finding.description} empty={t("common.none")} />
        <Text title={t("finding.evidence")} text={finding.evidence} empty={t("finding.noEvidence")} />
        <Text title={t("finding.recommendation")} text={finding.recommendation} empty={t("finding.noRecommendation")} />
        <FindingAttachments finding={finding} />
      </div>
      <Card title={t("finding.details")}>
        <dl className="flex flex-col gap-3">
          <Fact label={t("finding.mission")}>
            <Link to={`/missions/${mission.id}`} className="text-brand-700 hover:underline">
              {mission.code} · {mission.title}
            </Link>
          </Fact>
          <Fact label={t("finding.parliament")}>{mission.parliament.name}</Fact>
          <Fact label={t("finding.phase")}>{t(`phaseKind.${finding.phase.kind}`)}</Fact>
          <Fact label={t("finding.area")}>
            {t(`ictArea.${finding.area}`)}
            {finding.subArea ? (
              <span className="block text-xs text-zinc-500">{subAreaLabel(finding.area, finding.subArea)}</span>
            ) : null}
          </Fact>
          <Fact label={t("finding.kind")}>{t(`findingKind.${finding.kind}`)}</Fact>
          <Fact label={t("finding.severity")}>{t(`severity.${finding.severity}`)}</Fact>
          <Fact label={t("finding.grade")}>
            {finding.grade === null || finding.grade === undefined ? t("finding.noGrade") : gradeLabel(finding.grade)}
          </Fact>
          <Fact label={t("finding.author")}>
            {finding.author.name}
            <span className="block text-xs text-zinc-500">
              {t("finding.loggedOn", { date: formatDate(finding.createdAt) })}
            </span>
          </Fact>
          {finding.validatedBy && finding.validatedAt ? (
            <Fact label={t("finding.validatedBy")}>
              {finding.validatedBy.name}
              <span className="block text-xs text-zinc-500">{formatDateTime(finding.validatedAt)}</span>
            </Fact>
          ) : null}
          <Fact label={t("finding.updated")}>{formatDateTime(finding.updatedAt)}</Fact>
        </dl>
      </Card>
    </div>
  );
}
