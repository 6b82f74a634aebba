// Submitting for review: a confirmation that names the revision and says the plan
// freezes while the parliament reviews it; nothing is sent before it is confirmed; an
// empty roadmap is told why it cannot go yet; a refusal is said in the dialog.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Roadmap } from "../../../client/src/features/roadmaps/api/types.ts";
import { SubmitRoadmapButton } from "../../../client/src/features/roadmaps/components/editor/submit-roadmap.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day } from "../fixtures.ts";
import { inputsOf, Refusal, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const draft = roadmap({ status: "DRAFT", version: 7 });

function renderSubmit(current: Roadmap, submit: () => unknown = () => ({})) {
  const calls = serveTrpc({
    "roadmaps.submitForReview": submit,
    "roadmaps.byId": () => current,
    "roadmaps.byMission": () => current,
    "roadmaps.coverage": () => null,
    "roadmaps.proposeItems": () => [],
  });
  return { ...renderWithApp(<SubmitRoadmapButton roadmap={current} />, { me: coordinator }), calls };
}

describe("SubmitRoadmapButton", () => {
  it("asks first, saying the plan freezes and which revision it becomes, and sends nothing on Cancel", async () => {
    const { user, calls } = renderSubmit(draft);
    await user.click(screen.getByRole("button", { name: "Submit for review" }));
    const dialog = screen.getByRole("dialog", { name: "Submit the roadmap for review?" });
    expect(dialog).toHaveTextContent("The plan as it is now becomes revision 3 and goes to the parliament.");
    expect(dialog).toHaveTextContent("While they review it the plan is frozen");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it("submits the version shown once confirmed", async () => {
    const { user, calls } = renderSubmit(draft, () => ({
      id: "r-1",
      status: "IN_REVIEW",
      version: 8,
      baselineRevision: null,
      latestRevision: { number: 3, kind: "SUBMISSION", createdAt: day("2027-03-01") },
    }));
    await user.click(screen.getByRole("button", { name: "Submit for review" }));
    const dialog = screen.getByRole("dialog", { name: "Submit the roadmap for review?" });
    await user.click(within(dialog).getByRole("button", { name: "Submit for review" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputsOf(calls, "roadmaps.submitForReview")).toEqual([{ id: "r-1", version: 7 }]);
  });

  it("says why an empty roadmap cannot be submitted, without a way to send it", async () => {
    const { user, calls } = renderSubmit({ ...draft, items: [] });
    await user.click(screen.getByRole("button", { name: "Submit for review" }));
    const dialog = screen.getByRole("dialog", { name: "Nothing to review yet" });
    expect(dialog).toHaveTextContent("Add at least one item before submitting the roadmap");
    expect(within(dialog).queryByRole("button", { name: "Submit for review" })).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it("offers a resubmission once changes were requested", () => {
    renderSubmit({ ...draft, status: "CHANGES_REQUESTED" });
    expect(screen.getByRole("button", { name: "Resubmit for review" })).toBeInTheDocument();
  });

  it("says a refusal in the dialog, which stays open", async () => {
    const { user } = renderSubmit(draft, () => {
      throw new Refusal(
        "CONFLICT",
        { code: "staleVersion", params: { entity: "roadmap" } },
        { reason: "STALE_VERSION", details: { current: null } },
      );
    });
    await user.click(screen.getByRole("button", { name: "Submit for review" }));
    const dialog = screen.getByRole("dialog", { name: "Submit the roadmap for review?" });
    await user.click(within(dialog).getByRole("button", { name: "Submit for review" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "This roadmap was changed by someone else since you opened it.",
    );
  });
});
