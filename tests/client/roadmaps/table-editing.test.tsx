// The table's inline editing: a cell opens on Enter or a double click, validates with the
// field's shared schema, saves through useSaveItem (Enter stays, Tab moves on), Escape
// gives up; in progress mode only the progress cells open, in read mode none.
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ItemPatch, RoadmapItem } from "../../../client/src/features/roadmaps/api/types.ts";
import { RoadmapTable } from "../../../client/src/features/roadmaps/components/table/roadmap-table.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { roadmapOf, threeItems } from "./roadmap-fixtures.ts";

const save = vi.fn<(item: RoadmapItem, patch: ItemPatch) => Promise<boolean>>();

vi.mock("../../../client/src/features/roadmaps/api/use-save-item.ts", () => ({
  useSaveItem: () => ({ save, savingIds: new Set<string>() }),
}));

beforeEach(() => {
  save.mockReset();
  save.mockResolvedValue(true);
});

function renderTable(mode: "edit" | "progress" | "read" = "edit") {
  const roadmap = roadmapOf(threeItems());
  const onOpenItem = vi.fn();
  const rendered = renderWithApp(
    <RoadmapTable roadmap={roadmap} mode={mode} groupBy="none" onOpenItem={onOpenItem} />,
    { me: mode === "progress" ? staff : coordinator },
  );
  return { ...rendered, roadmap, onOpenItem };
}

/** The cell of a row (found by the item's title) under a column header. */
function cell(title: string, column: string): HTMLElement {
  const grid = screen.getByRole("grid");
  const headers = within(grid).getAllByRole("columnheader");
  const index = headers.findIndex((h) => h.textContent?.replace(/[▲▼]/g, "").trim() === column);
  if (index < 0) throw new Error(`No column ${column}`);
  const row = within(grid)
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("rowheader")?.textContent?.includes(title));
  if (!row) throw new Error(`No row ${title}`);
  return row.children[index] as HTMLElement;
}

describe("RoadmapTable: editing a cell", () => {
  it("saves a new title typed after Enter, with the trimmed value, and keeps the focus on the cell", async () => {
    const { user } = renderTable();
    const title = cell("Redesign the website", "Item");
    await user.click(title);
    await user.keyboard("{Enter}");
    const input = screen.getByRole("textbox", { name: "Item of “Redesign the website”" });
    await user.clear(input);
    await user.type(input, "  Rebuild the website  {Enter}");
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].id).toBe("i-web");
    expect(save.mock.calls[0]![1]).toEqual({ title: "Rebuild the website" });
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(title).toHaveFocus();
  });

  it("saves a date as a calendar date at UTC midnight, opened by a double click", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Upgrade the network", "End"));
    const input = screen.getByLabelText("End of “Upgrade the network”");
    await user.clear(input);
    await user.type(input, "2028-09-30{Enter}");
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: "i-net" }), { endDate: day("2028-09-30") });
  });

  it("parses a cost typed with spaces and saves it with a new currency, upper-cased", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Library management system", "Cost"));
    const amount = screen.getByRole("textbox", { name: "Cost of “Library management system”" });
    await user.clear(amount);
    await user.type(amount, "45 000.5");
    const currency = screen.getByRole("textbox", { name: "Currency of “Library management system”" });
    await user.clear(currency);
    await user.type(currency, "usd{Enter}");
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: "i-lib" }), {
      costEstimate: "45000.5",
      currency: "USD",
    });
  });

  it("saves a choice from the select of an enum field, labelled as in the catalogue", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Redesign the website", "Priority"));
    const select = screen.getByRole("combobox", { name: "Priority of “Redesign the website”" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["High", "Medium", "Low"]);
    await user.selectOptions(select, "LOW");
    await user.keyboard("{Enter}");
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: "i-web" }), { priority: "LOW" });
  });

  it("saves nothing when the value did not change", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Upgrade the network", "Cost"));
    // "50000.5" is the stored "50000.50".
    const amount = screen.getByRole("textbox", { name: "Cost of “Upgrade the network”" });
    await user.clear(amount);
    await user.type(amount, "50000.5{Enter}");
    expect(save).not.toHaveBeenCalled();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
  });

  it("Tab saves and moves to the next editable cell, which opens with Enter", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Redesign the website", "Item"));
    await user.type(screen.getByRole("textbox"), "!");
    await user.tab();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: "i-web" }), { title: "Redesign the website!" });
    expect(cell("Redesign the website", "ICT area")).toHaveFocus();
  });

  it("typing on a text cell starts editing it with what was typed", async () => {
    const { user } = renderTable();
    await user.click(cell("Upgrade the network", "Funding source"));
    await user.keyboard("IDA{Enter}");
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: "i-net" }), { fundingSource: "IDA" });
  });
});

describe("RoadmapTable: refusing an invalid value", () => {
  it("shows the schema's message next to the cell and saves nothing", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Redesign the website", "Item"));
    const input = screen.getByRole("textbox", { name: "Item of “Redesign the website”" });
    await user.clear(input);
    await user.keyboard("{Enter}");
    expect(save).not.toHaveBeenCalled();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("Required");
  });

  it("refuses a cost that is not an amount, with the cost's message", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Library management system", "Cost"));
    const amount = screen.getByRole("textbox", { name: "Cost of “Library management system”" });
    await user.clear(amount);
    await user.type(amount, "about 30k{Enter}");
    expect(save).not.toHaveBeenCalled();
    expect(amount).toHaveAccessibleDescription("An amount such as 125000 or 125000.50");
  });

  it("refuses an end before the item's start", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Library management system", "End"));
    const input = screen.getByLabelText("End of “Library management system”");
    await user.clear(input);
    await user.type(input, "2027-06-30{Enter}");
    expect(save).not.toHaveBeenCalled();
    expect(input).toHaveAccessibleDescription("The end cannot be before the start");
  });

  it("refuses a cost without a currency", async () => {
    const { user } = renderTable();
    await user.dblClick(cell("Library management system", "Cost"));
    const currency = screen.getByRole("textbox", { name: "Currency of “Library management system”" });
    await user.clear(currency);
    await user.keyboard("{Enter}");
    expect(save).not.toHaveBeenCalled();
    expect(currency).toHaveAccessibleDescription("Give the currency of the cost");
  });
});

describe("RoadmapTable: Escape", () => {
  it("gives up the edit: nothing saved, the old value back, the focus on the cell", async () => {
    const { user } = renderTable();
    const title = cell("Upgrade the network", "Item");
    await user.click(title);
    await user.keyboard("{Enter}");
    await user.type(screen.getByRole("textbox"), " and the servers");
    await user.keyboard("{Escape}");
    expect(save).not.toHaveBeenCalled();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(title).toHaveTextContent("Upgrade the network");
    expect(title).toHaveFocus();
  });
});

describe("RoadmapTable: what each mode may edit", () => {
  it("in progress mode opens only the progress cells", async () => {
    const { user } = renderTable("progress");
    for (const column of ["Item", "ICT area", "Start", "Cost", "Funding source"]) {
      await user.dblClick(cell("Redesign the website", column));
      expect(screen.queryByRole("textbox"), column).not.toBeInTheDocument();
      expect(screen.queryByRole("combobox"), column).not.toBeInTheDocument();
      expect(cell("Redesign the website", column)).toHaveAttribute("aria-readonly", "true");
    }
    const progress = cell("Redesign the website", "Progress");
    await user.click(progress);
    await user.keyboard("{Enter}");
    await user.selectOptions(screen.getByRole("combobox", { name: "Progress of “Redesign the website”" }), "DONE");
    await user.keyboard("{Enter}");
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: "i-web" }), { progress: "DONE" });

    await user.dblClick(cell("Redesign the website", "Progress note"));
    await user.type(screen.getByRole("textbox", { name: "Progress note of “Redesign the website”" }), "Live{Enter}");
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ id: "i-web" }), { progressNote: "Live" });
  });

  it("in read mode opens nothing, and Enter on a title opens the item", async () => {
    const { user, onOpenItem } = renderTable("read");
    await user.dblClick(cell("Redesign the website", "Progress"));
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    const title = cell("Redesign the website", "Item");
    await user.click(title);
    await user.keyboard("{Enter}");
    expect(onOpenItem).toHaveBeenCalledWith("i-web");
    expect(save).not.toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: /^Move/ })).not.toBeInTheDocument();
  });

  it("closes an open editor when the mode stops allowing it (the roadmap went to review meanwhile)", async () => {
    const { user, roadmap, onOpenItem, rerender } = renderTable("edit");
    await user.dblClick(cell("Redesign the website", "Item"));
    expect(screen.getByRole("textbox")).toBeInTheDocument();
    rerender(<RoadmapTable roadmap={roadmap} mode="progress" groupBy="none" onOpenItem={onOpenItem} />);
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it("opens the item from its number in every mode", async () => {
    const { user, onOpenItem } = renderTable("edit");
    await user.click(screen.getByRole("button", { name: "Open item 2: Upgrade the network" }));
    expect(onOpenItem).toHaveBeenCalledWith("i-net");
  });
});
