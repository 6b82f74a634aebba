// The programme page's IATI panel: what the file is, what it will hold (activities,
// budgets' currencies, results), what it left out or approximated, the download link,
// loading and a failed summary.
import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IatiExport } from "../../../client/src/features/programmes/components/iati-export.tsx";
import type { IatiSummary } from "../../../client/src/features/programmes/api/programmes.ts";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator } from "../fixtures.ts";
import { Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const summary: IatiSummary = {
  identifier: "XX-HEMICYCLE-DEMO-PROG-prog-1",
  reportingOrg: { ref: "XX-HEMICYCLE-DEMO", name: "Hemicycle demonstration" },
  missions: 3,
  missionsWithoutPhases: 0,
  budgetCurrencies: ["EUR", "USD"],
  itemsWithoutCurrency: 0,
  results: 4,
};

function renderPanel(data?: IatiSummary) {
  return renderWithApp(<IatiExport programmeId="prog 1" programmeName="SADC & partners" />, {
    me: coordinator,
    seed: data
      ? (client) => client.setQueryData(trpc.programmes.iatiSummary.queryKey({ id: "prog 1" }), data)
      : undefined,
  });
}

describe("IatiExport", () => {
  it("explains the file, says what it holds and links the download", () => {
    renderPanel(summary);
    expect(screen.getByRole("heading", { name: "Report to funders (IATI)" })).toBeInTheDocument();
    expect(screen.getByText(/An IATI activity file \(standard 2\.03\)/)).toBeInTheDocument();
    const link = screen.getByRole("link", { name: "Download the IATI activity file of SADC & partners" });
    expect(link).toHaveAttribute("href", "/export/programmes/prog%201.iati.xml");
    expect(link).toHaveAttribute("download");
    expect(link).toHaveTextContent("IATI XML");
    expect(screen.getByText("XX-HEMICYCLE-DEMO-PROG-prog-1")).toHaveAttribute("dir", "ltr");
    expect(screen.getByText("Hemicycle demonstration")).toBeInTheDocument();
    expect(screen.getByText("4 activities: the programme and its 3 missions")).toBeInTheDocument();
    expect(screen.getByText("Budgets in EUR and USD")).toBeInTheDocument();
    expect(screen.getByText("4 results, from the roadmap KPIs")).toBeInTheDocument();
    expect(screen.queryByText(/left out|dated by the programme/)).not.toBeInTheDocument();
  });

  it("says what the file had to leave out or approximate, and a programme without missions or costs", () => {
    renderPanel({
      ...summary,
      missions: 0,
      missionsWithoutPhases: 1,
      budgetCurrencies: [],
      itemsWithoutCurrency: 2,
      results: 1,
    });
    expect(screen.getByText("One activity: the programme, with no missions yet")).toBeInTheDocument();
    expect(screen.getByText("No budgets: no roadmap item has a cost in a currency yet.")).toBeInTheDocument();
    expect(screen.getByText("1 result, from the roadmap KPIs")).toBeInTheDocument();
    expect(screen.getByText("1 mission has no phases yet: it is dated by the programme's period.")).toBeInTheDocument();
    expect(
      screen.getByText("2 roadmap items have a cost but no currency: they are left out of the budgets."),
    ).toBeInTheDocument();
  });

  it("shows the summary loading, then a refusal worded from its message, the link still there", async () => {
    serveTrpc({
      "programmes.iatiSummary": () => {
        throw new Refusal("FORBIDDEN", { code: "forbidden" });
      },
    });
    renderPanel();
    expect(screen.getByRole("status")).toHaveTextContent("Counting what the file will hold…");
    await waitFor(() => expect(screen.getByRole("alert")).toBeInTheDocument());
    expect(screen.getByRole("alert").textContent).not.toBe("");
    expect(screen.getByRole("link", { name: /Download the IATI activity file/ })).toBeInTheDocument();
  });
});
