// A validation mission against the earlier assessment of its parliament
// (findings.compareAssessments): how many earlier findings are resolved, improved, still
// open or not revisited; each of them with its outcome; and the grade change per ICT area
// as a chart over a table.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatList, formatNumber } from "../../../lib/format.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import type { AssessmentComparison } from "../api/benchmark.ts";
import { ChartPanel } from "./chart-panel.tsx";

const OUTCOMES = ["RESOLVED", "IMPROVED", "STILL_OPEN", "NOT_REVISITED"] as const;
const OUTCOME_TONES = { RESOLVED: "green", IMPROVED: "blue", STILL_OPEN: "orange", NOT_REVISITED: "gray" } as const;

export function CompareView({ comparison }: { comparison: AssessmentComparison }) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <Card id="compare-counts" title={t("benchmark.compare.countsTitle")} className="lg:col-span-2">
        {comparison.earlierMissions.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("benchmark.compare.noEarlier")}</p>
        ) : (
          <p className="mb-3 text-sm text-zinc-600">
            {t("benchmark.compare.against", { missions: formatList(comparison.earlierMissions.map((m) => m.code)) })}
          </p>
        )}
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {OUTCOMES.map((o) => (
            <div key={o} className="rounded-md border border-zinc-200 px-3 py-2">
              <dt className="text-xs text-zinc-600">{t(`benchmark.outcome.${o}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums text-zinc-900">{comparison.counts[o]}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <FindingsCard comparison={comparison} />
      <GradesCard comparison={comparison} />
    </div>
  );
}

function FindingsCard({ comparison }: { comparison: AssessmentComparison }) {
  const { t } = useTranslation();
  const caption = t("benchmark.compare.findingsTitle");
  return (
    <Card id="compare-findings" title={caption}>
      {comparison.findings.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("benchmark.compare.noFindings")}</p>
      ) : (
        <ul className="divide-y divide-zinc-100" aria-label={caption}>
          {comparison.findings.map((f) => (
            <li key={f.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <div className="min-w-0 flex-1">
                <Link to={`/findings/${f.id}`} className="font-medium text-zinc-900 hover:underline">
                  {f.title}
                </Link>
                <p className="text-xs text-zinc-600">
                  {t(`ictArea.${f.area}`)}&nbsp;· {t(`severity.${f.severity}`)}
                  {f.revisitedBy ? (
                    <>
                      {" "}
                      · {t("benchmark.compare.revisitedBy")}{" "}
                      <Link to={`/findings/${f.revisitedBy.id}`} className="text-brand-700 hover:underline">
                        {t("benchmark.compare.revisitedByTitle", { title: f.revisitedBy.title })}
                      </Link>
                    </>
                  ) : null}
                </p>
              </div>
              <Badge tone={OUTCOME_TONES[f.outcome]}>{t(`benchmark.outcome.${f.outcome}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function GradesCard({ comparison }: { comparison: AssessmentComparison }) {
  const { t } = useTranslation();
  const caption = t("benchmark.compare.gradesTitle");
  const figure = (value: number | null) => (value === null ? "–" : formatNumber(value));
  const signed = (value: number | null) => (value === null ? "–" : value > 0 ? `+${value}` : String(value));
  return (
    <Card id="compare-grades" title={caption} description={t("benchmark.compare.gradesDescription")}>
      {comparison.areas.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("benchmark.compare.noGrades")}</p>
      ) : (
        <ChartPanel
          domain={[0, 5]}
          data={comparison.areas.map((a) => ({
            label: t(`ictAreaShort.${a.area}`),
            earlier: a.earlierAverage,
            current: a.currentAverage,
          }))}
          series={[
            { key: "earlier", label: t("benchmark.compare.earlier"), color: "#a1a1aa" },
            { key: "current", label: t("benchmark.compare.current"), color: "#4f46e5" },
          ]}
          table={
            <Table caption={caption}>
              <THead>
                <tr>
                  <Th className="text-start">{t("benchmark.areas.area")}</Th>
                  <Th className="text-end">{t("benchmark.compare.earlier")}</Th>
                  <Th className="text-end">{t("benchmark.compare.current")}</Th>
                  <Th className="text-end">{t("benchmark.compare.change")}</Th>
                </tr>
              </THead>
              <TBody>
                {comparison.areas.map((a) => (
                  <Tr key={a.area}>
                    <Th scope="row" className="text-start font-normal text-zinc-800">
                      {t(`ictArea.${a.area}`)}
                    </Th>
                    <Td className="text-end tabular-nums">{figure(a.earlierAverage)}</Td>
                    <Td className="text-end tabular-nums">{figure(a.currentAverage)}</Td>
                    <Td className="text-end tabular-nums">{signed(a.delta)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          }
        />
      )}
    </Card>
  );
}
