// The revision history: newest first, what each is and who made it, the parliament's
// decisions with their comments, the baseline marked; Compare between any two, by
// default the previous and the latest for the parliament, the latest and now for the team.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RevisionHistory } from "../../../client/src/features/roadmaps/components/review/revision-history.tsx";
import type { Revision } from "../../../client/src/features/roadmaps/api/roadmap-review.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { comparison, inputsOf, revisions, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

/** Revision 3 endorses revision 2 (the baseline); revision 1 had changes requested. */
function endorsedHistory(): Revision[] {
  const [second, first] = revisions() as [Revision, Revision];
  const sipho = { id: staff.id, name: staff.name };
  return [
    { number: 3, kind: "ENDORSEMENT", createdAt: day("2027-02-12"), createdBy: sipho, decisions: [] },
    {
      ...second,
      decisions: [
        {
          decision: "ENDORSE",
          comment: "Adopted by the ICT committee.",
          decidedBy: sipho,
          createdAt: day("2027-02-12"),
        },
      ],
    },
    first,
  ];
}

function renderHistory(me: Me, history: Revision[]) {
  const calls = serveTrpc({
    "roadmaps.revisions": () => history,
    "roadmaps.compare": () => comparison(),
  });
  const endorsed = roadmap({
    status: "ENDORSED",
    baselineRevision: 3,
    latestRevision: { number: 3, kind: "ENDORSEMENT", createdAt: day("2027-02-12") },
  });
  return { ...renderWithApp(<RevisionHistory roadmap={endorsed} />, { me }), calls };
}

describe("RevisionHistory", () => {
  it("lists the revisions newest first with their decisions, the baseline marked", async () => {
    renderHistory(staff, endorsedHistory());
    const list = await screen.findByRole("list", { name: "Revisions, newest first" });
    const entries = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list);
    expect(entries.map((e) => within(e).getByRole("heading").textContent)).toEqual([
      "Revision 3",
      "Revision 2",
      "Revision 1",
    ]);
    const [third, second, first] = entries as [HTMLElement, HTMLElement, HTMLElement];
    expect(third).toHaveTextContent("Baseline");
    expect(third).toHaveTextContent(`by ${staff.name}`);
    expect(second).not.toHaveTextContent("Baseline");
    expect(second).toHaveTextContent("Submitted");
    expect(second).toHaveTextContent(`Endorsedby ${staff.name}`);
    expect(second).toHaveTextContent("Adopted by the ICT committee.");
    expect(first).toHaveTextContent("Changes requested");
    expect(first).toHaveTextContent("Cost the website redesign.");
    // What changed in each: not in the endorsement (it repeats the submission), nor in the first.
    expect(within(third).queryByRole("button", { name: "What changed in this revision" })).toBeNull();
    expect(within(second).getByRole("button", { name: "What changed in this revision" })).toBeInTheDocument();
    expect(within(first).queryByRole("button", { name: "What changed in this revision" })).toBeNull();
  });

  it("compares what the parliament endorsed with the revision before the endorsed one, by default", async () => {
    renderHistory(staff, endorsedHistory());
    expect(await screen.findByRole("combobox", { name: "From" })).toHaveDisplayValue("Revision 1");
    expect(screen.getByRole("combobox", { name: "To" })).toHaveDisplayValue("Revision 3");
  });

  it("compares the previous revision with the latest by default, for the parliament", async () => {
    const { user, calls } = renderHistory(staff, revisions());
    expect(await screen.findByRole("combobox", { name: "From" })).toHaveDisplayValue("Revision 1");
    expect(screen.getByRole("combobox", { name: "To" })).toHaveDisplayValue("Revision 2");
    expect(within(screen.getByRole("combobox", { name: "To" })).queryByText("The plan as it is now")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Compare" }));
    const dialog = screen.getByRole("dialog", { name: "Revision 1 → Revision 2" });
    expect(await within(dialog).findByText("Buy new laptops")).toBeInTheDocument();
    expect(inputsOf(calls, "roadmaps.compare")).toEqual([{ id: "r-1", from: 1, to: 2 }]);
  });

  it("compares the latest revision with the plan as it is now by default, for the team", async () => {
    const { user, calls } = renderHistory(coordinator, revisions());
    expect(await screen.findByRole("combobox", { name: "From" })).toHaveDisplayValue("Revision 2");
    expect(screen.getByRole("combobox", { name: "To" })).toHaveDisplayValue("The plan as it is now");
    // Any two: the team picks revision 1 against now.
    await user.selectOptions(screen.getByRole("combobox", { name: "From" }), "Revision 1");
    await user.click(screen.getByRole("button", { name: "Compare" }));
    expect(screen.getByRole("dialog", { name: "Revision 1 → The plan as it is now" })).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(inputsOf(calls, "roadmaps.compare")).toEqual([{ id: "r-1", from: 1, to: "current" }]),
    );
  });

  it("refuses to compare a revision with itself", async () => {
    const { user } = renderHistory(staff, revisions());
    await user.selectOptions(await screen.findByRole("combobox", { name: "From" }), "Revision 2");
    expect(screen.getByRole("button", { name: "Compare" })).toBeDisabled();
    expect(screen.getByText("Choose two different revisions to compare.")).toBeInTheDocument();
  });
});
