// The coordinator dashboard renders each block of dashboard.summary, says the numbers in
// words (days late, days waiting), puts the same numbers as a chart and as a table behind
// "Show as table", keeps its filters in the address, and tells an empty programme so.
import { screen, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Route, Routes, useLocation } from "react-router";
import { HEATMAP_CELLS, heatmapIndex } from "@hemicycle/shared/schemas/dashboard";
import { DashboardPage } from "../../../client/src/app/routes/dashboard.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import type { DashboardSummary } from "../../../client/src/features/dashboard/api/dashboard.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day, expert } from "../fixtures.ts";

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

/** Zambia's heat map row: 2 HIGH findings in LEG, 1 CRITICAL in SEC, zeros elsewhere. */
function zambiaHeat() {
  const counts = Array<number>(HEATMAP_CELLS).fill(0);
  counts[heatmapIndex("LEG", "HIGH")] = 2;
  counts[heatmapIndex("SEC", "CRITICAL")] = 1;
  return counts;
}

const summary: DashboardSummary = {
  today: day("2027-03-10"),
  quarter: { from: day("2027-03-10"), to: day("2027-06-08") },
  phaseStatus: [
    { status: "FIELDWORK", phases: 1, missions: 1 },
    { status: "PLANNED", phases: 3, missions: 2 },
  ],
  fieldwork: [
    {
      phaseId: "p1",
      kind: "ASSESSMENT",
      status: "FIELDWORK",
      startDate: day("2027-03-08"),
      endDate: day("2027-03-12"),
      missionId: "m1",
      missionCode: "ZM-2027",
      parliamentId: "pz",
      parliamentName: "National Assembly of Zambia",
      teamSize: 2,
      when: "NOW",
    },
  ],
  overdueReports: [
    {
      phaseId: "p2",
      kind: "ASSESSMENT",
      status: "DRAFT_REPORT",
      reportDueDate: day("2027-02-22"),
      missionId: "m2",
      missionCode: "MW-2027",
      parliamentName: "Parliament of Malawi",
      daysLate: 16,
    },
  ],
  awaitingReview: [
    {
      roadmapId: "r1",
      title: "Malawi ICT plan",
      missionId: "m2",
      missionCode: "MW-2027",
      parliamentName: "Parliament of Malawi",
      submittedAt: new Date("2027-03-03T10:00:00Z"),
      daysWaiting: 7,
    },
  ],
  heatmap: [{ id: "pz", name: "National Assembly of Zambia", counts: zambiaHeat() }],
  // NOT_STARTED, IN_PROGRESS, DONE, BLOCKED, DROPPED (PROGRESS_STATUSES' order).
  roadmapProgress: [{ id: "pz", name: "National Assembly of Zambia", counts: [4, 0, 1, 0, 0] }],
  workload: [{ expertId: "x1", expertName: "Ada Expert", days: 8, phases: 2 }],
  programmes: [{ id: "prog-sadc", name: "SADC programme" }],
};

const empty: DashboardSummary = {
  ...summary,
  phaseStatus: [],
  fieldwork: [],
  overdueReports: [],
  awaitingReview: [],
  heatmap: [],
  roadmapProgress: [],
  workload: [],
};

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.search}</output>;
}

type Filters = Parameters<typeof trpc.dashboard.summary.queryKey>[0];

/** Renders the page at `route` with `data` as the answer for each of the `inputs` it may ask. */
function renderDashboard(data: DashboardSummary, route = "/dashboard", inputs: Filters[] = [{}]) {
  return renderWithApp(
    <Routes>
      <Route
        path="/dashboard"
        element={
          <>
            <DashboardPage />
            <Where />
          </>
        }
      />
    </Routes>,
    {
      me: coordinator,
      route,
      seed: (client) => {
        for (const input of inputs) client.setQueryData(trpc.dashboard.summary.queryKey(input), data);
      },
    },
  );
}

/** A card by its title (a table inside is a region of the same name: the card comes first). */
const card = (name: string) => screen.getAllByRole("region", { name })[0]!;

describe("DashboardPage", () => {
  it("shows each block, with days late and days waiting in words", async () => {
    renderDashboard(summary);
    expect(await screen.findByRole("heading", { level: 1, name: "Programme dashboard" })).toBeInTheDocument();
    expect(within(card("Overdue reports")).getByText("16 days late")).toBeInTheDocument();
    expect(within(card("Overdue reports")).getByRole("link", { name: "MW-2027" })).toHaveAttribute(
      "href",
      "/missions/m2",
    );
    expect(within(card("Roadmaps awaiting review")).getByText("waiting 7 days")).toBeInTheDocument();
    const field = card("In the field");
    expect(within(field).getByText("Now")).toBeInTheDocument();
    expect(within(field).getByText(/team of 2/)).toBeInTheDocument();
  });

  it("draws the charts after the first paint, in place of their placeholders", async () => {
    const { container } = renderDashboard(summary);
    const charts = () => container.querySelectorAll(".recharts-responsive-container");
    expect(charts()).toHaveLength(0);
    expect(container.querySelectorAll(".animate-pulse")).toHaveLength(3);
    await vi.waitFor(() => expect(charts()).toHaveLength(3), { timeout: 5000 });
    expect(container.querySelectorAll(".animate-pulse")).toHaveLength(0);
  });

  it("puts every chart's numbers in a table behind Show as table", async () => {
    const { user } = renderDashboard(summary);
    const workload = card("Expert workload");
    await user.click(within(workload).getByText("Show as table"));
    const table = within(workload).getByRole("table", { name: "Expert workload" });
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent("Ada Expert82");
    const progress = within(card("Roadmap progress")).getByRole("table", { name: "Roadmap progress" });
    const cells = within(progress).getAllByRole("row")[1]!.textContent;
    expect(cells).toBe("National Assembly of Zambia40100");
    const status = within(card("Phases by status")).getByRole("table", { name: "Phases by status" });
    expect(
      within(status)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["StatusPhasesMissions", expect.stringMatching(/^Planned32$/), expect.stringMatching(/^Fieldwork11$/)]);
  });

  it("shows the heatmap as a table of parliaments by ICT area, severities spelled out", () => {
    renderDashboard(summary);
    const heat = within(card("Validated findings by ICT area")).getByRole("table");
    const zambia = within(heat).getByRole("row", { name: /National Assembly of Zambia/ });
    expect(zambia).toHaveTextContent("2 (High 2)");
    expect(zambia).toHaveTextContent("1 (Critical 1)");
  });

  it("keeps the region and programme filters in the address", async () => {
    const { user } = renderDashboard(summary, "/dashboard", [
      {},
      { regionFilter: "EUROPE" },
      { regionFilter: "EUROPE", programmeId: "prog-sadc" },
    ]);
    await user.selectOptions(screen.getByLabelText("Region"), "EUROPE");
    expect(screen.getByTestId("where")).toHaveTextContent("region=EUROPE");
    await user.selectOptions(screen.getByLabelText("Programme"), "prog-sadc");
    expect(screen.getByTestId("where")).toHaveTextContent("region=EUROPE&programme=prog-sadc");
  });

  it("reads its filters from the address", () => {
    renderDashboard(summary, "/dashboard?region=SADC&programme=prog-sadc", [
      { regionFilter: "SADC", programmeId: "prog-sadc" },
    ]);
    expect(screen.getByLabelText("Region")).toHaveValue("SADC");
    expect(screen.getByLabelText("Programme")).toHaveValue("prog-sadc");
  });

  it("tells each empty block so", () => {
    renderDashboard(empty);
    expect(screen.getByText("No report is late.")).toBeInTheDocument();
    expect(screen.getByText("No roadmap is waiting for the parliament.")).toBeInTheDocument();
    expect(screen.getByText("No validated findings for these filters.")).toBeInTheDocument();
    expect(screen.getByText("No expert is booked in the coming quarter.")).toBeInTheDocument();
    expect(screen.queryByText("Show as table")).toBeNull();
  });

  it("is refused to an expert, who has their own home", () => {
    renderWithApp(<DashboardPage />, { me: expert, route: "/dashboard" });
    expect(screen.queryByRole("heading", { name: "Programme dashboard" })).toBeNull();
  });
});
