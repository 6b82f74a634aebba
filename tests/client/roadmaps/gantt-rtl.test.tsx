// The timeline in a right-to-left language (Arabic): time flows from right to left, so
// every move follows what the reader sees. ArrowLeft moves an item later and ArrowRight
// earlier; dragging a bar toward the left moves it later, its end handle toward the left
// makes it longer; bars are placed from the start (right) side and the arrows' drawing is
// mirrored. The page's direction comes from i18next (i18n.dir()), which is stubbed here:
// the texts stay English so that the assertions read the same as gantt-editing's.
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ItemPatch, RoadmapItem } from "../../../client/src/features/roadmaps/api/types.ts";
import { KEY_SAVE_DELAY_MS } from "../../../client/src/features/roadmaps/components/gantt/gantt-item-row.tsx";
import { RoadmapGantt } from "../../../client/src/features/roadmaps/components/gantt/roadmap-gantt.tsx";
import i18n from "../../../client/src/lib/i18n.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day } from "../fixtures.ts";
import { withFakeBoxSizes } from "./gantt-test-sizes.ts";
import { roadmapOf, threeItems } from "./roadmap-fixtures.ts";

const save = vi.fn<(item: RoadmapItem, patch: ItemPatch) => Promise<boolean>>();

vi.mock("../../../client/src/features/roadmaps/api/use-save-item.ts", () => ({
  useSaveItem: () => ({ save, savingIds: new Set<string>() }),
}));

withFakeBoxSizes();

beforeEach(() => {
  save.mockReset();
  save.mockResolvedValue(true);
  vi.spyOn(i18n, "dir").mockReturnValue("rtl");
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderGantt() {
  const [web, net, lib] = threeItems();
  const roadmap = roadmapOf([web!, { ...net!, dependsOn: ["i-web"] }, lib!]);
  return renderWithApp(<RoadmapGantt roadmap={roadmap} mode="edit" groupBy="none" onOpenItem={() => {}} />, {
    me: coordinator,
  });
}

const bar = (title: string) => screen.getByRole("button", { name: new RegExp(`^${title},`) });
// The 1,024 px box fits 2027–2030 at the years zoom (as in gantt-editing.test.tsx).
const pxPerDay = 1023 / 1461;

describe("RoadmapGantt right to left: keyboard", () => {
  it("moves an item later with ArrowLeft and earlier with ArrowRight, announcing the dates", () => {
    vi.useFakeTimers();
    renderGantt();
    const web = bar("Redesign the website"); // 1 March – 31 December 2027
    act(() => web.focus());
    fireEvent.keyDown(web, { key: "ArrowLeft" });
    fireEvent.keyDown(web, { key: "ArrowLeft" });
    fireEvent.keyDown(web, { key: "ArrowLeft", shiftKey: true });
    fireEvent.keyDown(web, { key: "ArrowRight" });
    expect(web).toHaveAccessibleName(/Mar 9, 2027/);
    expect(document.querySelector("[aria-live=polite]")).toHaveTextContent(/Redesign the website: Mar 9, 2027/);
    act(() => vi.advanceTimersByTime(KEY_SAVE_DELAY_MS));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-03-09"), endDate: day("2028-01-08") });
  });

  it("moves only the end with Alt+ArrowLeft (later) and Alt+ArrowRight (earlier)", () => {
    renderGantt();
    const net = bar("Upgrade the network"); // 15 January 2027 – 30 June 2028
    act(() => net.focus());
    fireEvent.keyDown(net, { key: "ArrowLeft", altKey: true, shiftKey: true });
    fireEvent.keyDown(net, { key: "ArrowRight", altKey: true });
    fireEvent.keyDown(net, { key: "Enter" });
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-01-15"), endDate: day("2028-07-06") });
  });
});

describe("RoadmapGantt right to left: dragging", () => {
  it("moves a bar dragged toward the left later", () => {
    renderGantt();
    const web = bar("Redesign the website");
    fireEvent.pointerDown(web, { button: 0, pointerId: 1, clientX: 500 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 500 - 15 * pxPerDay }); // 15 days → two weeks
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 500 - 15 * pxPerDay });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-03-15"), endDate: day("2028-01-14") });
  });

  it("moves a bar dragged toward the right earlier", () => {
    renderGantt();
    const web = bar("Redesign the website");
    fireEvent.pointerDown(web, { button: 0, pointerId: 1, clientX: 500 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 500 + 15 * pxPerDay });
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 500 + 15 * pxPerDay });
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-02-15"), endDate: day("2027-12-17") });
  });

  it("lengthens an item when its end handle (on the left) is dragged toward the left", () => {
    renderGantt();
    const web = bar("Redesign the website");
    const endHandle = web.querySelector("[data-handle=end]")!;
    fireEvent.pointerDown(endHandle, { button: 0, pointerId: 1, clientX: 300 });
    fireEvent.pointerMove(web, { pointerId: 1, clientX: 300 - 15 * pxPerDay });
    fireEvent.pointerUp(web, { button: 0, pointerId: 1, clientX: 300 - 15 * pxPerDay });
    expect(save.mock.calls[0]![1]).toEqual({ startDate: day("2027-03-01"), endDate: day("2028-01-14") });
  });
});

describe("RoadmapGantt right to left: layout", () => {
  it("places bars from the start side and mirrors the arrows' drawing", () => {
    renderGantt();
    const web = bar("Redesign the website");
    // Logical placement: the page's direction puts the start on the right.
    expect(web.style.insetInlineStart).not.toBe("");
    expect(web.style.left).toBe("");
    expect(web.style.right).toBe("");
    const mirror = screen.getByTestId("gantt-arrows").querySelector("g[transform]");
    expect(mirror?.getAttribute("transform")).toMatch(/scale\(-1 1\)/);
  });
});
