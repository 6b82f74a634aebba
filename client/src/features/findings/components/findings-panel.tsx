// The findings of a mission, filtered by area, severity and status.
import { useState } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import {
  FINDING_STATUSES,
  ICT_AREA_CODES,
  SEVERITIES,
  type FindingStatus,
  type IctArea,
  type Severity,
} from "@hemicycle/shared/enums";
import { readsOnlyValidatedFindings } from "@hemicycle/shared/policy";
import { formatDate } from "../../../lib/format.ts";
import { useMe } from "../../../lib/session.ts";
import { subAreaLabel } from "../../../lib/labels.ts";
import { Select } from "../../../components/ui/field.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { PagedList } from "../../../components/list/paged-list.tsx";
import { useFindingList } from "../api/findings.ts";
import { FindingKindBadge, FindingStatusBadge, SeverityBadge } from "./finding-badges.tsx";

/** The findings of a mission; parliament staff, who read validated findings only, get no status filter. */
export function FindingsPanel({ missionId }: { missionId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const hideStatusFilter = readsOnlyValidatedFindings(me);
  const [area, setArea] = useState<IctArea | "">("");
  const [severity, setSeverity] = useState<Severity | "">("");
  const [status, setStatus] = useState<FindingStatus | "">("");
  const list = useFindingList({
    missionId,
    area: area || undefined,
    severity: severity || undefined,
    status: status || undefined,
  });
  const filtered = !!(area || severity || status);

  return (
    <div>
      <div className="mb-3 flex flex-wrap gap-3" role="group" aria-label={t("findings.filters.label")}>
        <Select
          label={t("findings.filters.area")}
          value={area}
          onChange={(e) => setArea(e.target.value as IctArea | "")}
          placeholder={t("findings.filters.anyArea")}
          options={ICT_AREA_CODES.map((a) => ({ value: a, label: t(`ictArea.${a}`) }))}
          containerClassName="w-full sm:w-64"
        />
        <Select
          label={t("findings.filters.severity")}
          value={severity}
          onChange={(e) => setSeverity(e.target.value as Severity | "")}
          placeholder={t("findings.filters.anySeverity")}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
          containerClassName="w-full sm:w-40"
        />
        {hideStatusFilter ? null : (
          <Select
            label={t("findings.filters.status")}
            value={status}
            onChange={(e) => setStatus(e.target.value as FindingStatus | "")}
            placeholder={t("findings.filters.anyStatus")}
            options={FINDING_STATUSES.map((s) => ({ value: s, label: t(`findingStatus.${s}`) }))}
            containerClassName="w-full sm:w-40"
          />
        )}
      </div>

      <PagedList
        list={list}
        empty={
          <EmptyState
            title={filtered ? t("findings.emptyFiltered") : t("findings.empty")}
            description={filtered ? t("findings.emptyFilteredHint") : t("findings.emptyHint")}
          />
        }
      >
        {(items) => (
          <Table caption={t("findings.caption")}>
            <THead>
              <tr>
                <Th>{t("findings.columns.title")}</Th>
                <Th>{t("findings.columns.area")}</Th>
                <Th>{t("findings.columns.phase")}</Th>
                <Th>{t("findings.columns.kind")}</Th>
                <Th>{t("findings.columns.severity")}</Th>
                <Th>{t("findings.columns.status")}</Th>
                <Th>{t("findings.columns.author")}</Th>
                <Th>{t("findings.columns.created")}</Th>
              </tr>
            </THead>
            <TBody>
              {items.map((f) => (
                <Tr key={f.id}>
                  <Td className="min-w-56">
                    <Link
                      to={`/findings/${f.id}`}
                      className="font-medium text-zinc-900 hover:text-brand-700 hover:underline"
                    >
                      {f.title}
                    </Link>
                  </Td>
                  <Td className="min-w-40">
                    <div className="text-zinc-800">{t(`ictArea.${f.area}`)}</div>
                    {f.subArea ? <div className="text-xs text-zinc-500">{subAreaLabel(f.area, f.subArea)}</div> : null}
                  </Td>
                  <Td className="whitespace-nowrap">{t(`phaseKind.${f.phase.kind}`)}</Td>
                  <Td>
                    <FindingKindBadge kind={f.kind} />
                  </Td>
                  <Td>
                    <SeverityBadge severity={f.severity} />
                  </Td>
                  <Td>
                    <FindingStatusBadge status={f.status} />
                  </Td>
                  <Td className="whitespace-nowrap">{f.author.name}</Td>
                  <Td className="whitespace-nowrap text-zinc-600">{formatDate(f.createdAt)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </PagedList>
    </div>
  );
}
