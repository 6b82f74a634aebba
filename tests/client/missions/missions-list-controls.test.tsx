// The missions list: a total, a late report flagged, the order and the dense view kept in
// the address, a programme filter, and cards beside the table for a phone (the table is
// hidden below the md breakpoint, the cards above it).
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Route, Routes, useLocation } from "react-router";
import { MissionsPage } from "../../../client/src/app/routes/missions.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import type { MissionListItem } from "../../../client/src/features/missions/api/missions.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day } from "../fixtures.ts";

const zambia: MissionListItem = {
  id: "m-1",
  code: "SADC-ZMB-2026",
  title: "ICT assessment of the National Assembly of Zambia",
  type: "ASSESSMENT_AND_PLAN",
  status: "IN_PROGRESS",
  version: 1,
  createdAt: day("2026-01-05"),
  parliament: { id: "p-1", name: "National Assembly of Zambia", countryCode: "ZM" },
  programme: { id: "pr-1", name: "SADC programme" },
  phaseCount: 2,
  startDate: day("2026-02-02"),
  endDate: day("2026-06-12"),
  reportDaysLate: 16,
};

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

function renderList(search = "", { total = 1, totalCapped = false } = {}) {
  return renderWithApp(
    <Routes>
      <Route
        path="/missions"
        element={
          <>
            <MissionsPage />
            <Address />
          </>
        }
      />
    </Routes>,
    {
      me: coordinator,
      route: `/missions${search}`,
      seed: (queryClient) => {
        queryClient.setQueryData(trpc.missions.list.infiniteQueryKey({ limit: 25 }), {
          pages: [{ items: [zambia], nextCursor: null, total, totalCapped }],
          pageParams: [null],
        });
        queryClient.setQueryData(trpc.parliaments.list.queryKey({ limit: 100 }), {
          items: [],
          nextCursor: null,
          total: 0,
        });
        queryClient.setQueryData(trpc.programmes.list.queryKey({ limit: 100 }), {
          items: [
            {
              id: "pr-1",
              name: "SADC programme",
              version: 1,
              startDate: day("2025-01-01"),
              endDate: day("2027-12-31"),
              description: null,
              funders: [],
            },
          ],
          nextCursor: null,
          total: 1,
        });
      },
    },
  );
}

describe("MissionsPage: controls", () => {
  it("says how many missions match and flags a late report, in the table and on the phone's cards", () => {
    renderList();
    expect(screen.getByText("1 mission")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Missions" });
    expect(within(table).getByText("Report 16 days late")).toBeInTheDocument();
    expect(table.parentElement?.className ?? table.className).toMatch(/md:block|hidden/);
    const cards = screen.getByRole("list", { name: "Missions" });
    expect(within(cards).getByText("Report 16 days late")).toBeInTheDocument();
    expect(cards.parentElement).toHaveClass("md:hidden");
  });

  it("says more than the cap match when the server stopped counting there, the number formatted", () => {
    renderList("", { total: 10_000, totalCapped: true });
    expect(screen.getByText("More than 10,000 missions match")).toBeInTheDocument();
    renderList("", { total: 12_345 });
    expect(screen.getByText("12,345 missions")).toBeInTheDocument();
  });

  it("keeps the order and the dense view in the address", async () => {
    const { user } = renderList();
    await user.selectOptions(screen.getByRole("combobox", { name: "Order" }), "Code, A to Z");
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("sort=code");
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("dir=asc");
    await user.click(screen.getByRole("checkbox", { name: "Dense view" }));
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("view=dense");
  });

  it("offers the programmes to filter by", async () => {
    const { user } = renderList();
    await user.selectOptions(screen.getByRole("combobox", { name: "Programme" }), "SADC programme");
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("programme=pr-1");
  });
});
