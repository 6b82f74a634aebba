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
import { formatDate } from "../../../lib/format.ts";
import { subAreaLabel } from "../../../lib/labels.ts";
import { Select } from "../../../components/ui/field.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { LoadingBlock } from "../../../components/ui/spinner.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { ErrorState } from "../../../components/ui/error-state.tsx";
import { LoadMore } from "../../../components/ui/pagination.tsx";
import { useFindingList } from "../api/findings.ts";
import { FindingKindBadge, FindingStatusBadge, SeverityBadge } from "./finding-badges.tsx";

type FindingsPanelProps = { missionId: string; hideStatusFilter?: boolean };

export function FindingsPanel({ missionId, hideStatusFilter }: FindingsPanelProps) {
  const { t } = useTranslation();
  const [area, setArea] = useState<IctArea | "">("");
  const [severity, setSeverity] = useState<Severity | "">("");
  const [status, setStatus] = useState<FindingStatus | "">("");
  const query = useFindingList({
    missionId,
    area: area || undefined,
    severity: severity || undefined,
    status: status || undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
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

      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : items.length === 0 ? (
        <EmptyState
          title={filtered ? t("findings.emptyFiltered") : t("findings.empty")}
          description={filtered ? t("findings.emptyFilteredHint") : t("findings.emptyHint")}
        />
      ) : (
        <>
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
          <LoadMore
            hasNextPage={query.hasNextPage}
            isFetchingNextPage={query.isFetchingNextPage}
            fetchNextPage={query.fetchNextPage}
            shown={items.length}
          />
        </>
      )}
    </div>
  );
}
