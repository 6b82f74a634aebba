// The programme's report to funders: what an IATI activity file is, what this one will
// hold (its activities, budgets' currencies, results, and what it had to leave out or
// approximate), and the link that downloads it (docs/documents.md, "IATI export").
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { describeError } from "../../../lib/describe-error.ts";
import { iatiFileHref, useProgrammeIatiSummary, type IatiSummary } from "../api/programmes.ts";

type IatiExportProps = { programmeId: string; programmeName: string; className?: string };

export function IatiExport({ programmeId, programmeName, className }: IatiExportProps) {
  const { t } = useTranslation();
  const summary = useProgrammeIatiSummary(programmeId, true);
  return (
    <Card
      id="iati-export"
      title={t("iati.title")}
      className={className}
      actions={
        <ButtonLink
          to={iatiFileHref(programmeId)}
          reloadDocument
          download
          aria-label={t("iati.downloadLabel", { name: programmeName })}
        >
          {t("iati.download")}
        </ButtonLink>
      }
    >
      <p className="text-sm text-zinc-700">{t("iati.explanation")}</p>
      <div className="mt-3 text-sm">
        {summary.isPending ? (
          <p className="flex items-center gap-2 text-zinc-500">
            <Spinner label={t("iati.loading")} />
            <span aria-hidden="true">{t("iati.loading")}</span>
          </p>
        ) : summary.isError ? (
          <Alert tone="error">{describeError(summary.error)}</Alert>
        ) : (
          <SummaryFigures summary={summary.data} />
        )}
      </div>
    </Card>
  );
}

function SummaryFigures({ summary }: { summary: IatiSummary }) {
  const { t, i18n } = useTranslation();
  const currencies = new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(summary.budgetCurrencies);
  return (
    <>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-zinc-500">{t("iati.identifier")}</dt>
        <dd>
          {/* An identifier reads left to right in every language, from the line's start. */}
          <bdi dir="ltr" className="font-mono text-xs break-all">
            {summary.identifier}
          </bdi>
        </dd>
        <dt className="text-zinc-500">{t("iati.reportingOrg")}</dt>
        {/* A configured name, in whatever language it was written: its own direction. */}
        <dd dir="auto" className="break-words">
          {summary.reportingOrg.name}
        </dd>
      </dl>
      <ul className="mt-2 list-disc space-y-0.5 ps-5 text-zinc-700">
        <li>
          {summary.missions === 0
            ? t("iati.activitiesNone")
            : t("iati.activities", { count: summary.missions, total: summary.missions + 1 })}
        </li>
        <li>{summary.budgetCurrencies.length > 0 ? t("iati.budgets", { currencies }) : t("iati.noBudgets")}</li>
        <li>{t("iati.results", { count: summary.results })}</li>
      </ul>
      {summary.missionsWithoutPhases > 0 || summary.itemsWithoutCurrency > 0 ? (
        <Alert tone="warning" live={false} className="mt-3">
          <ul className="space-y-0.5">
            {summary.missionsWithoutPhases > 0 ? (
              <li>{t("iati.missionsWithoutPhases", { count: summary.missionsWithoutPhases })}</li>
            ) : null}
            {summary.itemsWithoutCurrency > 0 ? (
              <li>{t("iati.itemsWithoutCurrency", { count: summary.itemsWithoutCurrency })}</li>
            ) : null}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}
