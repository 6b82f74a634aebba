// The expert directory's list page and its CSV import: the filters come from the address
// and go to the server as they are, staff are not offered the availability filter, and
// the import dialog lists each problem by line and column or says how many were imported.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExpertsPage } from "../../../client/src/app/routes/experts.tsx";
import { ImportExpertsDialog } from "../../../client/src/features/experts/components/import-experts-dialog.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, staff } from "../fixtures.ts";
import { inputsOf, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const ana = {
  id: "e-ana",
  name: "Ana Silva",
  email: "ana@example.org",
  institution: "Assembleia da República",
  countryCode: "PT",
  areas: ["GOV", "LEG"],
  languages: ["pt", "en"],
  bio: null,
  version: 1,
  unavailability: [],
};

const page = (total: number) => () => ({ items: [ana], nextCursor: null, total });

describe("ExpertsPage", () => {
  it("reads its filters and sort from the address, sends them, and shows the total", async () => {
    const calls = serveTrpc({ "experts.list": page(1) });
    renderWithApp(<ExpertsPage />, {
      me: coordinator,
      route: "/experts?area=GOV&language=pt&country=PT&from=2027-06-01&to=2027-06-10&sort=country",
    });

    expect(await screen.findByText("1 expert in the directory.")).toBeInTheDocument();
    expect(inputsOf(calls, "experts.list")[0]).toMatchObject({
      area: "GOV",
      language: "pt",
      country: "PT",
      availableFrom: "2027-06-01",
      availableTo: "2027-06-10",
      sort: "country",
    });
    expect(screen.getByLabelText("ICT area")).toHaveValue("GOV");
    expect(screen.getByLabelText("Sort by")).toHaveValue("country");
    expect(screen.getByLabelText("Available from")).toHaveValue("2027-06-01");
    expect(screen.getAllByRole("link", { name: "Ana Silva" })[0]).toHaveAttribute("href", "/experts/e-ana");
    expect(screen.getByRole("button", { name: "Import CSV" })).toBeInTheDocument();
  });

  it("asks again when a filter changes", async () => {
    const calls = serveTrpc({ "experts.list": page(1) });
    const { user } = renderWithApp(<ExpertsPage />, { me: coordinator, route: "/experts" });
    await screen.findByText("1 expert in the directory.");

    await user.selectOptions(screen.getByLabelText("ICT area"), "WEB");

    await waitFor(() => expect(inputsOf(calls, "experts.list").at(-1)).toMatchObject({ area: "WEB", sort: "name" }));
  });

  it("offers parliament staff neither the availability filter nor the import", async () => {
    serveTrpc({ "experts.list": page(1) });
    renderWithApp(<ExpertsPage />, { me: staff, route: "/experts" });
    await screen.findByText("1 expert in the directory.");
    expect(screen.queryByLabelText("Available from")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Import CSV" })).not.toBeInTheDocument();
  });
});

describe("ImportExpertsDialog", () => {
  const csv = "name,email,institution,country,areas,languages,unavailable\n,x,Senate,Kenya,,,";

  it("lists every problem by line and column, and says nothing was imported", async () => {
    const calls = serveTrpc({
      "experts.importCsv": () => ({
        ok: false,
        problems: [
          { line: 2, column: "name", message: { code: "required" } },
          { line: 2, column: "country", message: { code: "countryCode" } },
        ],
      }),
    });
    const { user } = renderWithApp(<ImportExpertsDialog open onClose={() => {}} />, { me: coordinator });

    await user.click(screen.getByLabelText(/Or paste the CSV/));
    await user.paste(csv);
    await user.click(screen.getByRole("button", { name: "Import" }));

    expect(await screen.findByText("Nothing was imported: 2 problems to fix")).toBeInTheDocument();
    expect(inputsOf(calls, "experts.importCsv")).toEqual([{ csv }]);
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ["2", "name", "Required"],
      ["2", "country", "Use the two-letter ISO 3166-1 code"],
    ]);
  });

  it("says how many experts were imported", async () => {
    serveTrpc({ "experts.importCsv": () => ({ ok: true, imported: 3 }) });
    const { user } = renderWithApp(<ImportExpertsDialog open onClose={() => {}} />, { me: coordinator });
    await user.click(screen.getByLabelText(/Or paste the CSV/));
    await user.paste(csv);
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(await screen.findByText("3 experts imported")).toBeInTheDocument();
  });
});
