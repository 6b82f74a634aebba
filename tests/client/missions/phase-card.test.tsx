// A phase card offers team management to those who manage missions, and only the moves
// the phase workflow (shared/src/workflows/phase.ts) allows from the phase's status.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PhaseStatus } from "@hemicycle/shared/enums";
import { PhaseCard } from "../../../client/src/features/missions/components/phase-card.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { member, phase } from "../fixtures.ts";

function renderCard(status: PhaseStatus, canManageTeam: boolean) {
  return renderWithApp(
    <PhaseCard
      phase={phase({ id: "ph-1", status, team: [member("x-esi", "LEAD"), member("x-joe")] })}
      canManageTeam={canManageTeam}
    />,
  );
}

const card = () => screen.getByRole("article", { name: "Assessment" });
const assignButton = () => within(card()).queryByRole("button", { name: "Assign expert" });
const statusButton = () => within(card()).queryByRole("button", { name: "Change the status of the Assessment phase" });

describe("PhaseCard for those who manage the team", () => {
  it("offers assigning an expert, changing the status and removing each member", () => {
    renderCard("TEAM_CONFIRMED", true);
    expect(assignButton()).toBeEnabled();
    expect(statusButton()).toBeEnabled();
    expect(statusButton()).toHaveTextContent("Change status");
    expect(within(card()).getByRole("button", { name: "Remove Expert x-esi from the team" })).toBeInTheDocument();
    expect(within(card()).getByRole("button", { name: "Remove Expert x-joe from the team" })).toBeInTheDocument();
  });

  it("disables assigning on a cancelled phase, and still offers reinstating it", async () => {
    const { user } = renderCard("CANCELLED", true);
    expect(assignButton()).toBeDisabled();
    await user.click(statusButton()!);
    const dialog = screen.getByRole("dialog", { name: "Change the status of the Assessment phase" });
    expect(
      within(dialog)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["PLANNED"]);
  });

  // The workflow takes a finalised phase one step back (to correct a mistake) but never
  // cancels it: the only move left is back to parliament review.
  it("offers a finalised phase only the step back to parliament review", async () => {
    const { user } = renderCard("FINALISED", true);
    await user.click(statusButton()!);
    const dialog = screen.getByRole("dialog", { name: "Change the status of the Assessment phase" });
    expect(
      within(dialog)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["PARLIAMENT_REVIEW"]);
    expect(within(dialog).getByRole("radio", { name: "Parliament review" })).toBeInTheDocument();
  });

  it("offers an assessment in fieldwork every later status up to parliament review, one step back, and cancelling", async () => {
    const { user } = renderCard("FIELDWORK", true);
    await user.click(statusButton()!);
    const dialog = screen.getByRole("dialog", { name: "Change the status of the Assessment phase" });
    expect(
      within(dialog)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["TEAM_CONFIRMED", "DRAFT_REPORT", "PARLIAMENT_REVIEW", "CANCELLED"]);
  });
});

describe("PhaseCard for everyone else", () => {
  it("shows the team with no management controls and no footer actions", () => {
    renderCard("FIELDWORK", false);
    expect(within(card()).getByText("Expert x-esi")).toBeInTheDocument();
    expect(within(card()).queryAllByRole("button")).toEqual([]);
  });

  it("shows the actions a page composes in, e.g. logging a finding", () => {
    renderWithApp(
      <PhaseCard
        phase={phase({ id: "ph-1", status: "FIELDWORK" })}
        canManageTeam={false}
        actions={<button>Log finding</button>}
      />,
    );
    expect(within(card()).getByRole("button", { name: "Log finding" })).toBeInTheDocument();
    expect(assignButton()).not.toBeInTheDocument();
  });
});
