// The parliament home's roadmaps: its own parliament's (the list is asked for by
// parliament), the one awaiting review first and marked so, each leading to its review
// page; an empty state when there is none.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ParliamentPage } from "../../../client/src/app/routes/parliament.tsx";
import { ParliamentRoadmaps } from "../../../client/src/features/roadmaps/components/review/parliament-roadmaps.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { day, staff } from "../fixtures.ts";
import { inputsOf, listItem, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

// As the server orders them: most recently changed first; the one in review is not.
const roadmaps = [
  listItem({ id: "r-old", title: "ICT strategic plan 2020–2024", status: "ENDORSED", baselineRevision: 2 }),
  listItem({
    id: "r-new",
    title: "ICT strategic plan 2027–2030",
    status: "IN_REVIEW",
    latestRevision: { number: 2, kind: "SUBMISSION", createdAt: day("2027-02-10") },
  }),
  listItem({ id: "r-reworked", title: "Library modernisation", status: "CHANGES_REQUESTED" }),
];

describe("ParliamentRoadmaps", () => {
  it("lists the parliament's roadmaps, the one awaiting review first and marked so", async () => {
    const calls = serveTrpc({ "roadmaps.list": () => ({ items: roadmaps, nextCursor: null }) });
    renderWithApp(<ParliamentRoadmaps parliamentId="p-zambia" />, { me: staff });
    const list = await screen.findByRole("list", { name: "Your parliament's roadmaps" });
    const entries = within(list).getAllByRole("listitem");
    expect(entries.map((e) => within(e).getAllByRole("link")[0]!.textContent)).toEqual([
      "ICT strategic plan 2027–2030",
      "ICT strategic plan 2020–2024",
      "Library modernisation",
    ]);
    const [awaiting, endorsed] = entries as [HTMLElement, HTMLElement];
    expect(awaiting).toHaveTextContent("Awaiting your review");
    expect(awaiting).toHaveTextContent("In review");
    expect(awaiting).toHaveTextContent("Revision 2 submitted");
    expect(within(awaiting).getByRole("link", { name: "Review “ICT strategic plan 2027–2030”" })).toHaveAttribute(
      "href",
      "/parliament/roadmaps/r-new",
    );
    expect(endorsed).not.toHaveTextContent("Awaiting your review");
    expect(endorsed).toHaveTextContent("Endorsed");
    expect(within(endorsed).getByRole("link", { name: "ICT strategic plan 2020–2024" })).toHaveAttribute(
      "href",
      "/parliament/roadmaps/r-old",
    );
    expect(inputsOf(calls, "roadmaps.list")).toEqual([{ parliamentId: "p-zambia", limit: 100 }]);
  });

  it("says when there is nothing to review yet", async () => {
    serveTrpc({ "roadmaps.list": () => ({ items: [], nextCursor: null }) });
    renderWithApp(<ParliamentRoadmaps parliamentId="p-zambia" />, { me: staff });
    expect(await screen.findByText("No roadmaps to review yet")).toBeInTheDocument();
  });

  it("sits on the parliament home of its staff, asked for their parliament", async () => {
    const calls = serveTrpc({ "roadmaps.list": () => ({ items: roadmaps, nextCursor: null }) });
    renderWithApp(<ParliamentPage />, { me: staff, route: "/parliament" });
    const card = await screen.findByRole("region", { name: "Roadmaps" });
    expect(await within(card).findByText("Awaiting your review")).toBeInTheDocument();
    expect(inputsOf(calls, "roadmaps.list")).toEqual([{ parliamentId: staff.parliamentId, limit: 100 }]);
  });
});
