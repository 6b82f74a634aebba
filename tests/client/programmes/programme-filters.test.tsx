// The programmes list's filters write to the address (so a filtered list survives a
// reload), offer the funders in reach, and ignore a year or sort the list does not know.
import type { QueryClient } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { ProgrammeFilters } from "../../../client/src/features/programmes/components/programme-filters.tsx";
import { useProgrammeFilters } from "../../../client/src/features/programmes/hooks/use-programme-filters.ts";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";

function FiltersWithAddress() {
  const state = useProgrammeFilters();
  const location = useLocation();
  return (
    <>
      <ProgrammeFilters {...state} years={[2027, 2026, 2025]} />
      <output data-testid="search">{location.search}</output>
      <output data-testid="filters">{JSON.stringify(state.filters)}</output>
    </>
  );
}

const seedFunders = (funders: string[]) => ({
  seed: (queryClient: QueryClient) => queryClient.setQueryData(trpc.programmes.funders.queryKey(), funders),
});

describe("the programmes list's filters", () => {
  it("reads funder, year and sort from the address and writes the choices back", async () => {
    const { user } = renderWithApp(<FiltersWithAddress />, {
      route: "/programmes?funder=European%20Union&sort=name:asc",
      ...seedFunders(["European Union", "UNDP"]),
    });
    expect(JSON.parse(screen.getByTestId("filters").textContent!)).toMatchObject({
      funder: "European Union",
      sort: "name",
      order: "asc",
    });
    expect(screen.getByLabelText("Funder")).toHaveValue("European Union");
    await user.selectOptions(screen.getByLabelText("Funder"), "UNDP");
    await user.selectOptions(screen.getByLabelText("Running in"), "2026");
    await user.selectOptions(screen.getByLabelText("Sort by"), "start:desc");
    const params = new URLSearchParams(screen.getByTestId("search").textContent!);
    expect(Object.fromEntries(params)).toEqual({ funder: "UNDP", year: "2026" });
    expect(JSON.parse(screen.getByTestId("filters").textContent!)).toMatchObject({ activeIn: 2026, sort: "start" });
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(screen.getByTestId("search").textContent).toBe("");
  });

  it("ignores a year or sort the list does not know", () => {
    renderWithApp(<FiltersWithAddress />, { route: "/programmes?year=1700&sort=budget:up", ...seedFunders([]) });
    const filters = JSON.parse(screen.getByTestId("filters").textContent!);
    expect(filters.activeIn).toBeUndefined();
    expect(filters).toMatchObject({ sort: "start", order: "desc" });
  });
});
