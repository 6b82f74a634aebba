import { useTranslation } from "react-i18next";
import type { Severity } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../../components/ui/badge.tsx";

export const SEVERITY_TONES: Record<Severity, BadgeTone> = {
  CRITICAL: "red",
  HIGH: "orange",
  MEDIUM: "yellow",
  LOW: "gray",
};

/** A finding's severity, coloured as in the findings log. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge tone={SEVERITY_TONES[severity]} dot title={t("finding.severity")}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}
