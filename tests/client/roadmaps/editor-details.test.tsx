// The roadmap's own fields (title, vision, horizon): only what changed is sent, on the
// version shown; a stale version opens the conflict view, whose "Re-apply my change"
// sends the same fields on the version saved now.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConflictViewProvider } from "../../../client/src/features/roadmaps/components/editor/conflict-view.tsx";
import { RoadmapDetailsDialog } from "../../../client/src/features/roadmaps/components/editor/roadmap-details-dialog.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator } from "../fixtures.ts";
import { inputsOf, Refusal, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const draft = roadmap({ status: "DRAFT", version: 4, viewer: { onMission: true, leadsAPhase: true } });

describe("RoadmapDetailsDialog", () => {
  it("sends what changed; on a conflict shows both titles and re-applies on the current version", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "roadmaps.update": () => {
        attempts += 1;
        if (attempts === 1) {
          throw new Refusal(
            "CONFLICT",
            { code: "staleVersion", params: { entity: "roadmap" } },
            {
              reason: "STALE_VERSION",
              details: { current: { ...draft, title: "Their title", version: 5, itemIds: ["i-web", "i-net"] } },
            },
          );
        }
        return { ...draft, title: "My title", version: 6 };
      },
      "roadmaps.byId": () => draft,
      "roadmaps.byMission": () => draft,
      "roadmaps.coverage": () => null,
      "roadmaps.proposeItems": () => [],
    });
    const onClose = vi.fn();
    const { user } = renderWithApp(
      <ConflictViewProvider>
        <RoadmapDetailsDialog open onClose={onClose} roadmap={draft} />
      </ConflictViewProvider>,
      { me: coordinator },
    );
    const dialog = screen.getByRole("dialog", { name: "The roadmap's details" });
    const title = within(dialog).getByRole("textbox", { name: /^Title/ });
    await user.clear(title);
    await user.type(title, "My title");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    const conflict = await screen.findByRole("dialog", { name: "Someone else saved this first" });
    expect(onClose).toHaveBeenCalled();
    expect(conflict).toHaveTextContent(
      "The roadmap's details were changed by someone else while you were editing them.",
    );
    expect(within(conflict).getByRole("row", { name: /^Title/ })).toHaveTextContent("TitleMy titleTheir title");
    await user.click(within(conflict).getByRole("button", { name: "Re-apply my change" }));
    await waitFor(() =>
      expect(inputsOf(calls, "roadmaps.update")).toEqual([
        { id: "r-1", version: 4, title: "My title" },
        { id: "r-1", version: 5, title: "My title" },
      ]),
    );
    await waitFor(() =>
      expect(screen.queryByRole("dialog", { name: "Someone else saved this first" })).not.toBeInTheDocument(),
    );
  });
});
