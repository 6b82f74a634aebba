// The roadmap page of a mission: the view and grouping in the address (Back returns to
// the previous view), the moves each person is offered, and, without a roadmap, the form
// that starts one for its editors (a horizon from next year over five years).
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route, Routes, useLocation, useNavigate } from "react-router";
import { RoadmapPage } from "../../../client/src/app/routes/roadmap.tsx";
import type { Roadmap } from "../../../client/src/features/roadmaps/api/types.ts";
import type { RoadmapCoverage } from "../../../client/src/features/roadmaps/api/roadmaps.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, member, mission, phase, staff } from "../fixtures.ts";
import { inputsOf, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const zambia = mission([phase({ id: "ph-plan", kind: "STRATEGIC_PLAN", team: [member("x-lead", "LEAD")] })]);
const draft = roadmap({ status: "DRAFT", viewer: { onMission: false, leadsAPhase: false } });
const coverage: RoadmapCoverage = {
  highCritical: { total: 2, answered: 1, percent: 50 },
  bySeverity: [{ severity: "HIGH", total: 2, answered: 1 }],
  unansweredFindings: [],
  itemsWithoutFindings: [],
};

function Location() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="location">{location.pathname + location.search}</output>
      <button type="button" onClick={() => void navigate(-1)}>
        Back
      </button>
    </>
  );
}

function renderPage(me: Me, current: Roadmap | null, route = "/missions/m-1/roadmap") {
  const calls = serveTrpc({
    "missions.byId": () => zambia,
    "roadmaps.byMission": () => current,
    "roadmaps.byId": () => current,
    "roadmaps.coverage": () => coverage,
    "roadmaps.comments": () => [],
    "roadmaps.revisions": () => [],
    "roadmaps.create": (input: object) => ({ ...draft, ...input }),
  });
  const rendered = renderWithApp(
    <>
      <Routes>
        <Route path="/missions/:id/roadmap" element={<RoadmapPage />} />
      </Routes>
      <Location />
    </>,
    { me, route },
  );
  return { ...rendered, calls };
}

describe("RoadmapPage: views in the address", () => {
  it("opens the view the address names, and a tab click adds a history entry", async () => {
    const { user } = renderPage(coordinator, draft, "/missions/m-1/roadmap?view=coverage");
    expect(await screen.findByRole("img", { name: "50%, 1 of 2 answered" })).toBeInTheDocument();
    const views = screen.getByRole("navigation", { name: "View" });
    expect(within(views).getByRole("link", { name: "Coverage" })).toHaveAttribute("aria-current", "page");
    expect(
      within(views)
        .getAllByRole("link")
        .map((l) => l.textContent),
    ).toEqual(["Table", "Timeline", "Coverage", "History", "Comments"]);
    await user.click(within(views).getByRole("link", { name: "Timeline" }));
    expect(screen.getByTestId("location")).toHaveTextContent("/missions/m-1/roadmap?view=timeline");
    await user.click(within(views).getByRole("link", { name: "Table" }));
    expect(screen.getByTestId("location")).toHaveTextContent(/^\/missions\/m-1\/roadmap$/);
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByTestId("location")).toHaveTextContent("/missions/m-1/roadmap?view=timeline");
    expect(within(views).getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
  });

  it("keeps the grouping in the address, replacing the entry so that Back returns to the previous view", async () => {
    const { user } = renderPage(coordinator, draft, "/missions/m-1/roadmap?view=coverage");
    await user.click(await screen.findByRole("link", { name: "Table" }));
    const grouping = await screen.findByRole("combobox", { name: "Group by" });
    await user.selectOptions(grouping, "area");
    expect(screen.getByTestId("location")).toHaveTextContent("/missions/m-1/roadmap?group=area");
    await user.selectOptions(grouping, "unit");
    expect(screen.getByTestId("location")).toHaveTextContent("/missions/m-1/roadmap?group=unit");
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByTestId("location")).toHaveTextContent("/missions/m-1/roadmap?view=coverage");
  });
});

describe("RoadmapPage: what each person is offered", () => {
  it("offers a coordinator editing, proposals and submitting", async () => {
    renderPage(coordinator, draft);
    await screen.findByRole("heading", { level: 1, name: draft.title });
    for (const name of ["Edit details", "Submit for review", "Add item", "Start from the findings"]) {
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    }
  });

  it("sends the parliament's staff to the review page of the revision in review, with nothing to change here", async () => {
    renderPage(staff, roadmap());
    await screen.findByRole("heading", { level: 1, name: draft.title });
    expect(screen.getByText(/Revision 2 is with you for review/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open the review" })).toHaveAttribute("href", "/parliament/roadmaps/r-1");
    for (const name of ["Edit details", "Submit for review", "Add item", "Start from the findings"]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
  });

  it("tells the team the plan is frozen in review while progress stays open", async () => {
    renderPage(coordinator, roadmap({ viewer: { onMission: false, leadsAPhase: false } }));
    await screen.findByRole("heading", { level: 1, name: draft.title });
    expect(
      screen.getByText(
        "With the parliament for review: the plan is frozen until they endorse it or request changes. Progress can still be updated.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add item" })).not.toBeInTheDocument();
  });
});

describe("RoadmapPage: no roadmap yet", () => {
  it("lets a coordinator start one, with a five-year horizon from next year", async () => {
    const { user, calls } = renderPage(coordinator, null);
    const form = await screen.findByRole("region", { name: "Start the roadmap" });
    const next = new Date().getUTCFullYear() + 1;
    expect(within(form).getByRole("spinbutton", { name: /^From \(year\)/ })).toHaveValue(next);
    expect(within(form).getByRole("spinbutton", { name: /^To \(year\)/ })).toHaveValue(next + 4);
    expect(within(form).getByRole("textbox", { name: /^Title/ })).toHaveValue(`ICT strategic plan ${next}–${next + 4}`);
    await user.click(within(form).getByRole("button", { name: "Create the roadmap" }));
    await waitFor(() =>
      expect(inputsOf(calls, "roadmaps.create")).toEqual([
        {
          missionId: "m-1",
          title: `ICT strategic plan ${next}–${next + 4}`,
          horizonStart: next,
          horizonEnd: next + 4,
          vision: null,
        },
      ]),
    );
  });

  it("tells others the team has not shared one yet", async () => {
    renderPage(staff, null);
    expect(await screen.findByText("No roadmap yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create the roadmap" })).not.toBeInTheDocument();
  });
});
