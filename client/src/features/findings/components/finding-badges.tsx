import { useTranslation } from "react-i18next";
import type { FindingKind, FindingStatus, Severity } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../components/ui/badge.tsx";

const severityTones: Record<Severity, BadgeTone> = { LOW: "gray", MEDIUM: "yellow", HIGH: "orange", CRITICAL: "red" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge tone={severityTones[severity]} dot title={t("finding.severity")}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}

const statusTones: Record<FindingStatus, BadgeTone> = {
  DRAFT: "gray",
  SUBMITTED: "blue",
  VALIDATED: "green",
  REJECTED: "red",
};

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useTranslation();
  return <Badge tone={statusTones[status]}>{t(`findingStatus.${status}`)}</Badge>;
}

const kindTones: Record<FindingKind, BadgeTone> = {
  GAP: "orange",
  STRENGTH: "green",
  OPPORTUNITY: "blue",
  RISK: "red",
};

export function FindingKindBadge({ kind }: { kind: FindingKind }) {
  const { t } = useTranslation();
  return (
    <Badge tone={kindTones[kind]} className="bg-transparent">
      {t(`findingKind.${kind}`)}
    </Badge>
  );
}
