// The table as a grid and a list: one tab stop moved by the arrow keys, Home/End and
// PageUp/PageDown; sorting by a header (aria-sort); groups with their per-currency
// subtotals; items moved with Alt+arrows and saved through roadmaps.reorderItems; the
// plan against the endorsed baseline; the totals; an empty roadmap (RoadmapPlan speaks for it).
import { screen, waitFor, within } from "@testing-library/react";
import superjson from "superjson";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ItemPatch, Roadmap, RoadmapItem } from "../../../client/src/features/roadmaps/api/types.ts";
import {
  RoadmapTable,
  type RoadmapTableProps,
} from "../../../client/src/features/roadmaps/components/table/roadmap-table.tsx";
import { RoadmapPlan } from "../../../client/src/features/roadmaps/components/page/roadmap-plan.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day } from "../fixtures.ts";
import { roadmapItem, roadmapOf, threeItems } from "./roadmap-fixtures.ts";

const save = vi.fn<(item: RoadmapItem, patch: ItemPatch) => Promise<boolean>>();

vi.mock("../../../client/src/features/roadmaps/api/use-save-item.ts", () => ({
  useSaveItem: () => ({ save, savingIds: new Set<string>() }),
}));

beforeEach(() => {
  save.mockReset();
  save.mockResolvedValue(true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderTable(roadmap: Roadmap, props: Partial<RoadmapTableProps> = {}) {
  const onOpenItem = vi.fn();
  const rendered = renderWithApp(
    <RoadmapTable roadmap={roadmap} mode="edit" groupBy="none" onOpenItem={onOpenItem} {...props} />,
    {
      me: coordinator,
      seed: (client) =>
        client.setQueryData(trpc.roadmaps.byMission.queryKey({ missionId: roadmap.missionId }), roadmap),
    },
  );
  return { ...rendered, onOpenItem };
}

const grid = () => screen.getByRole("grid");
/** The titles of the item rows, top to bottom. */
const titles = () =>
  within(grid())
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent?.replace(/New$/, ""));
/** What the table's own live region said last (dnd-kit has one of its own). */
const announced = () => document.querySelector("[data-announcer]")?.textContent;
/** Text as it reads, the locale's no-break spaces as plain ones. */
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, " ");
const columnHeader = (name: string) =>
  within(grid())
    .getAllByRole("columnheader")
    .find((h) => h.textContent?.replace(/[▲▼]/g, "").trim() === name)!;

describe("RoadmapTable: moving around the grid", () => {
  it("has one tab stop, which the arrow keys, Home, End, PageUp, PageDown and Ctrl+Home move", async () => {
    const { user } = renderTable(roadmapOf(threeItems()));
    const tabStops = () => grid().querySelectorAll('[tabindex="0"]');
    expect(tabStops()).toHaveLength(1);
    // The first item's title holds it to begin with.
    await user.tab();
    expect(document.activeElement).toHaveTextContent("Redesign the website");
    expect(document.activeElement).toHaveAttribute("role", "rowheader");

    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toHaveTextContent("Websites");
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toHaveTextContent("Infrastructure");
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(document.activeElement).toHaveAccessibleName("Open item 2: Upgrade the network");
    await user.keyboard("{End}");
    expect(document.activeElement?.closest("tr")).toHaveAttribute("aria-rowindex", "3");
    expect(document.activeElement).toHaveAttribute(
      "aria-colindex",
      String(columnHeader("Progress note").getAttribute("aria-colindex")),
    );
    await user.keyboard("{Home}");
    expect(document.activeElement).toHaveAccessibleName("Move “Upgrade the network”");
    await user.keyboard("{PageDown}");
    expect(document.activeElement).toHaveAccessibleName("Move “Library management system”");
    await user.keyboard("{PageUp}");
    // The header row is part of the grid: its cells sort.
    expect(document.activeElement?.closest("tr")).toHaveAttribute("aria-rowindex", "1");
    await user.keyboard("{Control>}{End}{/Control}");
    expect(document.activeElement).toHaveTextContent("—None");
    expect(document.activeElement?.closest("tr")).toHaveAttribute("aria-rowindex", "4");
    expect(tabStops()).toHaveLength(1);
  });

  it("tells screen readers the grid's size and each row's place", () => {
    renderTable(roadmapOf(threeItems()));
    expect(grid()).toHaveAttribute("aria-rowcount", "4");
    expect(grid()).toHaveAccessibleDescription(/Arrow keys.*Alt\+Up and Alt\+Down move an item/);
    expect(
      within(grid())
        .getAllByRole("row")
        .map((r) => r.getAttribute("aria-rowindex")),
    ).toEqual(["1", "2", "3", "4"]);
  });
});

describe("RoadmapTable: sorting", () => {
  it("sorts by a header, ascending then descending then back to the roadmap's order", async () => {
    const { user } = renderTable(roadmapOf(threeItems()));
    const end = columnHeader("End");
    expect(end).toHaveAttribute("aria-sort", "none");
    await user.click(within(end).getByRole("button"));
    expect(end).toHaveAttribute("aria-sort", "ascending");
    expect(titles()).toEqual(["Redesign the website", "Upgrade the network", "Library management system"]);
    expect(screen.getByText(/Sorted by End, ascending\./)).toBeInTheDocument();

    await user.click(within(end).getByRole("button"));
    expect(end).toHaveAttribute("aria-sort", "descending");
    expect(titles()).toEqual(["Library management system", "Upgrade the network", "Redesign the website"]);
    // Items cannot be moved while sorted: the handles are off.
    expect(screen.getByRole("button", { name: "Move “Redesign the website”" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Back to the roadmap's order" }));
    expect(end).toHaveAttribute("aria-sort", "none");
    expect(titles()).toEqual(["Redesign the website", "Upgrade the network", "Library management system"]);
  });

  it("sorts priorities by rank, not by name, and puts empty values last either way", async () => {
    const items = [...threeItems(), roadmapItem({ id: "i-none", title: "No dates yet", priority: "HIGH" })];
    const { user } = renderTable(roadmapOf(items));
    await user.click(within(columnHeader("Priority")).getByRole("button"));
    expect(titles()).toEqual([
      "Redesign the website",
      "No dates yet",
      "Library management system",
      "Upgrade the network",
    ]);
    const start = within(columnHeader("Start")).getByRole("button");
    await user.click(start);
    expect(titles().at(-1)).toBe("No dates yet");
    await user.click(start);
    expect(titles().at(-1)).toBe("No dates yet");
  });
});

describe("RoadmapTable: groups", () => {
  it("groups by ICT area in the taxonomy's order, each with its count and a subtotal per currency", () => {
    const items = [
      ...threeItems(),
      roadmapItem({ id: "i-web2", title: "Open data portal", area: "WEB", costEstimate: "500.25", currency: "USD" }),
    ];
    renderTable(roadmapOf(items), { groupBy: "area" });
    const groupRows = within(grid())
      .getAllByRole("row")
      .filter((r) => r.querySelector("td[colspan]"));
    expect(groupRows.map((r) => plain(r.textContent))).toEqual([
      "Infrastructure, services, applications and training1 itemSubtotal USD 50,000.50",
      "Parliamentary websites3 itemsSubtotal EUR 150,000.00 · USD 500.25",
    ]);
    expect(titles()).toEqual([
      "Upgrade the network",
      "Redesign the website",
      "Library management system",
      "Open data portal",
    ]);
  });

  it("groups by strategic objective alphabetically, the items without one last", () => {
    const items = [...threeItems(), roadmapItem({ id: "i-x", title: "Training plan", strategicObjective: null })];
    renderTable(roadmapOf(items), { groupBy: "objective" });
    const groupLabels = within(grid())
      .getAllByRole("row")
      .filter((r) => r.querySelector("td[colspan]"))
      .map((r) => r.querySelector("td span")?.textContent);
    expect(groupLabels).toEqual(["Open parliament", "Reliable infrastructure", "No strategic objective"]);
  });
});

describe("RoadmapTable: moving items with the keyboard", () => {
  it("Alt+Down moves the focused item below the next one and saves the whole order with the roadmap's version", async () => {
    const roadmap = roadmapOf(threeItems());
    const calls: unknown[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init: RequestInit) => {
        expect(url).toContain("roadmaps.reorderItems");
        const input = superjson.deserialize<{ itemIds: string[] }>(JSON.parse(String(init.body))["0"]);
        calls.push(input);
        const byId = new Map(roadmap.items.map((i) => [i.id, i]));
        const saved = { ...roadmap, version: roadmap.version + 1, items: input.itemIds.map((id) => byId.get(id)!) };
        return new Response(JSON.stringify([{ result: { data: superjson.serialize(saved) } }]), {
          headers: { "content-type": "application/json" },
        });
      }),
    );
    const { user } = renderTable(roadmap);
    await user.click(within(grid()).getAllByRole("rowheader")[0]!);
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ id: "r-1", version: 3, itemIds: ["i-net", "i-web", "i-lib"] });
    expect(announced()).toBe("“Redesign the website” moved to position 2 of 3.");
  });

  it("tells the person when the order changed meanwhile, and reloads the roadmap", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        const error = {
          message: "staleVersion",
          code: -32009,
          data: {
            code: "CONFLICT",
            httpStatus: 409,
            path: "roadmaps.reorderItems",
            problem: { reason: "STALE_VERSION", details: { entity: "roadmap", current: null } },
            message: { code: "staleVersion", params: { entity: "roadmap" } },
            fieldErrors: null,
            formErrors: null,
          },
        };
        return new Response(JSON.stringify([{ error: superjson.serialize(error) }]), {
          status: 409,
          headers: { "content-type": "application/json" },
        });
      }),
    );
    const roadmap = roadmapOf(threeItems());
    const { user, queryClient } = renderTable(roadmap);
    await user.click(within(grid()).getAllByRole("rowheader")[2]!);
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(await screen.findByRole("alert")).toHaveTextContent(/^Someone changed the roadmap's items meanwhile/);
    const key = trpc.roadmaps.byMission.queryKey({ missionId: roadmap.missionId });
    await waitFor(() => expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true));
  });

  it("says so at the top instead of moving, and refuses while sorted", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const { user } = renderTable(roadmapOf(threeItems()));
    await user.click(within(grid()).getAllByRole("rowheader")[0]!);
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(announced()).toBe("Already the first item here.");
    await user.click(within(columnHeader("Item")).getByRole("button"));
    await user.click(within(grid()).getAllByRole("rowheader")[0]!);
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(announced()).toMatch("go back to the roadmap's order");
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("RoadmapTable: plan against the baseline", () => {
  it("marks a slipped end, a moved start and a changed cost with what the baseline held, and new items", () => {
    const [web, net, lib] = threeItems();
    const items = [
      {
        ...web!,
        baseline: {
          startDate: day("2027-02-01"),
          endDate: day("2027-09-30"),
          costEstimate: "100000.00",
          currency: "EUR",
        },
      },
      {
        ...net!,
        baseline: {
          startDate: net!.startDate,
          endDate: net!.endDate,
          costEstimate: net!.costEstimate,
          currency: "USD",
        },
      },
      lib!,
    ];
    renderTable(roadmapOf(items, { baselineRevision: 2, status: "ENDORSED" }), { mode: "progress" });
    const rows = within(grid()).getAllByRole("row");
    const webRow = rows.find((r) => r.textContent?.includes("Redesign the website"))!;
    expect(
      within(webRow).getByTitle(/In the endorsed plan: Sep 30, 2027|In the endorsed plan: 30 Sept? 2027/),
    ).toBeInTheDocument();
    expect(webRow).toHaveTextContent(/was .*2027.*was .*2027.*was EUR\s100,000\.00/);
    const netRow = rows.find((r) => r.textContent?.includes("Upgrade the network"))!;
    expect(netRow.textContent).not.toMatch(/was/);
    const libRow = rows.find((r) => r.textContent?.includes("Library management system"))!;
    expect(within(libRow).getByTitle("Not in the endorsed plan: added since")).toHaveTextContent("New");
  });
});

describe("RoadmapTable: totals and empty state", () => {
  it("shows cost per year and per funding source, per currency, below the table", () => {
    renderTable(roadmapOf(threeItems()));
    const perYear = screen.getByRole("table", { name: "Cost per year" });
    const rows = within(perYear)
      .getAllByRole("row")
      .map((r) => Array.from(r.children).map((c) => plain(c.textContent)));
    expect(rows[0]).toEqual(["Year", "EUR", "USD"]);
    expect(rows.at(-1)).toEqual(["Total", "EUR 150,000.00", "USD 50,000.50"]);
    const perSource = screen.getByRole("table", { name: "Cost per funding source" });
    expect(
      within(perSource)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["European Union", "World Bank", "Not set", "Total"]);
  });

  it("explains an empty roadmap and offers to add an item and to start from the findings", async () => {
    const onAddItem = vi.fn();
    const onStartFromFindings = vi.fn();
    const { user } = renderWithApp(
      <RoadmapPlan
        roadmap={roadmapOf([])}
        view="table"
        mode="edit"
        groupBy="none"
        onOpenItem={vi.fn()}
        onAddItem={onAddItem}
        onStartFromFindings={onStartFromFindings}
      />,
      { me: coordinator },
    );
    expect(screen.getByText("No items yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add item" }));
    await user.click(screen.getByRole("button", { name: "Start from the findings" }));
    expect(onAddItem).toHaveBeenCalled();
    expect(onStartFromFindings).toHaveBeenCalled();
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
  });
});
