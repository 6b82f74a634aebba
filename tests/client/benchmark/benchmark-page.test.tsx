// The benchmark page shows the grid of ICT area × parliament as a table (the viewer's own
// parliament named and marked, the others only by letter), the group's figures per area
// behind "Show as table", and a validation mission's comparison with the earlier
// assessment: counts by outcome, each earlier finding's outcome, the grade change per area.
import { screen, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Route, Routes } from "react-router";
import { BenchmarkPage } from "../../../client/src/app/routes/benchmark.tsx";
import { MissionComparePage } from "../../../client/src/app/routes/mission-compare.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import type { AssessmentComparison, Benchmark } from "../../../client/src/features/benchmark/api/benchmark.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { staff } from "../fixtures.ts";

// The chart library sizes its charts with ResizeObserver, which jsdom lacks.
beforeAll(() => {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterAll(() => vi.unstubAllGlobals());

const cell = (area: "GOV" | "WEB", averageGrade: number | null, seriousGaps = 0) => ({
  area,
  findings: 2,
  bySeverity: { LOW: 1, MEDIUM: 0, HIGH: 1, CRITICAL: 0 },
  gaps: seriousGaps,
  seriousGaps,
  gradedFindings: averageGrade === null ? 0 : 2,
  averageGrade,
  latestGrade: averageGrade,
});

const benchmark: Benchmark = {
  group: { region: "SADC", programmeId: null, parliamentId: null },
  parliamentCount: 4,
  othersWithheld: false,
  parliaments: [
    {
      key: "pz",
      anonymous: false,
      id: "pz",
      name: "National Assembly of Zambia",
      own: true,
      cells: [cell("GOV", 1.5, 2)],
    },
    { key: "A", anonymous: true, id: null, name: null, own: false, cells: [cell("GOV", 3), cell("WEB", 2, 1)] },
    { key: "B", anonymous: true, id: null, name: null, own: false, cells: [cell("GOV", 4)] },
    { key: "C", anonymous: true, id: null, name: null, own: false, cells: [cell("WEB", null)] },
  ],
  areas: (["GOV", "INF", "LEG", "LIB", "WEB", "CIT", "IPC", "SEC"] as const).map((area) => ({
    area,
    parliaments: area === "GOV" ? 3 : area === "WEB" ? 2 : 0,
    averageGrade: area === "GOV" ? 2.83 : area === "WEB" ? 2 : null,
    gradedParliaments: area === "GOV" ? 3 : area === "WEB" ? 1 : 0,
    parliamentsWithSeriousGap: area === "GOV" ? 1 : area === "WEB" ? 1 : 0,
    commonGapShare: area === "GOV" ? 0.25 : area === "WEB" ? 0.25 : 0,
  })),
};

/** The body rows of a table, each as the text of its cells (the row header first). */
const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("th, td")].map((c) => c.textContent?.trim()),
  );

describe("the benchmark page", () => {
  function renderPage() {
    return renderWithApp(
      <Routes>
        <Route path="/benchmark" element={<BenchmarkPage />} />
      </Routes>,
      {
        me: staff,
        route: "/benchmark",
        seed: (client) => {
          client.setQueryData(trpc.findings.benchmark.queryKey({}), benchmark);
          client.setQueryData(trpc.programmes.list.queryKey({ limit: 100 }), {
            items: [],
            nextCursor: null,
            total: 0,
          } as never);
        },
      },
    );
  }

  it("shows the grid as a table: own parliament named and marked, the others by letter", () => {
    renderPage();
    const grid = screen.getByRole("table", { name: "Grades by area and parliament" });
    const rows = rowsOf(grid);
    expect(rows.map((r) => r[0])).toEqual([
      "National Assembly of Zambia(yours)",
      "Parliament A",
      "Parliament B",
      "Parliament C",
    ]);
    // GOV is the first area, WEB the fifth; a high or critical gap count follows the grade.
    expect(rows[0]![1]).toContain("1.5");
    expect(rows[0]![1]).toContain("2 high or critical gaps");
    expect(rows[1]![5]).toContain("average grade 2");
    expect(rows[3]![5]).toContain("average grade –");
  });

  it("has the group's figures per area behind the chart, with the viewer's own grade", () => {
    renderPage();
    const table = screen.getByRole("table", { name: "Average grade of the group by area", hidden: true });
    const header = within(table)
      .getAllByRole("columnheader", { hidden: true })
      .map((c) => c.textContent);
    expect(header).toEqual(["ICT area", "Group average", "National Assembly of Zambia", "Parliaments", "Common gaps"]);
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(["Oversight and management of ICT", "2.83", "1.5", "3", "25%"]);
    expect(rows[2]).toEqual([expect.any(String), "–", "–", "0", "0%"]);
  });
});

const comparison: AssessmentComparison = {
  mission: {
    id: "m-val",
    code: "MMR-VAL-2026",
    title: "Validation",
    parliament: { id: "pm", name: "Pyidaungsu Hluttaw" },
  },
  earlierMissions: [{ id: "m-asm", code: "MMR-ASM-2019", title: "Assessment" }],
  counts: { RESOLVED: 1, IMPROVED: 2, STILL_OPEN: 1, NOT_REVISITED: 2 },
  findings: [
    {
      id: "f1",
      title: "No ICT master plan",
      area: "GOV",
      kind: "GAP",
      severity: "HIGH",
      grade: 1,
      mission: { id: "m-asm", code: "MMR-ASM-2019" },
      outcome: "STILL_OPEN",
      revisitedBy: { id: "f9", title: "Master plan lapsed", grade: 1 },
    },
    {
      id: "f2",
      title: "No backup",
      area: "SEC",
      kind: "GAP",
      severity: "CRITICAL",
      grade: 0,
      mission: { id: "m-asm", code: "MMR-ASM-2019" },
      outcome: "NOT_REVISITED",
      revisitedBy: null,
    },
  ],
  areas: [
    { area: "GOV", earlierAverage: 1, earlierGraded: 1, currentAverage: 1, currentGraded: 1, delta: 0 },
    { area: "LIB", earlierAverage: 1, earlierGraded: 1, currentAverage: 3, currentGraded: 1, delta: 2 },
  ],
};

describe("the comparison with the earlier assessment", () => {
  it("counts the outcomes, lists each earlier finding's, and tables the grade change", () => {
    renderWithApp(
      <Routes>
        <Route path="/missions/:id/compare" element={<MissionComparePage />} />
      </Routes>,
      {
        me: staff,
        route: "/missions/m-val/compare",
        seed: (client) =>
          client.setQueryData(trpc.findings.compareAssessments.queryKey({ missionId: "m-val" }), comparison),
      },
    );
    const counts = screen.getByRole("region", { name: "Earlier findings by outcome" });
    expect(within(counts).getByText("Improved").nextSibling?.textContent).toBe("2");
    const list = screen.getByRole("list", { name: "Earlier findings" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/No ICT master plan.*revisited by “Master plan lapsed”.*Still open$/),
      expect.stringMatching(/No backup.*Not revisited$/),
    ]);
    const table = screen.getByRole("table", { name: "Grade change by area", hidden: true });
    const rows = rowsOf(table);
    expect(rows).toEqual([
      ["Oversight and management of ICT", "1", "1", "0"],
      ["Library and research services", "1", "3", "+2"],
    ]);
  });
});
