// The audit log's filters: who, which kind of record (and one record, when the address
// names it), which action, between which days; "Clear filters" while any is set, and the
// page's action for the CSV of what they show (an export job, given by the page).
import { useTranslation } from "react-i18next";
import { AUDIT_ACTIONS } from "@hemicycle/shared/audit-actions";
import { AUDIT_ENTITY_TYPES } from "@hemicycle/shared/schemas/audit";
import type { ReactNode } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Select, TextField } from "../../../components/ui/field.tsx";
import { useAuditActors, type AuditFilters as Filters } from "../api/audit.ts";
import type { AuditFilterKey } from "../hooks/use-audit-filters.ts";

type Props = {
  filters: Filters;
  setFilter: (key: AuditFilterKey, value: string) => void;
  active: boolean;
  clear: () => void;
  /** The export of what the filters show, at the end of the bar. */
  exportAction?: ReactNode;
};

export function AuditFilters({ filters, setFilter, active, clear, exportAction }: Props) {
  const { t } = useTranslation();
  const actors = useAuditActors();
  return (
    <search className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("auditLog.filters.label")}>
      <Select
        label={t("auditLog.filters.person")}
        placeholder={t("auditLog.filters.anyone")}
        value={filters.actorId ?? ""}
        onChange={(e) => setFilter("person", e.target.value)}
        options={(actors.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
        containerClassName="w-full sm:w-48"
      />
      <Select
        label={t("auditLog.filters.entityType")}
        placeholder={t("auditLog.filters.anyType")}
        value={filters.entityType ?? ""}
        onChange={(e) => setFilter("type", e.target.value)}
        options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`auditLog.entityTypes.${type}`) }))}
        containerClassName="w-full sm:w-40"
      />
      <Select
        label={t("auditLog.filters.action")}
        placeholder={t("auditLog.filters.anyAction")}
        value={filters.action ?? ""}
        onChange={(e) => setFilter("action", e.target.value)}
        options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`auditLog.actions.${action}`) })).sort(
          (a, b) => a.label.localeCompare(b.label),
        )}
        containerClassName="w-full sm:w-56"
      />
      <TextField
        type="date"
        label={t("auditLog.filters.from")}
        value={filters.from ?? ""}
        max={filters.to}
        onChange={(e) => setFilter("from", e.target.value)}
        containerClassName="w-[calc(50%-0.375rem)] sm:w-40"
      />
      <TextField
        type="date"
        label={t("auditLog.filters.to")}
        value={filters.to ?? ""}
        min={filters.from}
        onChange={(e) => setFilter("to", e.target.value)}
        containerClassName="w-[calc(50%-0.375rem)] sm:w-40"
      />
      {filters.entityId ? (
        <Button variant="ghost" onClick={() => setFilter("record", "")} aria-label={t("auditLog.filters.clear")}>
          {t("auditLog.filters.oneRecord", { id: filters.entityId })} ×
        </Button>
      ) : null}
      {active ? (
        <Button variant="ghost" onClick={clear}>
          {t("auditLog.filters.clear")}
        </Button>
      ) : null}
      {exportAction ? <div className="ms-auto">{exportAction}</div> : null}
    </search>
  );
}
