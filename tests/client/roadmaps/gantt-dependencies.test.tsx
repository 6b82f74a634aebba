// Dependencies on the timeline: arrows between the bars of visible rows, and the
// "Depends on…" picker that saves the whole set through roadmaps.setDependencies. The
// server is replaced at the fetch level, so the call goes through the real tRPC client
// and its answer through the real error reading: a loop is refused with the server's
// message (naming the loop), and nothing changes.
import { useQuery } from "@tanstack/react-query";
import { screen, within } from "@testing-library/react";
import superjson from "superjson";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Roadmap } from "../../../client/src/features/roadmaps/api/types.ts";
import { RoadmapGantt } from "../../../client/src/features/roadmaps/components/gantt/roadmap-gantt.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator } from "../fixtures.ts";
import { withFakeBoxSizes } from "./gantt-test-sizes.ts";
import { roadmapOf, threeItems } from "./roadmap-fixtures.ts";

vi.mock("../../../client/src/features/roadmaps/api/use-save-item.ts", () => ({
  useSaveItem: () => ({ save: vi.fn(), savingIds: new Set<string>() }),
}));

withFakeBoxSizes();
afterEach(() => vi.unstubAllGlobals());

/** The network upgrade waits for the website; the library system waits for the network. */
function chained(): Roadmap {
  const [web, net, lib] = threeItems();
  return roadmapOf([web!, { ...net!, dependsOn: ["i-web"] }, { ...lib!, dependsOn: ["i-net"] }]);
}

/** Answers every tRPC call with `body` (already in the batch link's array shape). */
function serverAnswers(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

/** The Gantt as the editor renders it: on the roadmap the cache holds, so saved changes show. */
function CachedGantt({ missionId }: { missionId: string }) {
  const { data } = useQuery(trpc.roadmaps.byMission.queryOptions({ missionId }));
  return data ? <RoadmapGantt roadmap={data} mode="edit" groupBy="none" onOpenItem={() => {}} /> : null;
}

function renderGantt(roadmap: Roadmap) {
  return renderWithApp(<CachedGantt missionId={roadmap.missionId} />, {
    me: coordinator,
    seed: (queryClient) => {
      queryClient.setQueryData(trpc.roadmaps.byId.queryKey({ id: roadmap.id }), roadmap);
      queryClient.setQueryData(trpc.roadmaps.byMission.queryKey({ missionId: roadmap.missionId }), roadmap);
    },
  });
}

describe("RoadmapGantt: dependencies", () => {
  it("draws an arrow from each prerequisite's end to its dependent's start", () => {
    renderGantt(chained());
    const arrows = screen.getByTestId("gantt-arrows");
    expect(arrows.querySelector('[data-arrow="i-web>i-net"]')).not.toBeNull();
    expect(arrows.querySelector('[data-arrow="i-net>i-lib"]')).not.toBeNull();
    expect(arrows.querySelectorAll("[data-arrow]")).toHaveLength(2);
  });

  it("refuses a loop with the server's message next to the picker, and changes nothing", async () => {
    const loop = {
      code: "dependencyCycle",
      params: { cycle: "Redesign the website → Upgrade the network → Redesign the website" },
    };
    const fetch = serverAnswers(400, [
      {
        error: superjson.serialize({
          message: "dependencyCycle",
          code: -32600,
          data: {
            code: "BAD_REQUEST",
            httpStatus: 400,
            path: "roadmaps.setDependencies",
            problem: { reason: "DEPENDENCY_CYCLE", details: { itemIds: ["i-web", "i-net", "i-web"] } },
            message: loop,
            fieldErrors: { dependsOn: [loop] },
            formErrors: [],
          },
        }),
      },
    ]);
    const { user, queryClient } = renderGantt(chained());
    await user.click(screen.getByRole("button", { name: "Dependencies of Redesign the website" }));
    const dialog = screen.getByRole("dialog", { name: "Redesign the website depends on…" });
    expect(within(dialog).getByText("Nothing yet.")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("searchbox", { name: "Add an item it depends on" }), "network");
    await user.click(within(dialog).getByRole("button", { name: "Add Upgrade the network" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent(
      "This would make a loop: Redesign the website → Upgrade the network → Redesign the website",
    );
    // The whole set was sent, and refused: the picker and the cache still say nothing.
    const [, init] = fetch.mock.calls[0]!;
    expect(JSON.parse(String(init?.body))).toEqual({ 0: { json: { itemId: "i-web", dependsOn: ["i-net"] } } });
    expect(within(dialog).getByText("Nothing yet.")).toBeInTheDocument();
    const cached = queryClient.getQueryData(trpc.roadmaps.byId.queryKey({ id: "r-1" }));
    expect(cached?.items.find((i) => i.id === "i-web")?.dependsOn).toEqual([]);
    // No toast: the refusal is shown where it was made.
    expect(screen.queryByText("The action failed")).not.toBeInTheDocument();
  });

  it("removes a dependency with the whole remaining set and updates the cached roadmap", async () => {
    const roadmap = chained();
    const fetch = serverAnswers(200, [
      { result: { data: superjson.serialize({ item: roadmap.items[1], roadmap: {} }) } },
    ]);
    const { user, queryClient } = renderGantt(roadmap);
    const net = screen.getByRole("button", { name: /^Upgrade the network,/ });
    net.focus();
    await user.keyboard("d");
    const dialog = screen.getByRole("dialog", { name: "Upgrade the network depends on…" });
    await user.click(within(dialog).getByRole("button", { name: "Remove Redesign the website" }));
    await within(dialog).findByText("Nothing yet.");
    const [, init] = fetch.mock.calls[0]!;
    expect(JSON.parse(String(init?.body))).toEqual({ 0: { json: { itemId: "i-net", dependsOn: [] } } });
    const cached = queryClient.getQueryData(trpc.roadmaps.byMission.queryKey({ missionId: "m-1" }));
    expect(cached?.items.find((i) => i.id === "i-net")?.dependsOn).toEqual([]);
  });
});
