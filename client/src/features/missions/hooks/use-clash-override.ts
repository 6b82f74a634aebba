// The flow both the assign dialog and the phase status dialog go through when the server
// refuses a change that would double-book someone or book them while unavailable
// (PHASE_OVERLAP / EXPERT_UNAVAILABLE): keep the clash to show it, ask the coordinator
// for a reason, and send the change again with it. Any other refusal goes to the form.
import { useState } from "react";
import type { FieldValues, Path } from "react-hook-form";
import { isClash, type Problem } from "@hemicycle/shared/errors";
import type { SchemaForm } from "../../../components/form/use-schema-form.ts";
import { errorInfo } from "../../../lib/errors.ts";
import { renderMessage } from "../../../lib/messages.ts";

export type ClashProblem = Extract<Problem, { reason: "PHASE_OVERLAP" | "EXPERT_UNAVAILABLE" }>;
/** A clash as the dialog shows it: the problem and its message, rendered. */
export type ShownClash = { problem: ClashProblem; message: string };

type WithReason = { overrideReason?: string | null };

export function useClashOverride<In extends FieldValues & WithReason, Out extends WithReason>(
  form: SchemaForm<In, Out>,
  reasonRequired: string,
) {
  const [clash, setClash] = useState<ShownClash | null>(null);
  const reasonField = "overrideReason" as Path<In>;

  return {
    clash,
    /** The choice changed: the clash was about the previous one. */
    reset() {
      setClash(null);
      form.clearErrors(reasonField);
    },
    /**
     * The reason to send: none while nothing clashes; after a clash, the coordinator's, or
     * false (and the field says it is missing) when they gave none.
     */
    reasonFor(values: Out): string | undefined | false {
      if (!clash) return undefined;
      const reason = values.overrideReason?.trim();
      if (reason) return reason;
      form.setError(reasonField, { type: "required", message: reasonRequired }, { shouldFocus: true });
      return false;
    },
    /** A failed call: a clash is kept and shown, anything else goes to the form. */
    handleError(error: unknown) {
      const info = errorInfo(error);
      if (isClash(info.problem)) setClash({ problem: info.problem, message: renderMessage(info.message) });
      else form.showServerError(error);
    },
  };
}
