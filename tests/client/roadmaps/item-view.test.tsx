// An item for whoever may not edit the plan (ItemViewDialog), on the review page and in
// the editor alike: its fields against the endorsed baseline, its findings, and, for those
// who keep progress up to date, the progress editor, which saves through
// roadmaps.updateProgress (only what changed, on the version opened) and closes; a reader
// gets no editor; an item removed meanwhile says so.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route, Routes } from "react-router";
import { RoadmapReviewPage } from "../../../client/src/app/routes/roadmap-review.tsx";
import type { Roadmap } from "../../../client/src/features/roadmaps/api/types.ts";
import { ConflictViewProvider } from "../../../client/src/features/roadmaps/components/editor/conflict-view.tsx";
import { ItemDialog } from "../../../client/src/features/roadmaps/components/editor/item-dialog.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { roadmapItem } from "./roadmap-fixtures.ts";
import { comparison, inputsOf, revisions, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

/** Endorsed as revision 2; since then the website's end moved later and its cost went up. */
function endorsed(): Roadmap {
  return roadmap({
    status: "ENDORSED",
    baselineRevision: 2,
    latestRevision: { number: 3, kind: "ENDORSEMENT", createdAt: day("2027-02-20") },
    lastSeenRevision: 3,
    items: [
      roadmapItem({
        id: "i-web",
        title: "Redesign the website",
        version: 4,
        endDate: day("2027-12-31"),
        costEstimate: "125000.00",
        currency: "USD",
        progressNote: "Tender published",
        baseline: {
          startDate: day("2027-03-01"),
          endDate: day("2027-09-30"),
          costEstimate: "100000.00",
          currency: "USD",
        },
      }),
    ],
  });
}

describe("ItemViewDialog on the review page", () => {
  it("shows the item against the baseline and saves its progress on the version opened", async () => {
    const current = endorsed();
    const calls = serveTrpc({
      "roadmaps.byId": () => current,
      "roadmaps.revisions": () => revisions(),
      "roadmaps.comments": () => [],
      "roadmaps.compare": () => comparison(),
      "findings.list": () => ({ items: [], nextCursor: null }),
      "roadmaps.updateProgress": () => ({
        id: "i-web",
        roadmapId: "r-1",
        progress: "IN_PROGRESS",
        progressNote: "Tender published",
        version: 5,
        updatedAt: day("2027-03-02"),
      }),
    });
    const { user } = renderWithApp(
      <Routes>
        <Route path="/parliament/roadmaps/:id" element={<RoadmapReviewPage />} />
      </Routes>,
      { me: staff, route: "/parliament/roadmaps/r-1?item=i-web" },
    );

    const dialog = await screen.findByRole("dialog", { name: "Redesign the website" });
    expect(dialog).toHaveTextContent("Later than the endorsed end date");
    expect(dialog).toHaveTextContent(/USD\s125,000\.00/);
    expect(dialog).toHaveTextContent(/Endorsed estimate: USD\s100,000\.00/);
    expect(dialog).toHaveTextContent("Comments on this item");

    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^Progress/ }), "IN_PROGRESS");
    await user.click(within(dialog).getByRole("button", { name: "Save progress" }));

    // The save goes through the real tRPC client, its cache updates and the dialog's close: slow on a busy machine.
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Redesign the website" })).toBeNull(), {
      timeout: 5000,
    });
    expect(inputsOf(calls, "roadmaps.updateProgress")).toEqual([
      { itemId: "i-web", version: 4, progress: "IN_PROGRESS" },
    ]);
    expect(inputsOf(calls, "roadmaps.updateItem")).toEqual([]);
  });
});

describe("ItemViewDialog from the editor's ItemDialog", () => {
  function renderItem(current: Roadmap, itemId: string, mode: "progress" | "read") {
    serveTrpc({ "findings.list": () => ({ items: [], nextCursor: null }) });
    return renderWithApp(
      <ConflictViewProvider>
        <ItemDialog open onClose={() => {}} roadmap={current} itemId={itemId} mode={mode} onLinkFindings={() => {}} />
      </ConflictViewProvider>,
      {
        me: coordinator,
        seed: (qc) => qc.setQueryData(trpc.roadmaps.byMission.queryKey({ missionId: current.missionId }), current),
      },
    );
  }

  it("lets a reader read, without a progress editor", () => {
    renderItem(endorsed(), "i-web", "read");
    const dialog = screen.getByRole("dialog", { name: "Redesign the website" });
    expect(dialog).toHaveTextContent("Tender published");
    expect(within(dialog).queryByRole("button", { name: "Save progress" })).toBeNull();
    expect(within(dialog).queryByRole("combobox")).toBeNull();
  });

  it("offers the progress editor in progress mode", () => {
    renderItem(endorsed(), "i-web", "progress");
    const dialog = screen.getByRole("dialog", { name: "Redesign the website" });
    expect(within(dialog).getByRole("combobox", { name: /^Progress/ })).toHaveDisplayValue("Not started");
  });

  it("says so when the item was removed meanwhile", () => {
    renderItem(endorsed(), "i-gone", "progress");
    expect(screen.getByRole("dialog", { name: "Roadmap item" })).toHaveTextContent(
      "This item was removed by someone else.",
    );
  });
});
