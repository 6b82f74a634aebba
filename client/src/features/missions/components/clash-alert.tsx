// The clash the server reports when someone would be double-booked or is unavailable
// (CONFLICT, PHASE_OVERLAP / EXPERT_UNAVAILABLE): its message, each clashing period,
// and the required reason for going ahead anyway. Used by the assign dialog and the
// phase status dialog.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorInfo } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { formatDateRange } from "../../../lib/format.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Textarea } from "../../../components/ui/field.tsx";
import type { Phase } from "../api/missions.ts";

type Clash =
  | { kind: "phase"; missionCode?: string; phaseKind?: string; startDate: Date | string; endDate: Date | string }
  | { kind: "unavailability"; startDate: Date | string; endDate: Date | string; reason?: string | null };

function clashesOf(info: ErrorInfo): Clash[] {
  const list = info.details?.clashes;
  return Array.isArray(list) ? (list as Clash[]) : [];
}

/** A double booking or an unavailable period, which a coordinator may override with a reason. */
export const isClash = (info: ErrorInfo) => info.reason === "PHASE_OVERLAP" || info.reason === "EXPERT_UNAVAILABLE";

type ClashAlertProps = {
  conflict: ErrorInfo;
  /** Titles for a double booking and for an unavailable period. */
  overlapTitle: ReactNode;
  unavailableTitle: ReactNode;
  reasonLabel: ReactNode;
  reason: string;
  onReasonChange: (reason: string) => void;
  reasonError?: string | undefined;
};

export function ClashAlert({
  conflict,
  overlapTitle,
  unavailableTitle,
  reasonLabel,
  reason,
  onReasonChange,
  reasonError,
}: ClashAlertProps) {
  const { t } = useTranslation();
  const clashes = clashesOf(conflict);
  return (
    <Alert tone="warning" title={conflict.reason === "EXPERT_UNAVAILABLE" ? unavailableTitle : overlapTitle}>
      <p>{translateMessage(conflict.message)}</p>
      {clashes.length ? (
        <ul className="mt-2 list-disc pl-5">
          {clashes.map((clash, i) => (
            <li key={i}>
              {clash.kind === "phase"
                ? t("assign.clashPhase", {
                    mission: clash.missionCode ?? "",
                    phase: clash.phaseKind ? t(`phaseKind.${clash.phaseKind as Phase["kind"]}`) : "",
                    dates: formatDateRange(clash.startDate, clash.endDate),
                  })
                : t("assign.clashUnavailable", {
                    dates: formatDateRange(clash.startDate, clash.endDate),
                    reason: clash.reason ? ` (${clash.reason})` : "",
                  })}
            </li>
          ))}
        </ul>
      ) : null}
      <Textarea
        label={reasonLabel}
        hint={t("assign.overrideHint")}
        required
        autoFocus
        rows={2}
        value={reason}
        onChange={(e) => onReasonChange(e.target.value)}
        error={reasonError}
        containerClassName="mt-3 text-zinc-900"
      />
    </Alert>
  );
}
