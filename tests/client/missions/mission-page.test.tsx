// The mission page offers "Log finding" on a phase when the phase still takes findings
// (phaseAcceptsFindings) and the user may write findings on it (mayWriteFindings, from
// their role on its team). The page loads the mission and its findings with queries:
// both are put in the cache beforehand, so nothing is fetched.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Route, Routes } from "react-router";
import { MissionPage } from "../../../client/src/app/routes/mission.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { admin, coordinator, day, expert, member, mission, phase, staff } from "../fixtures.ts";

const esi = expert.expertId!;

// Esi is a member on the assessment (in the field), not on the strategic plan, lead on
// the finalised validation and a member on the cancelled workshop.
const zambia = mission([
  phase({ id: "ph-assessment", kind: "ASSESSMENT", status: "FIELDWORK", team: [member(esi)] }),
  phase({
    id: "ph-plan",
    kind: "STRATEGIC_PLAN",
    status: "PLANNED",
    startDate: day("2027-06-07"),
    endDate: day("2027-06-11"),
    team: [member("x-joe", "LEAD")],
  }),
  phase({
    id: "ph-validation",
    kind: "VALIDATION",
    status: "FINALISED",
    startDate: day("2027-09-06"),
    endDate: day("2027-09-08"),
    team: [member(esi, "LEAD")],
  }),
  phase({
    id: "ph-workshop",
    kind: "WORKSHOP",
    status: "CANCELLED",
    startDate: day("2027-10-04"),
    endDate: day("2027-10-05"),
    team: [member(esi)],
  }),
]);

function renderMissionPage(me: Me, section = "phases") {
  return renderWithApp(
    <Routes>
      <Route path="/missions/:id" element={<MissionPage />} />
    </Routes>,
    {
      me,
      route: `/missions/${zambia.id}?section=${section}`,
      seed: (queryClient) => {
        queryClient.setQueryData(trpc.missions.byId.queryKey({ id: zambia.id }), zambia);
        // The roadmap card: no roadmap yet.
        queryClient.setQueryData(trpc.roadmaps.byMission.queryKey({ missionId: zambia.id }), null);
        queryClient.setQueryData(trpc.findings.list.infiniteQueryKey({ missionId: zambia.id, limit: 25 }), {
          pages: [{ items: [], nextCursor: null, total: 0, totalCapped: false }],
          pageParams: [null],
        });
        // The summary's counts, by area and severity and of those awaiting validation.
        for (const status of [undefined, "SUBMITTED" as const])
          queryClient.setQueryData(trpc.findings.summary.queryKey({ missionId: zambia.id, status }), {
            total: 0,
            cells: [],
          });
      },
    },
  );
}

/** The phases on which "Log finding" is offered, by the phase named in the button. */
function logFindingOffers(): string[] {
  return screen
    .queryAllByRole("button", { name: /^Log finding on the / })
    .map((b) => b.getAttribute("aria-label")!.replace(/^Log finding on the (.*) phase$/, "$1"));
}

describe("MissionPage: where Log finding is offered", () => {
  it("renders the seeded mission, its phases and its (empty) findings without fetching", () => {
    const { queryClient, unmount } = renderMissionPage(expert);
    expect(screen.getByRole("heading", { level: 1, name: zambia.title })).toBeInTheDocument();
    for (const name of ["Assessment", "Strategic plan", "Validation", "Workshop"]) {
      expect(screen.getByRole("article", { name })).toBeInTheDocument();
    }
    unmount();
    renderMissionPage(expert, "findings");
    expect(screen.getByText("No findings yet")).toBeInTheDocument();
    // Every query the page made is one the test seeded: none is loading or failed.
    const queries = queryClient.getQueryCache().getAll();
    expect(queries.map((q) => [q.state.status, q.state.fetchStatus])).toEqual(queries.map(() => ["success", "idle"]));
  });

  it("offers a member expert only the open phase they are on", () => {
    renderMissionPage(expert);
    // Not the strategic plan (not on its team), the validation (finalised) or the workshop (cancelled).
    expect(logFindingOffers()).toEqual(["Assessment"]);
    const assessment = screen.getByRole("article", { name: "Assessment" });
    expect(within(assessment).getByRole("button", { name: "Log finding on the Assessment phase" })).toHaveTextContent(
      "Log finding",
    );
  });

  it("offers a coordinator and an admin every open phase, team or not", () => {
    const { unmount } = renderMissionPage(coordinator);
    expect(logFindingOffers()).toEqual(["Assessment", "Strategic plan"]);
    unmount();
    renderMissionPage(admin);
    expect(logFindingOffers()).toEqual(["Assessment", "Strategic plan"]);
  });

  it("offers parliament staff none, and no team management", () => {
    renderMissionPage(staff);
    expect(logFindingOffers()).toEqual([]);
    expect(screen.queryByRole("button", { name: "Assign expert" })).not.toBeInTheDocument();
    renderMissionPage(staff, "findings");
    expect(screen.getByRole("heading", { name: "Validated findings" })).toBeInTheDocument();
  });

  it("gives team management to managers only", () => {
    const { unmount } = renderMissionPage(coordinator);
    expect(screen.getAllByRole("button", { name: "Assign expert" })).toHaveLength(4);
    unmount();
    renderMissionPage(expert);
    expect(screen.queryByRole("button", { name: "Assign expert" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Change the status of/ })).not.toBeInTheDocument();
  });

  it("lets the finding be logged on the open phases only, starting on the one chosen", async () => {
    const { user } = renderMissionPage(coordinator);
    await user.click(screen.getByRole("button", { name: "Log finding on the Strategic plan phase" }));
    const dialog = screen.getByRole("dialog", { name: "Log a finding" });
    const phasePicker = within(dialog).getByRole("combobox", { name: /^Phase/ });
    expect(phasePicker).toHaveValue("ph-plan");
    expect(
      within(phasePicker)
        .getAllByRole("option")
        .map((o) => o.getAttribute("value")),
    ).toEqual(["ph-assessment", "ph-plan"]);
  });
});
