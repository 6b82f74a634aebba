// The mission's summary line says how much of the high and critical findings the roadmap
// answers, for the team; parliament staff's line does not ask for it.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MissionHeadline } from "../../../client/src/features/missions/components/mission-headline.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, mission, staff } from "../fixtures.ts";

const zambia = mission([]);
const roadmap = { id: "r-1", missionId: zambia.id, status: "DRAFT" as const };
const coverage = {
  highCritical: { total: 15, answered: 12, percent: 80 },
  bySeverity: [],
  unansweredFindings: [],
  itemsWithoutFindings: [],
};

function renderLine(me = coordinator) {
  return renderWithApp(
    <MissionHeadline
      mission={zambia}
      awaitingValidation={0}
      roadmap={{ status: "DRAFT", coveragePercent: null }}
      today={new Date()}
      sectionPath={(s) => `?section=${s}`}
    />,
    {
      me,
      seed: (queryClient) => {
        queryClient.setQueryData(trpc.roadmaps.byMission.queryKey({ missionId: zambia.id }), roadmap as never);
        queryClient.setQueryData(trpc.roadmaps.coverage.queryKey({ id: "r-1" }), coverage as never);
      },
    },
  );
}

describe("MissionHeadline: roadmap coverage", () => {
  it("says how many high and critical findings the roadmap answers, a link to the roadmap section", () => {
    renderLine();
    const line = screen.getByTestId("mission-headline");
    expect(
      within(line).getByRole("link", { name: "12 of 15 high and critical findings answered by the roadmap" }),
    ).toHaveAttribute("href", "/?section=roadmap");
  });

  it("leaves it out for parliament staff", () => {
    renderLine(staff);
    expect(screen.queryByText(/answered by the roadmap/)).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Roadmap: Draft" })).toBeInTheDocument();
  });
});
