// The coverage view: the share of high and critical findings answered as a gauge, a bar
// per severity, the validated findings no item answers (most severe first) with "Link to
// an item…" for editors, and the items that answer no finding.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RoadmapCoverage } from "../../../client/src/features/roadmaps/api/roadmaps.ts";
import { CoverageView } from "../../../client/src/features/roadmaps/components/editor/coverage-view.tsx";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, staff } from "../fixtures.ts";
import { roadmapItem } from "./roadmap-fixtures.ts";
import { inputsOf, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const draft = roadmap({
  status: "DRAFT",
  viewer: { onMission: true, leadsAPhase: false },
  items: [
    roadmapItem({ id: "i-web", title: "Redesign the website", findingIds: ["f-wcag"] }),
    roadmapItem({ id: "i-net", title: "Upgrade the network", area: "INF" }),
  ],
});

const coverage: RoadmapCoverage = {
  highCritical: { total: 4, answered: 3, percent: 75 },
  bySeverity: [
    { severity: "CRITICAL", total: 1, answered: 1 },
    { severity: "HIGH", total: 3, answered: 2 },
    { severity: "MEDIUM", total: 2, answered: 2 },
    { severity: "LOW", total: 0, answered: 0 },
  ],
  unansweredFindings: [
    { id: "f-ups", title: "Server room exposed to load-shedding", severity: "HIGH", area: "INF" },
    { id: "f-hansard", title: "Hansard published weeks late", severity: "MEDIUM", area: "LEG" },
  ],
  itemsWithoutFindings: [{ id: "i-net", title: "Upgrade the network" }],
};

function renderCoverage(me: Me, figures: RoadmapCoverage, canEdit: boolean) {
  const onOpenItem = vi.fn();
  const onLinkFindings = vi.fn();
  const calls = serveTrpc({
    "roadmaps.coverage": () => figures,
    "roadmaps.linkFindings": (input: { itemId: string; findingIds: string[] }) => ({
      item: roadmapItem({ id: input.itemId, title: "Redesign the website", findingIds: input.findingIds }),
      roadmap: { ...draft, items: undefined },
    }),
    "roadmaps.byId": () => draft,
    "roadmaps.byMission": () => draft,
    "roadmaps.proposeItems": () => [],
  });
  const rendered = renderWithApp(
    <CoverageView roadmap={draft} canEdit={canEdit} onOpenItem={onOpenItem} onLinkFindings={onLinkFindings} />,
    { me },
  );
  return { ...rendered, calls, onOpenItem, onLinkFindings };
}

describe("CoverageView: the figures", () => {
  it("draws the high and critical findings answered as a gauge and each severity as a bar", async () => {
    renderCoverage(coordinator, coverage, true);
    expect(await screen.findByRole("img", { name: "75%, 3 of 4 answered" })).toBeInTheDocument();
    const gauge = screen.getByRole("region", { name: "High and critical findings answered" });
    expect(gauge).toHaveTextContent("75%");
    expect(gauge).toHaveTextContent("3 of 4 answered");
    const meters = screen.getAllByRole("meter");
    // No bar for a severity without findings.
    expect(meters.map((m) => m.getAttribute("aria-label"))).toEqual([
      "Critical: 1 of 1 answered",
      "High: 2 of 3 answered",
      "Medium: 2 of 2 answered",
    ]);
    expect(meters.map((m) => [m.getAttribute("aria-valuenow"), m.getAttribute("aria-valuemax")])).toEqual([
      ["1", "1"],
      ["2", "3"],
      ["2", "2"],
    ]);
    expect(
      screen.getByText(
        "5 of the mission's 6 validated findings are answered: an item of the roadmap is linked to each.",
      ),
    ).toBeInTheDocument();
  });

  it("says so when there is no high or critical finding to answer", async () => {
    renderCoverage(coordinator, { ...coverage, highCritical: { total: 0, answered: 0, percent: null } }, true);
    expect(await screen.findByRole("img", { name: "No validated high or critical finding" })).toBeInTheDocument();
  });
});

describe("CoverageView: the lists", () => {
  it("lists the unanswered findings and the items answering none", async () => {
    const { user, onOpenItem, onLinkFindings } = renderCoverage(coordinator, coverage, true);
    const unanswered = await screen.findByRole("region", { name: "Validated findings no item answers" });
    expect(
      within(unanswered)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining("Server room exposed to load-shedding"),
      expect.stringContaining("Hansard published weeks late"),
    ]);
    const without = screen.getByRole("region", { name: "Items answering no finding" });
    await user.click(within(without).getByRole("button", { name: "Upgrade the network" }));
    expect(onOpenItem).toHaveBeenCalledWith("i-net");
    await user.click(within(without).getByRole("button", { name: "Link findings to “Upgrade the network”" }));
    expect(onLinkFindings).toHaveBeenCalledWith("i-net");
  });

  it("links an unanswered finding to the item chosen, keeping the item's other findings", async () => {
    const { user, calls } = renderCoverage(coordinator, coverage, true);
    await user.click(
      await screen.findByRole("button", { name: "Link “Server room exposed to load-shedding” to an item" }),
    );
    const picker = screen.getByRole("dialog", { name: "Link “Server room exposed to load-shedding” to" });
    await user.selectOptions(within(picker).getByRole("combobox", { name: /^Item/ }), "Redesign the website");
    await user.click(within(picker).getByRole("button", { name: "Link" }));
    await waitFor(() =>
      expect(inputsOf(calls, "roadmaps.linkFindings")).toEqual([{ itemId: "i-web", findingIds: ["f-wcag", "f-ups"] }]),
    );
    // Gone from the list at once.
    await waitFor(() =>
      expect(
        screen.queryByRole("button", { name: "Link “Server room exposed to load-shedding” to an item" }),
      ).not.toBeInTheDocument(),
    );
  });

  it("offers readers the figures and lists without the links", async () => {
    renderCoverage(staff, coverage, false);
    await screen.findByRole("region", { name: "Validated findings no item answers" });
    expect(screen.queryByRole("button", { name: /^Link/ })).not.toBeInTheDocument();
  });
});
