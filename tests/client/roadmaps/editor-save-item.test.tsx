// Saving an item (useSaveItem, what the table, the Gantt and the item dialog call): the
// change shows at once; a stale version opens the conflict view with, per changed field,
// your change next to what is saved now; "Re-apply my change" sends it again on the
// version saved now, "Keep theirs" sends nothing. Nothing is overwritten silently.
import { useQuery } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Roadmap, RoadmapItem, ItemPatch } from "../../../client/src/features/roadmaps/api/types.ts";
import { useSaveItem } from "../../../client/src/features/roadmaps/api/use-save-item.ts";
import { ConflictViewProvider } from "../../../client/src/features/roadmaps/components/editor/conflict-view.tsx";
import { ItemDialog } from "../../../client/src/features/roadmaps/components/editor/item-dialog.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { roadmapItem } from "./roadmap-fixtures.ts";
import { inputsOf, Refusal, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const web = roadmapItem({
  id: "i-web",
  title: "Redesign the website",
  version: 2,
  costEstimate: "100000.00",
  currency: "USD",
});
const draft = roadmap({ status: "DRAFT", viewer: { onMission: true, leadsAPhase: false }, items: [web] });
const roadmapKey = trpc.roadmaps.byMission.queryKey({ missionId: draft.missionId });

/** What someone else saved meanwhile: a new title and end date, version 3. */
const theirs: RoadmapItem = { ...web, title: "Rebuild the website", endDate: day("2027-12-31"), version: 3 };

const stale = () =>
  new Refusal(
    "CONFLICT",
    { code: "staleVersion", params: { entity: "roadmapItem" } },
    { reason: "STALE_VERSION", details: { current: theirs } },
  );

/** Saves `patch` over the cached item with a button, as a view would. */
function SaveButton({ patch }: { patch: ItemPatch }) {
  const current = useQuery(trpc.roadmaps.byMission.queryOptions({ missionId: draft.missionId })).data as Roadmap;
  const { save, savingIds } = useSaveItem(current);
  const shown = current.items[0]!;
  return (
    <>
      <p data-testid="shown">
        {shown.title} · v{shown.version}
      </p>
      <p data-testid="saving">{savingIds.has(shown.id) ? "saving" : "idle"}</p>
      <button type="button" onClick={() => void save(web, patch)}>
        Save
      </button>
    </>
  );
}

function renderSave(patch: ItemPatch, updateItem: (input: unknown) => unknown, me = coordinator, start = draft) {
  const calls = serveTrpc({ "roadmaps.updateItem": updateItem, "roadmaps.updateProgress": updateItem });
  const rendered = renderWithApp(
    <ConflictViewProvider>
      <SaveButton patch={patch} />
    </ConflictViewProvider>,
    { me, seed: (qc) => qc.setQueryData(roadmapKey, start) },
  );
  return { ...rendered, calls };
}

describe("useSaveItem: a conflict", () => {
  it("shows, per field changed, your change next to theirs, and re-applies yours on their version", async () => {
    let attempts = 0;
    const { user, calls, queryClient } = renderSave(
      { title: "Modernise the website", costEstimate: "150000" },
      (input) => {
        attempts += 1;
        if (attempts === 1) throw stale();
        const { id: _id, version: _version, ...changes } = input as { id: string; version: number };
        return { item: { ...theirs, ...changes, version: 4 }, roadmap: { ...draft, items: undefined } };
      },
    );
    await user.click(screen.getByRole("button", { name: "Save" }));

    const dialog = await screen.findByRole("dialog", { name: "Someone else saved this first" });
    expect(dialog).toHaveTextContent("“Rebuild the website” was changed by someone else while you were editing it.");
    expect(dialog).toHaveTextContent("Nothing was overwritten.");
    const rows = within(dialog)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    // The title: both changed it. The cost: they left it, yours stands out.
    expect(rows).toEqual([
      ["Title", "Modernise the website", "Rebuild the website"],
      ["Cost estimate", "150,000.00", "100,000.00"],
    ]);
    // Their version is what the page shows meanwhile.
    expect(screen.getByTestId("shown")).toHaveTextContent("Rebuild the website · v3");

    await user.click(within(dialog).getByRole("button", { name: "Re-apply my change" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputsOf(calls, "roadmaps.updateItem")).toEqual([
      { id: "i-web", version: 2, title: "Modernise the website", costEstimate: "150000" },
      // Sent again on the version saved now, with only your fields.
      { id: "i-web", version: 3, title: "Modernise the website", costEstimate: "150000" },
    ]);
    await waitFor(() => expect(screen.getByTestId("shown")).toHaveTextContent("Modernise the website · v4"));
    const cached = queryClient.getQueryData(roadmapKey) as Roadmap;
    // Their end date is kept: only the fields you changed were re-applied.
    expect(cached.items[0]).toMatchObject({ title: "Modernise the website", endDate: day("2027-12-31"), version: 4 });
  });

  it("keeps theirs without sending anything more", async () => {
    const { user, calls } = renderSave({ title: "Modernise the website" }, () => {
      throw stale();
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog", { name: "Someone else saved this first" });
    await user.click(within(dialog).getByRole("button", { name: "Keep theirs" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(inputsOf(calls, "roadmaps.updateItem")).toHaveLength(1);
    expect(screen.getByTestId("shown")).toHaveTextContent("Rebuild the website · v3");
  });
});

describe("useSaveItem: saving", () => {
  it("shows the change at once, then the saved item with its new version", async () => {
    const { user } = renderSave({ title: "Modernise the website" }, () => ({
      item: { ...web, title: "Modernise the website", version: 3 },
      roadmap: { ...draft, items: undefined },
    }));
    // The server's answer waits until the test lets it through.
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    const serve = globalThis.fetch;
    vi.stubGlobal("fetch", async (...args: Parameters<typeof fetch>) => {
      await answered;
      return serve(...args);
    });

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getByTestId("shown")).toHaveTextContent("Modernise the website · v2"));
    expect(screen.getByTestId("saving")).toHaveTextContent("saving");
    release();
    await waitFor(() => expect(screen.getByTestId("shown")).toHaveTextContent("Modernise the website · v3"));
    expect(screen.getByTestId("saving")).toHaveTextContent("idle");
  });

  it("puts the item back when the save is refused for another reason", async () => {
    const { user } = renderSave({ title: "Modernise the website" }, () => {
      throw new Refusal("FORBIDDEN", { code: "forbidden" });
    });
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getByTestId("saving")).toHaveTextContent("idle"));
    expect(screen.getByTestId("shown")).toHaveTextContent("Redesign the website · v2");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("sends progress alone through updateProgress, which staff may use once endorsed", async () => {
    const endorsed = {
      ...draft,
      status: "ENDORSED" as const,
      baselineRevision: 1,
      viewer: { onMission: false, leadsAPhase: false },
    };
    const { user, calls } = renderSave(
      { progress: "IN_PROGRESS" },
      () => ({
        id: "i-web",
        roadmapId: "r-1",
        progress: "IN_PROGRESS",
        progressNote: null,
        version: 3,
        updatedAt: day("2027-05-01"),
      }),
      staff,
      endorsed,
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(screen.getByTestId("shown")).toHaveTextContent("v3"));
    expect(inputsOf(calls, "roadmaps.updateProgress")).toEqual([
      { itemId: "i-web", version: 2, progress: "IN_PROGRESS" },
    ]);
    expect(inputsOf(calls, "roadmaps.updateItem")).toEqual([]);
  });
});

describe("ItemDialog: a conflict", () => {
  it("sends only the fields changed, on the version opened, and hands a conflict to the conflict view", async () => {
    const calls = serveTrpc({
      "roadmaps.updateItem": () => {
        throw stale();
      },
      "findings.list": () => ({ items: [], nextCursor: null }),
    });
    const onClose = vi.fn();
    const { user } = renderWithApp(
      <ConflictViewProvider>
        <ItemDialog open onClose={onClose} roadmap={draft} itemId="i-web" mode="edit" onLinkFindings={() => {}} />
      </ConflictViewProvider>,
      { me: coordinator, seed: (qc) => qc.setQueryData(roadmapKey, draft) },
    );
    const dialog = screen.getByRole("dialog", { name: "Edit the item" });
    const title = within(dialog).getByRole("textbox", { name: /^Title/ });
    await user.clear(title);
    await user.type(title, "Modernise the website");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(inputsOf(calls, "roadmaps.updateItem")).toEqual([
      { id: "i-web", version: 2, title: "Modernise the website" },
    ]);
    const conflict = await screen.findByRole("dialog", { name: "Someone else saved this first" });
    expect(within(conflict).getByRole("row", { name: /^Title/ })).toHaveTextContent(
      "TitleModernise the websiteRebuild the website",
    );
  });
});
