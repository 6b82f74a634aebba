// Changing dates on the timeline: keys nudge a bar and are saved once when they rest (or
// on Enter), a drag is saved on drop, a click saves nothing, Escape gives a drag up; in
// read mode nothing moves. useSaveItem is replaced by a spy: what is checked is what the
// Gantt asks it to save.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ItemPatch, RoadmapItem } from "../../../client/src/features/roadmaps/api/types.ts";
import { KEY_SAVE_DELAY_MS } from "../../../client/src/features/roadmaps/components/gantt/gantt-item-row.tsx";
import { RoadmapGantt } from "../../../client/src/features/roadmaps/components/gantt/roadmap-gantt.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day } from "../fixtures.ts";
import { roadmapOf, threeItems } from "./roadmap-fixtures.ts";
import { withFakeBoxSizes } from "./gantt-test-sizes.ts";

const save = vi.fn<(item: RoadmapItem, patch: ItemPatch) => Promise<boolean>>();

vi.mock("../../../client/src/features/roadmaps/api/use-save-item.ts", () => ({
  useSaveItem: () => ({ save, savingIds: new Set<string>() }),
}));

withFakeBoxSizes();

beforeEach(() => {
  save.mockReset();
  save.mockResolvedValue(true);
});
afterEach(() => vi.useRealTimers());

function renderGantt(mode: "edit" | "progress" | "read" = "edit") {
  const roadmap = roadmapOf(threeItems());
  const onOpenItem = vi.fn();
  const rendered = renderWithApp(
    <RoadmapGantt roadmap={roadmap} mode={mode} groupBy="none" onOpenItem={onOpenItem} />,
    {
      me: coordinator,
    },
  );
  return { ...rendered, roadmap, onOpenItem };
}

/** The bar of an item, found by the start of its accessible name (its title). */
const bar = (title: string) => screen.getByRole("button", { name: new RegExp(`^${title},`) });

describe("RoadmapGantt: keyboard", () => {
  it("saves a series of moves once, shifted by the days pressed, after the keys rest", () => {
    vi.useFakeTimers();
    renderGantt();
    const web = bar("Redesign the website"); // 1 March – 31 December 2027
    act(() => web.focus());
    fireEvent.keyDown(web, { key: "ArrowRight" });
    fireEvent.keyDown(web, { key: "ArrowRight" });
    fireEvent.keyDown(web, { key: "ArrowRight", shiftKey: true });
    fireEvent.keyDown(web, { key: "ArrowLeft" });
    expect(save).not.toHaveBeenCalled();
    expect(web).toHaveAccessibleName(/Mar 9, 2027/);
    act(() => vi.advanceTimersByTime(KEY_SAVE_DELAY_MS));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].id).toBe("i-web");
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-03-09"), endDate: day("2028-01-08") });
    // The new dates were announced for screen readers.
    expect(document.querySelector("[aria-live=polite]")).toHaveTextContent(/Redesign the website: Mar 9, 2027/);
  });

  it("moves only the end with Alt, and saves at once on Enter without opening the item", () => {
    const { onOpenItem } = renderGantt();
    const net = bar("Upgrade the network"); // 15 January 2027 – 30 June 2028
    act(() => net.focus());
    fireEvent.keyDown(net, { key: "ArrowRight", altKey: true, shiftKey: true });
    fireEvent.keyDown(net, { key: "ArrowLeft", altKey: true });
    fireEvent.keyDown(net, { key: "Enter" });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-01-15"), endDate: day("2028-07-06") });
    expect(onOpenItem).not.toHaveBeenCalled();
    fireEvent.keyDown(net, { key: "Enter" });
    expect(onOpenItem).toHaveBeenCalledWith("i-net");
  });

  it("gives up pending keys on Escape, and saves nothing", () => {
    vi.useFakeTimers();
    renderGantt();
    const web = bar("Redesign the website");
    act(() => web.focus());
    fireEvent.keyDown(web, { key: "ArrowRight" });
    fireEvent.keyDown(web, { key: "Escape" });
    act(() => vi.advanceTimersByTime(KEY_SAVE_DELAY_MS * 2));
    expect(save).not.toHaveBeenCalled();
    expect(web).toHaveAccessibleName(/Mar 1\s*–\s*Dec 31, 2027/);
  });

  it("saves pending keys when the focus moves on to the next item with ArrowDown", () => {
    renderGantt();
    const web = bar("Redesign the website");
    act(() => web.focus());
    fireEvent.keyDown(web, { key: "ArrowLeft" });
    fireEvent.keyDown(web, { key: "ArrowDown" });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-02-28"), endDate: day("2027-12-30") });
    expect(bar("Upgrade the network")).toHaveFocus();
    // One tab stop: the focused bar; the others are reached with the arrows.
    expect(bar("Upgrade the network")).toHaveAttribute("tabindex", "0");
    expect(bar("Redesign the website")).toHaveAttribute("tabindex", "-1");
  });

  it("moves nothing in read mode: arrows do not change dates, Enter opens the item", () => {
    const { onOpenItem } = renderGantt("read");
    const web = bar("Redesign the website");
    act(() => web.focus());
    fireEvent.keyDown(web, { key: "ArrowRight" });
    fireEvent.keyDown(web, { key: "Enter" });
    expect(save).not.toHaveBeenCalled();
    expect(onOpenItem).toHaveBeenCalledWith("i-web");
    expect(screen.queryByRole("button", { name: /^Dependencies of/ })).not.toBeInTheDocument();
  });
});

describe("RoadmapGantt: dragging", () => {
  // jsdom lays nothing out: the 1,024 px box fits 2027–2030 at the years zoom, stretched to
  // fill it (snapping to weeks).
  const pxPerDay = 1023 / 1461;
  it("saves a moved bar on drop, snapped to weeks, with a live tooltip while dragging", () => {
    renderGantt();
    const web = bar("Redesign the website");
    fireEvent.pointerDown(web, { button: 0, pointerId: 1, clientX: 100 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 100 + 15 * pxPerDay }); // 15 days → two weeks
    const tooltip = within(web.parentElement!).getByRole("status");
    expect(tooltip).toHaveTextContent(/Mar 15/);
    expect(save).not.toHaveBeenCalled();
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 100 + 15 * pxPerDay });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-03-15"), endDate: day("2028-01-14") });
  });

  it("resizes from the end handle, keeping the start", () => {
    renderGantt();
    const web = bar("Redesign the website");
    const endHandle = web.querySelector("[data-handle=end]")!;
    fireEvent.pointerDown(endHandle, { button: 0, pointerId: 1, clientX: 300 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 300 - 15 * pxPerDay }); // −15 days → two weeks
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 300 - 15 * pxPerDay });
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-03-01"), endDate: day("2027-12-17") });
  });

  it("cancels a drag on Escape: nothing saved on the drop, the bar back at its dates", () => {
    renderGantt();
    const web = bar("Redesign the website");
    fireEvent.pointerDown(web, { button: 0, pointerId: 1, clientX: 100 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 100 + 126 * pxPerDay }); // 18 weeks
    expect(web).toHaveAccessibleName(/^Redesign the website, Jul 5, 2027/);
    fireEvent.keyDown(window, { key: "Escape" });
    expect(within(web.parentElement!).queryByRole("status")).not.toBeInTheDocument();
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 160 });
    expect(save).not.toHaveBeenCalled();
    expect(web).toHaveAccessibleName(/Mar 1\s*–\s*Dec 31, 2027/);
  });

  it("saves nothing on a click without movement, and opens the item", () => {
    const { onOpenItem } = renderGantt();
    const web = bar("Redesign the website");
    fireEvent.pointerDown(web, { button: 0, pointerId: 1, clientX: 100 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 101 });
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 101 });
    expect(save).not.toHaveBeenCalled();
    expect(onOpenItem).toHaveBeenCalledWith("i-web");
  });

  it("does not drag in progress mode", () => {
    renderGantt("progress");
    const web = bar("Redesign the website");
    fireEvent.pointerDown(web, { button: 0, pointerId: 1, clientX: 100 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 200 });
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 200 });
    expect(save).not.toHaveBeenCalled();
  });
});

describe("RoadmapGantt: items without dates", () => {
  it("lists them as without dates and schedules one from its Schedule button", async () => {
    const roadmap = roadmapOf([
      ...threeItems(),
      ...[{ id: "i-new", title: "Train the staff" }].map((i) => ({
        ...threeItems()[0]!,
        ...i,
        startDate: null,
        endDate: null,
        baseline: null,
      })),
    ]);
    const { user } = renderWithApp(
      <RoadmapGantt roadmap={roadmap} mode="edit" groupBy="none" onOpenItem={() => {}} />,
      { me: coordinator },
    );
    expect(screen.getByRole("button", { name: /^Train the staff, no dates/ })).toHaveTextContent("No dates");
    await user.click(screen.getByRole("button", { name: "Schedule Train the staff" }));
    expect(save).toHaveBeenCalledTimes(1);
    const patch = save.mock.calls[0]![1];
    expect(patch.startDate!.getUTCDate()).toBe(1);
    expect(patch.endDate!.getTime()).toBeGreaterThan(patch.startDate!.getTime());
  });
});
