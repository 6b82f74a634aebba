// The phase card's lifecycle parts: the workshop's workflow without report steps, the
// calendar warning that asks for the actual date, the late report said in words, and the
// phase edit dialog.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Phase } from "../../../client/src/features/missions/api/missions.ts";
import { PhaseCard } from "../../../client/src/features/missions/components/phase-card.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { phase } from "../fixtures.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
const fromToday = (days: number) => new Date(today.getTime() + days * DAY_MS);

function renderCard(overrides: Partial<Phase>, canManageTeam = true) {
  return renderWithApp(<PhaseCard phase={phase({ id: "ph-1", ...overrides })} canManageTeam={canManageTeam} />);
}

async function openStatusDialog(user: ReturnType<typeof renderCard>["user"], kind = "Assessment") {
  await user.click(screen.getByRole("button", { name: `Change the status of the ${kind} phase` }));
  return screen.getByRole("dialog", { name: `Change the status of the ${kind} phase` });
}

describe("the status dialog by kind", () => {
  it("takes a workshop in fieldwork straight to finalised, with no report steps", async () => {
    const { user } = renderCard({ kind: "WORKSHOP", status: "FIELDWORK" });
    const dialog = await openStatusDialog(user, "Workshop");
    expect(
      within(dialog)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["TEAM_CONFIRMED", "FINALISED", "CANCELLED"]);
  });

  it("warns when fieldwork starts before the phase's start date and asks for the actual start", async () => {
    const { user } = renderCard({ status: "TEAM_CONFIRMED", startDate: fromToday(5), endDate: fromToday(9) });
    const dialog = await openStatusDialog(user);
    expect(within(dialog).queryByLabelText(/Actual start/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("radio", { name: "Fieldwork" }));
    expect(within(dialog).getByText("The phase has not started yet")).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Actual start/)).toBeInTheDocument();
  });

  it("says nothing of the calendar when fieldwork starts on time", async () => {
    const { user } = renderCard({ status: "TEAM_CONFIRMED", startDate: fromToday(-1), endDate: fromToday(3) });
    const dialog = await openStatusDialog(user);
    await user.click(within(dialog).getByRole("radio", { name: "Fieldwork" }));
    expect(within(dialog).queryByText("The phase has not started yet")).not.toBeInTheDocument();
  });
});

describe("a late report", () => {
  it("is flagged in words on the card, for everyone", () => {
    renderCard({ status: "DRAFT_REPORT", reportDueDate: fromToday(-16), reportDaysLate: 16 }, false);
    expect(screen.getByText("Report 16 days late")).toBeInTheDocument();
  });

  it("is not flagged when on time", () => {
    renderCard({ status: "DRAFT_REPORT", reportDueDate: fromToday(3), reportDaysLate: 0 }, false);
    expect(screen.queryByText(/days? late/)).not.toBeInTheDocument();
  });
});

describe("the phase edit dialog", () => {
  it("opens on the phase's dates, place and actual dates", async () => {
    const { user } = renderCard({ location: "Lusaka" });
    await user.click(screen.getByRole("button", { name: "Edit the Assessment phase" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the Assessment phase" });
    expect(within(dialog).getByLabelText(/^Start/)).toHaveValue("2027-03-01");
    expect(within(dialog).getByLabelText(/^End/)).toHaveValue("2027-03-05");
    expect(within(dialog).getByLabelText(/^Location/)).toHaveValue("Lusaka");
    expect(within(dialog).getByLabelText(/^Actual start/)).toHaveValue("");
  });

  it("is not offered to those who do not manage missions", () => {
    renderCard({}, false);
    expect(screen.queryByRole("button", { name: "Edit the Assessment phase" })).not.toBeInTheDocument();
  });
});
