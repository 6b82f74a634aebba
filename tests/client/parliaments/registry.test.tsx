// The parliaments registry's client side: the filters write to the address (so a filtered
// list survives a reload), and the import's problems read as a table of line, column and
// message.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useLocation } from "react-router";
import { ParliamentFilters } from "../../../client/src/features/parliaments/components/registry/parliament-filters.tsx";
import { ImportOutcome } from "../../../client/src/features/parliaments/components/registry/import-parliaments-dialog.tsx";
import { useParliamentFilters } from "../../../client/src/features/parliaments/hooks/use-parliament-filters.ts";
import { renderWithApp } from "../../helpers/render.tsx";

function FiltersWithAddress() {
  const state = useParliamentFilters();
  const location = useLocation();
  return (
    <>
      <ParliamentFilters {...state} />
      <output data-testid="search">{location.search}</output>
      <output data-testid="filters">{JSON.stringify(state.filters)}</output>
    </>
  );
}

describe("the parliaments list's filters", () => {
  it("reads region, chambers and sort from the address and writes the choices back", async () => {
    const { user } = renderWithApp(<FiltersWithAddress />, { route: "/parliaments?region=SADC&sort=country:asc" });
    expect(JSON.parse(screen.getByTestId("filters").textContent!)).toMatchObject({
      region: "SADC",
      sort: "country",
      order: "asc",
    });
    expect(screen.getByLabelText("Region")).toHaveValue("SADC");
    await user.selectOptions(screen.getByLabelText("Chambers"), "BICAMERAL");
    await user.selectOptions(screen.getByLabelText("Sort by"), "name:desc");
    const params = new URLSearchParams(screen.getByTestId("search").textContent!);
    expect(Object.fromEntries(params)).toEqual({ region: "SADC", chambers: "BICAMERAL", sort: "name:desc" });
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(screen.getByTestId("search").textContent).toBe("");
  });

  it("ignores a value the list does not know", () => {
    renderWithApp(<FiltersWithAddress />, { route: "/parliaments?region=MARS&chambers=THREE" });
    const filters = JSON.parse(screen.getByTestId("filters").textContent!);
    expect(filters.region).toBeUndefined();
    expect(filters.structure).toBeUndefined();
  });
});

describe("the import's outcome", () => {
  it("lists every problem by line, column and message, and says nothing was imported", () => {
    renderWithApp(
      <ImportOutcome
        result={{
          ok: false,
          rows: 5,
          imported: 0,
          problems: [
            { line: 3, column: "country", message: { code: "countryCode" } },
            { line: 4, column: "name", message: { code: "required" } },
            { line: 6, column: "name", message: { code: "alreadyInUse" } },
          ],
        }}
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("3 problems: nothing was imported. The file has 5 rows.");
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["3", "country", expect.any(String)],
      ["4", "name", "Required"],
      ["6", "name", "Already in use"],
    ]);
  });

  it("tells how many rows a check found ready, and how many an import added", () => {
    const { rerender } = renderWithApp(<ImportOutcome result={{ ok: true, rows: 12, imported: 0, dryRun: true }} />);
    expect(screen.getByRole("status")).toHaveTextContent("12 rows are ready to import.");
    rerender(<ImportOutcome result={{ ok: true, rows: 12, imported: 12, dryRun: false }} />);
    expect(screen.getByRole("status")).toHaveTextContent("12 parliaments imported.");
  });
});
