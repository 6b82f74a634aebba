// Each audit event in words: "Claire Moreau assigned Ana Silva as lead of the Assessment
// phase of Zambia ICT assessment". The sentence for each action code is in the catalogue
// (`auditLog.sentences.<action>`, shared/locales/en.json), with placeholders; the
// names come resolved from the server (`words`), the statuses and reasons from the event.
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { DENIED_ACTIONS, isAuditAction } from "@hemicycle/shared/audit-actions";
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from "@hemicycle/shared/schemas/audit";
import type { AuditEvent } from "../api/audit.ts";

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

const isEntityType = (value: string): value is AuditEntityType =>
  (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);

/** What a sentence calls the record: its name, or what it was when it is gone. */
function entityWords(t: TFunction, event: AuditEvent): string {
  const { words } = event;
  if (event.entityType === "phase" || event.entityType === "assignment") {
    return words.entity && words.phase
      ? t("auditLog.phaseOf", { phase: t(`phaseKind.${words.phase}`), mission: words.entity })
      : t("auditLog.phaseUnknown");
  }
  if (words.entity) return words.entity;
  if (event.action === "auth.loginFailed") return t("auditLog.unknownAccount");
  const type = isEntityType(event.entityType) ? t(`auditLog.entityTypes.${event.entityType}`) : event.entityType;
  return t("auditLog.unnamed", { type });
}

const REFUSAL_REASONS = ["FORBIDDEN", "NOT_FOUND", "INVALID_CREDENTIALS", "SIGN_IN_THROTTLED"] as const;

/** Why an attempt was refused, in words ("not allowed for their role"); a reason the catalogue lacks stays as stored. */
function refusalWords(t: TFunction, reason: string | undefined): string {
  if (!reason) return "";
  return (REFUSAL_REASONS as readonly string[]).includes(reason)
    ? t(`auditLog.refusalReasons.${reason as (typeof REFUSAL_REASONS)[number]}`)
    : reason;
}

/** The status an event moved its record to, in words. */
function statusWords(t: TFunction, event: AuditEvent): string {
  const status = text(fieldsOf(event.after).status);
  if (!status) return "";
  if (event.action === "finding.setStatus") {
    return t(`findingStatus.${status as "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED"}`, { defaultValue: status });
  }
  return t(`missionStatus.${status as "DRAFT"}`, { defaultValue: status });
}

export function auditSentence(t: TFunction, event: AuditEvent): string {
  const after = fieldsOf(event.after);
  const denied = (DENIED_ACTIONS as readonly string[]).includes(event.action);
  const actor = event.actor?.name ?? (denied ? t("auditLog.someone") : t("audit.system"));
  if (!isAuditAction(event.action)) return `${actor} · ${event.action}`;
  return t(`auditLog.sentences.${event.action}`, {
    actor,
    entity: entityWords(t, event),
    expert: event.words.expert ?? t("auditLog.anExpert"),
    status: statusWords(t, event),
    attempted: text(after.attempted) ?? "",
    reason: refusalWords(t, text(after.reason)),
    ip: text(after.ip) ?? "",
    count: typeof after.suppressed === "number" ? after.suppressed : 0,
    // "made … a member again" when a lead change demoted someone.
    context: event.action === "phase.setLead" && after.role === "MEMBER" ? "member" : undefined,
  });
}

export function useAuditSentence() {
  const { t } = useTranslation();
  return (event: AuditEvent) => auditSentence(t, event);
}
