// The comparison of two revisions reads as the reviewer needs it: items added and
// removed, and per changed item each field's old and new value with enum values
// translated, dates formatted and the cost in its currency; the roadmap's own fields;
// "No differences" when there are none.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CompareView } from "../../../client/src/features/roadmaps/components/review/compare-view.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { staff } from "../fixtures.ts";
import { roadmapItem } from "./roadmap-fixtures.ts";
import { comparison, inputsOf, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

function renderCompare(diff = comparison()) {
  return renderWithApp(<CompareView roadmapId="r-1" from={1} to={2} />, {
    me: staff,
    seed: (queryClient) => {
      queryClient.setQueryData(trpc.roadmaps.compare.queryKey({ id: "r-1", from: 1, to: 2 }), diff);
      queryClient.setQueryData(trpc.roadmaps.byId.queryKey({ id: "r-1" }), roadmap());
    },
  });
}

/** The words of an element as read one after the other, the screen-reader-only ones included. */
function words(element: Element | null): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(element ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? "");
  return texts.join(" ").replace(/\s+/g, " ").trim();
}

/** The old and new value of a field: "was … → now …". */
function change(scope: HTMLElement, label: string): string {
  return words(within(scope).getByText(label, { selector: "dt" }).nextElementSibling);
}

/** Revision 1 → 2 changed only the website's cost, not its currency. */
function costChangeOnly() {
  return comparison({
    added: [],
    removed: [],
    roadmap: [],
    changed: [
      {
        id: "i-web",
        title: "Redesign the website",
        changes: [{ field: "costEstimate", from: "100000.00", to: "99500.50" }],
      },
    ],
  });
}

describe("CompareView", () => {
  it("lists the added and removed items and sums up the differences", () => {
    renderCompare();
    expect(screen.getByRole("status")).toHaveTextContent("1 item added, 1 removed, 1 changed.");
    const added = screen.getByRole("heading", { name: "Added item (1)" }).closest("section")!;
    expect(words(within(added).getByRole("listitem"))).toBe("+ Added: Upgrade the network");
    const removed = screen.getByRole("heading", { name: "Removed item (1)" }).closest("section")!;
    const gone = within(removed).getByRole("listitem");
    expect(words(gone)).toBe("− Removed: Buy new laptops");
    expect(gone.querySelector("del")).toHaveTextContent("Buy new laptops");
  });

  it("shows each changed field of an item, old then new, in words", () => {
    renderCompare();
    const changed = screen.getByRole("heading", { name: "Changed item (1)" }).closest("section")!;
    const web = within(changed).getByRole("heading", { name: "Redesign the website" }).closest("li")!;
    expect(change(web, "ICT area")).toBe(
      "was Infrastructure, services, applications and training → now Parliamentary websites",
    );
    expect(change(web, "End")).toBe("was Jun 30, 2027 → now Sep 30, 2027");
    // No cost before; the new one in the currency it was given in.
    expect(change(web, "Cost estimate")).toBe("was none → now USD 125,000.00");
    expect(change(web, "Currency")).toBe("was none → now USD");
    expect(change(web, "Progress")).toBe("was Not started → now In progress");
  });

  it("shows the roadmap's own changed fields, long texts one above the other", () => {
    renderCompare();
    const section = screen.getByRole("heading", { name: "The roadmap" }).closest("section")!;
    expect(change(section, "Vision")).toBe(
      "was A modern parliament. now A parliament whose work every citizen can follow.",
    );
  });

  it("reads a cost whose currency did not change in the item's currency", () => {
    renderCompare(costChangeOnly());
    // The seeded roadmap has no currency on the item: the amounts alone.
    expect(change(document.body, "Cost estimate")).toBe("was 100,000.00 → now 99,500.50");
  });

  it("reads that cost in the item's currency when given the roadmap as it is now", () => {
    const now = roadmap({
      items: [roadmapItem({ id: "i-web", title: "Redesign the website", currency: "EUR", costEstimate: "99500.50" })],
    });
    const onOpenItem = vi.fn();
    renderWithApp(<CompareView roadmapId="r-1" from={1} to={2} roadmap={now} onOpenItem={onOpenItem} />, {
      me: staff,
      seed: (queryClient) =>
        queryClient.setQueryData(trpc.roadmaps.compare.queryKey({ id: "r-1", from: 1, to: 2 }), costChangeOnly()),
    });
    expect(change(document.body, "Cost estimate")).toBe("was EUR 100,000.00 → now EUR 99,500.50");
    // The item is still in the plan: its title opens it.
    screen.getByRole("button", { name: "Redesign the website" }).click();
    expect(onOpenItem).toHaveBeenCalledWith("i-web");
  });

  it("says No differences when the revisions hold the same plan", () => {
    renderCompare(comparison({ roadmap: [], added: [], removed: [], changed: [] }));
    expect(screen.getByText("No differences")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: /item/ })).not.toBeInTheDocument();
  });

  it("asks the server for the pair it was given", async () => {
    const calls = serveTrpc({ "roadmaps.compare": () => comparison({ from: 2, to: "current" }) });
    renderWithApp(<CompareView roadmapId="r-1" from={2} to="current" />, { me: staff });
    expect(await screen.findByText("Upgrade the network")).toBeInTheDocument();
    expect(inputsOf(calls, "roadmaps.compare")).toEqual([{ id: "r-1", from: 2, to: "current" }]);
  });
});
