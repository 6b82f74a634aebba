// The findings log (/findings): search, filters and order read from and written to the
// address and sent to findings.list; the total; a table with cards beside it for a phone;
// the summary by area and severity; the CSV link following the mission, parliament and
// area filters; the two empty states; and what staff are not offered.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Route, Routes, useLocation } from "react-router";
import { FindingsPage } from "../../../client/src/app/routes/findings.tsx";
import type { FindingListItem } from "../../../client/src/features/findings/api/findings.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { serveTrpc } from "../roadmaps/review-fixtures.ts";

function item(overrides: Partial<FindingListItem> & Pick<FindingListItem, "id" | "title">): FindingListItem {
  return {
    phaseId: "ph-1",
    area: "LEG",
    subArea: "document-management",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    status: "VALIDATED",
    version: 1,
    createdAt: day("2026-03-02"),
    updatedAt: day("2026-03-04"),
    author: { id: "u-expert", name: "Eva Expert" },
    phase: {
      id: "ph-1",
      kind: "ASSESSMENT",
      mission: {
        id: "m-zmb",
        code: "SADC-ZMB-2026",
        title: "ICT assessment of the National Assembly of Zambia",
        parliament: { id: "p-zmb", name: "National Assembly of Zambia" },
      },
    },
    ...overrides,
  } as FindingListItem;
}

const bills = item({ id: "f-bills", title: "Bills circulate as word-processor files", severity: "CRITICAL" });
const website = item({
  id: "f-web",
  title: "The website is not updated after sittings",
  area: "WEB",
  subArea: null,
  kind: "STRENGTH",
  severity: "LOW",
  grade: null,
  status: "SUBMITTED",
});

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

/** The page at `search`, its server answering from `findings` (all of them, whatever the input). */
function renderLog(
  search = "",
  {
    me = coordinator,
    findings = [bills, website],
    total = findings.length,
    totalCapped = false,
  }: { me?: Me; findings?: FindingListItem[]; total?: number; totalCapped?: boolean } = {},
) {
  const calls = serveTrpc({
    "findings.list": () => ({ items: findings, nextCursor: null, total, totalCapped }),
    "findings.summary": () => ({
      total: findings.length,
      cells: findings.map((f) => ({ area: f.area, severity: f.severity, count: 1 })),
    }),
    "missions.list": () => ({
      items: [{ id: "m-zmb", code: "SADC-ZMB-2026" }],
      nextCursor: null,
      total: 1,
    }),
    "parliaments.list": () => ({ items: [{ id: "p-zmb", name: "National Assembly of Zambia" }], nextCursor: null }),
    "exportJobs.start": () => ({ id: "job-1", kind: "findingsCsv", status: "QUEUED", progress: 0 }),
  });
  const rendered = renderWithApp(
    <Routes>
      <Route
        path="/findings"
        element={
          <>
            <FindingsPage />
            <Address />
          </>
        }
      />
    </Routes>,
    { me: me as Me, route: `/findings${search}` },
  );
  const listInputs = () =>
    calls.filter((c) => c.path === "findings.list").map((c) => c.input as Record<string, unknown>);
  /** Starts the CSV export (a job on the server) and resolves with what it asked for. */
  const exportCsv = async () => {
    await rendered.user.click(screen.getByRole("button", { name: "Export CSV (validated)" }));
    await screen.findByRole("link", { name: "Follow it in Exports" });
    return calls.filter((c) => c.path === "exportJobs.start").at(-1)?.input;
  };
  return { ...rendered, calls, listInputs, exportCsv };
}

const address = () => screen.getByRole("status", { name: "address" });

describe("FindingsPage", () => {
  it("says how many findings match and shows them as a table and, for a phone, as cards linking to each", async () => {
    renderLog();
    expect(await screen.findByText("2 findings")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Findings" });
    const row = within(table).getByRole("link", { name: bills.title });
    expect(row).toHaveAttribute("href", "/findings/f-bills");
    expect(within(table).getByText("Submitted")).toBeInTheDocument();
    expect(within(table).getAllByText("SADC-ZMB-2026")).toHaveLength(2);
    expect(table.closest("[role=region]")).toHaveClass("hidden", "md:block");
    const cards = screen.getByRole("list", { name: "Findings" });
    expect(within(cards).getByRole("link", { name: website.title })).toHaveAttribute("href", "/findings/f-web");
    expect(within(cards).getByText("Critical")).toBeInTheDocument();
    expect(cards.parentElement).toHaveClass("md:hidden");
    // The summary by area and severity, above the list.
    expect(screen.getByRole("table", { name: /by ICT area and severity/ })).toBeInTheDocument();
  });

  it("says more than the cap match, formatted for the language, when the server stopped counting there", async () => {
    renderLog("", { total: 10_000, totalCapped: true });
    expect(await screen.findByText("More than 10,000 findings match")).toBeInTheDocument();
    expect(screen.queryByText(/10,?000 findings$/)).not.toBeInTheDocument();
  });

  it("sends the search, filters and order the address holds, and the CSV export follows mission, parliament and area", async () => {
    const { listInputs, exportCsv } = renderLog(
      "?q=bills&mission=m-zmb&parliament=p-zmb&area=LEG&kind=GAP&severity=CRITICAL&grade=1&status=VALIDATED&sort=severity&dir=asc",
    );
    await screen.findByText("2 findings");
    expect(listInputs()[0]).toMatchObject({
      search: "bills",
      missionId: "m-zmb",
      parliamentId: "p-zmb",
      area: "LEG",
      kind: "GAP",
      severity: "CRITICAL",
      grade: 1,
      status: "VALIDATED",
      sort: "severity",
      sortDirection: "asc",
    });
    expect(screen.getByRole("searchbox", { name: "Search" })).toHaveValue("bills");
    expect(screen.getByRole("button", { name: "ICT area Legislative documents" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Order" })).toHaveValue("severity-asc");
    expect(await exportCsv()).toEqual({
      kind: "findingsCsv",
      params: { missionId: "m-zmb", parliamentId: "p-zmb", area: "LEG", language: "en" },
    });
  });

  it("filters by several areas and statuses at once, each a repeated key in the address", async () => {
    const { user, calls, listInputs, exportCsv } = renderLog(
      "?area=WEB&area=LEG&status=SUBMITTED&status=VALIDATED&area=nope",
    );
    await screen.findByText("2 findings");
    // In the enum's order, each once; the server takes one value or a list.
    expect(listInputs()[0]).toMatchObject({ area: ["LEG", "WEB"], status: ["SUBMITTED", "VALIDATED"] });
    const summaryInput = calls.find((c) => c.path === "findings.summary")?.input;
    expect(summaryInput).toMatchObject({ area: ["LEG", "WEB"], status: ["SUBMITTED", "VALIDATED"] });
    expect(await exportCsv()).toEqual({ kind: "findingsCsv", params: { area: ["LEG", "WEB"], language: "en" } });

    await user.click(screen.getByRole("button", { name: "ICT area 2 chosen" }));
    const areas = screen.getByRole("group", { name: "ICT area" });
    expect(within(areas).getByRole("checkbox", { name: "Websites" })).toBeChecked();
    expect(within(areas).getByRole("checkbox", { name: "Cybersecurity" })).not.toBeChecked();
    await user.click(within(areas).getByRole("checkbox", { name: "Cybersecurity" }));
    expect(address()).toHaveTextContent("area=LEG&area=WEB&area=SEC");
    await waitFor(() => expect(listInputs().at(-1)).toMatchObject({ area: ["LEG", "WEB", "SEC"] }));
    await user.click(within(areas).getByRole("checkbox", { name: "Websites" }));
    await user.click(within(areas).getByRole("checkbox", { name: "Legislative documents" }));
    // One left: sent as a single value, and named on the button.
    await waitFor(() => expect(listInputs().at(-1)).toMatchObject({ area: "SEC" }));
    expect(screen.getByRole("button", { name: "ICT area Cybersecurity" })).toBeInTheDocument();
    await user.click(within(areas).getByRole("checkbox", { name: "Cybersecurity" }));
    expect(address()).not.toHaveTextContent("area=");
    expect(screen.getByRole("button", { name: "ICT area All areas" })).toBeInTheDocument();
  });

  it("ignores values in the address that are not filters", async () => {
    const { listInputs, exportCsv } = renderLog("?area=XYZ&grade=9&severity=urgent&sort=author&dir=up");
    await screen.findByText("2 findings");
    const sent = Object.entries(listInputs()[0]!).filter(([key, value]) => value !== undefined && key !== "direction");
    expect(Object.fromEntries(sent)).toEqual({ sort: "createdAt", sortDirection: "desc", limit: 25 });
    expect(await exportCsv()).toEqual({ kind: "findingsCsv", params: { language: "en" } });
  });

  it("writes the filters and the order to the address, and asks the server again", async () => {
    const { user, listInputs, exportCsv } = renderLog();
    await screen.findByText("2 findings");
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "Gap");
    expect(address()).toHaveTextContent("kind=GAP");
    await user.click(screen.getByRole("button", { name: "Severity Any severity" }));
    await user.click(screen.getByRole("checkbox", { name: "Critical" }));
    expect(address()).toHaveTextContent("severity=CRITICAL");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("checkbox", { name: "Critical" })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Mission" }), "SADC-ZMB-2026");
    expect(address()).toHaveTextContent("mission=m-zmb");
    await user.selectOptions(screen.getByRole("combobox", { name: "Order" }), "Most severe first");
    expect(address()).toHaveTextContent("sort=severity");
    // Most severe first is severity's own direction: the address does not spell it out.
    expect(address()).not.toHaveTextContent("dir=");
    await user.selectOptions(screen.getByRole("combobox", { name: "Order" }), "Least severe first");
    expect(address()).toHaveTextContent("dir=asc");
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "akoma");
    await waitFor(() => expect(address()).toHaveTextContent("q=akoma"));
    await waitFor(() =>
      expect(listInputs().at(-1)).toMatchObject({
        search: "akoma",
        kind: "GAP",
        severity: "CRITICAL",
        missionId: "m-zmb",
        sort: "severity",
        sortDirection: "asc",
      }),
    );
    expect(await exportCsv()).toEqual({ kind: "findingsCsv", params: { missionId: "m-zmb", language: "en" } });
  });

  it("tells no findings at all from none matching the filters, which it offers to clear", async () => {
    const first = renderLog("", { findings: [] });
    expect(await screen.findByText("No findings yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
    first.unmount();

    const { user } = renderLog("?severity=CRITICAL&q=nothing", { findings: [] });
    expect(await screen.findByText("No findings match these filters")).toBeInTheDocument();
    expect(screen.getByText("0 findings")).toBeInTheDocument();
    const [clear] = screen.getAllByRole("button", { name: "Clear filters" });
    await user.click(clear!);
    expect(address()).toHaveTextContent(/^$/);
    expect(screen.getByRole("searchbox", { name: "Search" })).toHaveValue("");
  });

  it("offers staff neither a parliament nor a status to filter by, nor a status column", async () => {
    renderLog("", { me: staff, findings: [bills] });
    expect(await screen.findByText("1 finding")).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Parliament" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Status/ })).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Mission" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Findings" });
    expect(within(table).queryByRole("columnheader", { name: "Status" })).not.toBeInTheDocument();
    expect(screen.getByText(/Your parliament's validated findings/)).toBeInTheDocument();
  });
});
