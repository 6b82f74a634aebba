// What the timeline draws: with 5,000 items only a window of rows exists (and it follows
// the scrolling), rows come under their group's header, and an endorsed roadmap's items
// show their baseline as a ghost bar with a "slipped" marker when the end moved later.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { RoadmapItem } from "../../../client/src/features/roadmaps/api/types.ts";
import { RoadmapGantt } from "../../../client/src/features/roadmaps/components/gantt/roadmap-gantt.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day } from "../fixtures.ts";
import { withFakeBoxSizes } from "./gantt-test-sizes.ts";
import { roadmapItem, roadmapOf, threeItems } from "./roadmap-fixtures.ts";

vi.mock("../../../client/src/features/roadmaps/api/use-save-item.ts", () => ({
  useSaveItem: () => ({ save: vi.fn(), savingIds: new Set<string>() }),
}));

withFakeBoxSizes();

function manyItems(count: number): RoadmapItem[] {
  return Array.from({ length: count }, (_, i) =>
    roadmapItem({
      id: `i-${i}`,
      title: `Item ${i}`,
      startDate: day(`2027-${String((i % 12) + 1).padStart(2, "0")}-01`),
      endDate: day(`2028-${String((i % 12) + 1).padStart(2, "0")}-15`),
      dependsOn: i > 0 ? [`i-${i - 1}`] : [],
    }),
  );
}

const renderedRows = () => document.querySelectorAll("[data-gantt-row]");

describe("RoadmapGantt: 5,000 items", () => {
  it("renders only the rows in view and a few beyond, and moves the window with the scroll", () => {
    renderWithApp(
      <RoadmapGantt roadmap={roadmapOf(manyItems(5000))} mode="edit" groupBy="none" onOpenItem={() => {}} />,
      { me: coordinator },
    );
    // 640 px of box, 48 of header, 40 a row: 15 rows in view, 8 more below.
    expect(renderedRows().length).toBeGreaterThan(10);
    expect(renderedRows().length).toBeLessThan(40);
    expect(screen.getByRole("button", { name: /^Item 0,/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Item 2500,/ })).not.toBeInTheDocument();
    // Arrows only between rendered rows.
    expect(screen.getByTestId("gantt-arrows").querySelectorAll("[data-arrow]").length).toBe(renderedRows().length - 1);

    const box = screen.getByTestId("gantt-scroll");
    Object.defineProperty(box, "scrollTop", { configurable: true, value: 48 + 2500 * 40 });
    act(() => {
      fireEvent.scroll(box);
    });
    expect(screen.getByRole("button", { name: /^Item 2500,/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Item 0,/ })).not.toBeInTheDocument();
    expect(renderedRows().length).toBeLessThan(50);
  });
});

describe("RoadmapGantt: groups", () => {
  it("puts a header row over each group, items without a value last under None", () => {
    const [web, net, lib] = threeItems();
    const roadmap = roadmapOf([web!, { ...net!, responsibleUnit: null }, { ...lib!, responsibleUnit: "ICT unit" }]);
    renderWithApp(<RoadmapGantt roadmap={roadmap} mode="read" groupBy="unit" onOpenItem={() => {}} />, {
      me: coordinator,
    });
    const texts = Array.from(document.querySelectorAll("[data-gantt-row], .bg-zinc-100 > .sticky")).map((el) =>
      el.hasAttribute("data-gantt-row") ? el.getAttribute("data-gantt-row") : el.textContent,
    );
    expect(texts).toEqual(["ICT unit1 item", "i-lib", "None2 items", "i-web", "i-net"]);
  });
});

describe("RoadmapGantt: the endorsed baseline", () => {
  function renderEndorsed() {
    const [web, net, lib] = threeItems();
    const roadmap = roadmapOf(
      [
        // Ends two months later than endorsed.
        {
          ...web!,
          baseline: { startDate: day("2027-03-01"), endDate: day("2027-10-31"), costEstimate: null, currency: null },
        },
        // As endorsed.
        { ...net!, baseline: { startDate: net!.startDate, endDate: net!.endDate, costEstimate: null, currency: null } },
        // New since the endorsement.
        lib!,
      ],
      { status: "ENDORSED", baselineRevision: 2 },
    );
    return renderWithApp(<RoadmapGantt roadmap={roadmap} mode="progress" groupBy="none" onOpenItem={() => {}} />, {
      me: coordinator,
    });
  }

  const row = (id: string) => document.querySelector<HTMLElement>(`[data-gantt-row="${id}"]`)!;

  it("draws a ghost bar behind items that were in the baseline, none for a new item", () => {
    renderEndorsed();
    expect(within(row("i-web")).getByTestId("baseline-ghost")).toBeInTheDocument();
    expect(within(row("i-net")).getByTestId("baseline-ghost")).toBeInTheDocument();
    expect(within(row("i-lib")).queryByTestId("baseline-ghost")).not.toBeInTheDocument();
    expect(screen.getByText("Endorsed baseline")).toBeInTheDocument();
  });

  it("marks an item whose end slipped, in words, and says so to screen readers", () => {
    renderEndorsed();
    expect(within(row("i-web")).getByTestId("slipped-marker")).toHaveTextContent("Slipped by 61 days");
    expect(within(row("i-net")).queryByTestId("slipped-marker")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Redesign the website,/ })).toHaveAccessibleName(
      /Endorsed: Mar 1\s*–\s*Oct 31, 2027\. Slipped by 61 days/,
    );
  });
});
