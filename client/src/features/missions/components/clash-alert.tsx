// The clash the server reports when someone would be double-booked or is unavailable: its
// message, each clashing period, and the reason a coordinator must give to go ahead
// anyway. Used by the assign dialog and the phase status dialog (hooks/use-clash-override.ts).
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateRange } from "../../../lib/format.ts";
import type { FieldBinding } from "../../../components/form/use-schema-form.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Textarea } from "../../../components/ui/field.tsx";
import type { ShownClash } from "../hooks/use-clash-override.ts";

type ClashAlertProps = {
  clash: ShownClash;
  /** Titles for a double booking and for an unavailable period. */
  overlapTitle: ReactNode;
  unavailableTitle: ReactNode;
  reasonLabel: ReactNode;
  reason: FieldBinding;
};

export function ClashAlert({ clash, overlapTitle, unavailableTitle, reasonLabel, reason }: ClashAlertProps) {
  const { t } = useTranslation();
  const { clashes } = clash.problem.details;
  return (
    <Alert tone="warning" title={clash.problem.reason === "EXPERT_UNAVAILABLE" ? unavailableTitle : overlapTitle}>
      <p>{clash.message}</p>
      {clashes.length > 0 ? (
        <ul className="mt-2 list-disc ps-5">
          {clashes.map((c, i) => (
            <li key={i}>
              {c.kind === "phase"
                ? t("assign.clashPhase", {
                    mission: c.missionCode,
                    phase: t(`phaseKind.${c.phaseKind}`),
                    dates: formatDateRange(c.startDate, c.endDate),
                  })
                : t("assign.clashUnavailable", {
                    dates: formatDateRange(c.startDate, c.endDate),
                    reason: c.reason ? ` (${c.reason})` : "",
                  })}
            </li>
          ))}
        </ul>
      ) : null}
      <Textarea
        label={reasonLabel}
        hint={t("assign.overrideHint")}
        autoFocus
        rows={2}
        containerClassName="mt-3 text-zinc-900"
        {...reason}
        required
      />
    </Alert>
  );
}
