// The benchmark (findings.benchmark): a grid of ICT area × parliament, each cell shaded by
// its average grade with its count of high and critical gaps, and the group's average grade
// per area as a chart over a table. Parliament staff see their own parliament named and
// highlighted, the others as "Parliament A, B…" (or only the group's figures in a small group).
import { useTranslation } from "react-i18next";
import { ICT_AREA_CODES, REGIONS, type IctArea } from "@hemicycle/shared/enums";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Select } from "../../../components/ui/field.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { cn } from "../../../lib/cn.ts";
import { formatNumber } from "../../../lib/format.ts";
import { gradeLabel } from "../../../lib/labels.ts";
import type { Benchmark } from "../api/benchmark.ts";
import { ChartPanel } from "./chart-panel.tsx";

/** Shade of an average grade, 0 (non-existent) red to 5 (excellent) green. */
const GRADE_SHADES = ["bg-red-200", "bg-orange-200", "bg-amber-100", "bg-lime-100", "bg-green-200", "bg-emerald-300"];
export function gradeShade(grade: number | null): string {
  if (grade === null) return "bg-zinc-50";
  return GRADE_SHADES[Math.min(5, Math.max(0, Math.round(grade)))]!;
}

type Parliament = Benchmark["parliaments"][number];

export function useParliamentLabel() {
  const { t } = useTranslation();
  return (p: Parliament) => p.name ?? t("benchmark.anonymous", { letter: p.key });
}

type FiltersProps = {
  region: string;
  programmeId: string;
  programmes: { value: string; label: string }[];
  setFilter: (key: "region" | "programme", value: string) => void;
  active: boolean;
  clear: () => void;
};

export function BenchmarkFilters({ region, programmeId, programmes, setFilter, active, clear }: FiltersProps) {
  const { t } = useTranslation();
  return (
    <search className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("benchmark.filters.label")}>
      <Select
        label={t("benchmark.filters.region")}
        value={region}
        onChange={(event) => setFilter("region", event.target.value)}
        placeholder={t("benchmark.filters.anyRegion")}
        options={REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
        containerClassName="w-full sm:w-56"
      />
      <Select
        label={t("benchmark.filters.programme")}
        value={programmeId}
        onChange={(event) => setFilter("programme", event.target.value)}
        placeholder={t("benchmark.filters.anyProgramme")}
        options={programmes}
        containerClassName="w-full sm:w-64"
      />
      {active ? (
        <Button variant="ghost" onClick={clear}>
          {t("benchmark.filters.clear")}
        </Button>
      ) : null}
    </search>
  );
}

export function BenchmarkView({ benchmark }: { benchmark: Benchmark }) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-cols-1 gap-4 [&>*]:min-w-0">
      {benchmark.othersWithheld ? (
        <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-700">
          {t("benchmark.othersWithheld")}
        </p>
      ) : null}
      <GridCard benchmark={benchmark} />
      <AreasCard benchmark={benchmark} />
    </div>
  );
}

function GridCard({ benchmark }: { benchmark: Benchmark }) {
  const { t } = useTranslation();
  const label = useParliamentLabel();
  const caption = t("benchmark.grid.title");
  return (
    <Card id="benchmark-grid" title={caption} description={t("benchmark.grid.description")}>
      {benchmark.parliaments.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("benchmark.empty")}</p>
      ) : (
        <Table caption={caption} className="shadow-none">
          <THead>
            <tr>
              {/* On a phone the parliament's column stays in view while the areas scroll sideways. */}
              <Th className="text-start max-sm:sticky max-sm:start-0 max-sm:z-10 max-sm:bg-zinc-50">
                {t("benchmark.grid.parliament")}
              </Th>
              {ICT_AREA_CODES.map((a) => (
                <Th key={a} className="text-center max-sm:px-1.5">
                  <abbr title={t(`ictArea.${a}`)} className="no-underline">
                    {a}
                  </abbr>
                </Th>
              ))}
            </tr>
          </THead>
          <TBody>
            {benchmark.parliaments.map((p) => (
              <Tr key={p.key} className={p.own ? "bg-brand-50/60 outline-2 outline-brand-600" : undefined}>
                <Th
                  scope="row"
                  className={cn(
                    "text-start font-medium text-zinc-800 max-sm:sticky max-sm:start-0 max-sm:z-10 max-sm:min-w-32",
                    "max-sm:whitespace-normal max-sm:shadow-[1px_0_0_var(--color-zinc-200)]",
                    p.own ? "max-sm:bg-brand-50" : "max-sm:bg-white",
                  )}
                >
                  {label(p)}
                  {p.own ? (
                    <span className="ms-1 text-xs font-normal text-brand-700">{t("benchmark.yours")}</span>
                  ) : null}
                </Th>
                {ICT_AREA_CODES.map((a) => {
                  const cell = p.cells.find((c) => c.area === a);
                  if (!cell)
                    return (
                      <Td key={a} className="text-center text-zinc-300 max-sm:px-1.5">
                        <span aria-label={t("benchmark.grid.none")}>–</span>
                      </Td>
                    );
                  const detail = t("benchmark.grid.cell", {
                    findings: cell.findings,
                    grade: cell.averageGrade ?? "–",
                    latest: cell.latestGrade ?? "–",
                    gaps: cell.seriousGaps,
                  });
                  return (
                    <Td key={a} className={cn("text-center tabular-nums max-sm:px-1.5", gradeShade(cell.averageGrade))}>
                      <span title={detail}>
                        <span className="font-semibold">
                          {cell.averageGrade === null ? "–" : formatNumber(cell.averageGrade)}
                        </span>
                        {cell.seriousGaps ? (
                          <span className="ms-1 text-xs text-red-800" aria-hidden="true">
                            {t("benchmark.grid.gapMark", { count: cell.seriousGaps })}
                          </span>
                        ) : null}
                        <span className="sr-only"> ({detail})</span>
                      </span>
                    </Td>
                  );
                })}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <GradeLegend />
    </Card>
  );
}

function GradeLegend() {
  const { t } = useTranslation();
  return (
    <ul className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600" aria-label={t("benchmark.legend")}>
      {GRADE_SHADES.map((shade, grade) => (
        <li key={grade} className="flex items-center gap-1">
          <span className={cn("inline-block size-3 rounded-sm border border-zinc-300", shade)} aria-hidden="true" />
          {gradeLabel(grade)}
        </li>
      ))}
      <li>{t("benchmark.grid.gapLegend")}</li>
    </ul>
  );
}

function AreasCard({ benchmark }: { benchmark: Benchmark }) {
  const { t } = useTranslation();
  const caption = t("benchmark.areas.title");
  const own = benchmark.parliaments.find((p) => p.own);
  const ownGrade = (a: IctArea) => own?.cells.find((c) => c.area === a)?.averageGrade ?? null;
  const figure = (value: number | null) => (value === null ? "–" : formatNumber(value));
  const share = (value: number | null) => (value === null ? "–" : t("benchmark.percent", { value: value * 100 }));
  return (
    <Card id="benchmark-areas" title={caption} description={t("benchmark.areas.description")}>
      <ChartPanel
        domain={[0, 5]}
        data={ICT_AREA_CODES.map((a) => ({
          label: t(`ictAreaShort.${a}`),
          group: benchmark.areas.find((x) => x.area === a)?.averageGrade ?? null,
          ...(own ? { own: ownGrade(a) } : {}),
        }))}
        series={[
          { key: "group", label: t("benchmark.areas.groupAverage"), color: "#6366f1" },
          ...(own ? [{ key: "own", label: own.name ?? "", color: "#f59e0b" }] : []),
        ]}
        table={
          <Table caption={caption}>
            <THead>
              <tr>
                <Th className="text-start">{t("benchmark.areas.area")}</Th>
                <Th className="text-end">{t("benchmark.areas.groupAverage")}</Th>
                {own ? <Th className="text-end">{own.name}</Th> : null}
                <Th className="text-end">{t("benchmark.areas.parliaments")}</Th>
                <Th className="text-end">{t("benchmark.areas.commonGaps")}</Th>
              </tr>
            </THead>
            <TBody>
              {benchmark.areas.map((a) => (
                <Tr key={a.area}>
                  <Th scope="row" className="text-start font-normal text-zinc-800">
                    {t(`ictArea.${a.area}`)}
                  </Th>
                  <Td className="text-end tabular-nums">{figure(a.averageGrade)}</Td>
                  {own ? <Td className="text-end tabular-nums">{figure(ownGrade(a.area))}</Td> : null}
                  <Td className="text-end tabular-nums">{figure(a.parliaments)}</Td>
                  <Td className="text-end tabular-nums">{share(a.commonGapShare)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        }
      />
    </Card>
  );
}
