// "Start from the findings": a proposal per validated high or critical finding no item
// answers. Accept creates the item linked to its finding, Merge links the finding to an
// item already there (keeping the item's other findings), Discard hides it for the
// session; with nothing left to answer, the dialog says so.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RoadmapProposal } from "../../../client/src/features/roadmaps/api/roadmaps.ts";
import { ProposalsDialog } from "../../../client/src/features/roadmaps/components/editor/proposals-dialog.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator } from "../fixtures.ts";
import { roadmapItem } from "./roadmap-fixtures.ts";
import { inputsOf, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());
beforeEach(() => sessionStorage.clear());

const draft = roadmap({
  status: "DRAFT",
  viewer: { onMission: true, leadsAPhase: true },
  items: [
    roadmapItem({ id: "i-web", title: "Redesign the website", findingIds: ["f-wcag"] }),
    roadmapItem({ id: "i-net", title: "Upgrade the network", area: "INF" }),
  ],
});

function proposal(overrides: Partial<RoadmapProposal> & Pick<RoadmapProposal, "findingId" | "title">): RoadmapProposal {
  return {
    findingTitle: overrides.title,
    severity: "HIGH",
    area: "SEC",
    description: null,
    priority: "HIGH",
    term: "MEDIUM",
    findingIds: [overrides.findingId],
    ...overrides,
  };
}

const ups = proposal({
  findingId: "f-ups",
  title: "Server room exposed to load-shedding",
  severity: "CRITICAL",
  term: "SHORT",
  area: "INF",
  description: "Extend UPS autonomy to an hour.",
});
const backup = proposal({ findingId: "f-backup", title: "No off-site backup" });

function renderProposals(proposals: RoadmapProposal[]) {
  const calls = serveTrpc({
    "roadmaps.proposeItems": () => proposals,
    "roadmaps.createItem": (input: { title: string }) => ({
      item: roadmapItem({ id: "i-new", title: input.title }),
      roadmap: { ...draft, items: undefined },
    }),
    "roadmaps.linkFindings": (input: { itemId: string; findingIds: string[] }) => ({
      item: roadmapItem({ id: input.itemId, title: "Upgrade the network", findingIds: input.findingIds }),
      roadmap: { ...draft, items: undefined },
    }),
    "roadmaps.byId": () => draft,
    "roadmaps.byMission": () => draft,
    "roadmaps.coverage": () => null,
  });
  const rendered = renderWithApp(<ProposalsDialog open onClose={() => {}} roadmap={draft} />, { me: coordinator });
  return { ...rendered, calls };
}

describe("ProposalsDialog", () => {
  it("lists each proposal with its finding, severity and recommendation", async () => {
    renderProposals([ups, backup]);
    const list = await screen.findByRole("list", { name: "Start from the findings" });
    const cards = within(list).getAllByRole("listitem");
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent("Critical");
    expect(cards[0]).toHaveTextContent("Server room exposed to load-shedding");
    expect(cards[0]).toHaveTextContent("Extend UPS autonomy to an hour.");
    expect(cards[0]).toHaveTextContent("Short term");
    expect(cards[1]).toHaveTextContent("The finding has no recommendation: describe the item yourself.");
  });

  it("accepts a proposal as a new item linked to its finding", async () => {
    const { user, calls } = renderProposals([ups, backup]);
    await user.click(
      await screen.findByRole("button", { name: "Accept the proposal “Server room exposed to load-shedding”" }),
    );
    await waitFor(() =>
      expect(inputsOf(calls, "roadmaps.createItem")).toEqual([
        {
          roadmapId: "r-1",
          title: "Server room exposed to load-shedding",
          description: "Extend UPS autonomy to an hour.",
          area: "INF",
          priority: "HIGH",
          term: "SHORT",
          findingIds: ["f-ups"],
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByText("Extend UPS autonomy to an hour.")).not.toBeInTheDocument());
    expect(screen.getByText("No off-site backup", { selector: "h3" })).toBeInTheDocument();
  });

  it("merges a proposal into an item, adding the finding to the item's own", async () => {
    const { user, calls } = renderProposals([ups]);
    await user.click(await screen.findByRole("button", { name: "Merge the finding into an existing item" }));
    const picker = screen.getByRole("dialog", { name: "Merge into an item" });
    expect(picker).toHaveTextContent(
      "The finding “Server room exposed to load-shedding” will be linked to the item you choose.",
    );
    // Nothing chosen: nothing sent.
    await user.click(within(picker).getByRole("button", { name: "Link" }));
    expect(within(picker).getByText("Choose the item")).toBeInTheDocument();
    await user.selectOptions(within(picker).getByRole("combobox", { name: /^Item/ }), "Redesign the website");
    await user.click(within(picker).getByRole("button", { name: "Link" }));
    await waitFor(() =>
      expect(inputsOf(calls, "roadmaps.linkFindings")).toEqual([{ itemId: "i-web", findingIds: ["f-wcag", "f-ups"] }]),
    );
    expect(inputsOf(calls, "roadmaps.createItem")).toEqual([]);
  });

  it("discards a proposal for the session, and shows it again on request", async () => {
    const { user, calls } = renderProposals([ups, backup]);
    await user.click(await screen.findByRole("button", { name: "Discard the proposal “No off-site backup”" }));
    expect(screen.queryByText("No off-site backup", { selector: "h3" })).not.toBeInTheDocument();
    expect(JSON.parse(sessionStorage.getItem("hemicycle.roadmap.r-1.discardedProposals")!)).toEqual(["f-backup"]);
    await user.click(screen.getByRole("button", { name: "Show the 1 discarded proposal" }));
    expect(screen.getByText("No off-site backup", { selector: "h3" })).toBeInTheDocument();
    // Discarding stores nothing on the server.
    expect(calls.map((c) => c.path)).toEqual(["roadmaps.proposeItems"]);
  });

  it("says when every high and critical finding is answered", async () => {
    renderProposals([]);
    expect(await screen.findByText("Every high and critical finding is answered")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Accept/ })).not.toBeInTheDocument();
  });
});
