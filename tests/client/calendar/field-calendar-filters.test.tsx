// The field calendar's filters (programme, expert, mission) kept in the address and sent to
// the server; and a short bar in a quarter showing its label beside it rather than cut.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CalendarResult } from "../../../client/src/features/calendar/api/calendar.ts";
import { placeBars } from "../../../client/src/features/calendar/components/calendar-chart.tsx";
import { CalendarClashes } from "../../../client/src/features/calendar/components/calendar-clashes.tsx";
import { FieldCalendar } from "../../../client/src/features/calendar/components/field-calendar.tsx";
import { periodOf } from "../../../client/src/features/calendar/lib/period.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { inputsOf, serveTrpc } from "../roadmaps/review-fixtures.ts";
import { coordinator, day } from "../fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const parliament = { id: "p1", name: "National Assembly of Zambia", countryCode: "ZM" };
const ada = { id: "e1", name: "Ada Expert" };

const entry = (code: string, start: string, end: string) => ({
  key: `${code}-a`,
  phaseId: `${code}-p`,
  phaseKind: "ASSESSMENT" as const,
  phaseStatus: "PLANNED" as const,
  startDate: day(start),
  endDate: day(end),
  location: "Lusaka",
  mission: { id: `${code}-m`, code, title: `Mission ${code}` },
  parliament,
  expert: ada,
  role: "LEAD" as const,
  overridden: false,
  conflictCount: 0,
});

const result = (rows: CalendarResult["rows"]): CalendarResult => ({
  from: day("2027-03-01"),
  to: day("2027-03-31"),
  by: "expert",
  rows,
});

const adaRow = {
  key: "expert:e1",
  expert: ada,
  mission: null,
  entries: [entry("SADC-ZMB-2027", "2027-03-01", "2027-03-05")],
  conflicts: [],
  overrides: [],
};

const list = <T,>(items: T[]) => ({ items, nextCursor: null, total: items.length });

function serve() {
  return serveTrpc({
    "calendar.range": (input) => result((input as { expertId?: string }).expertId === "e2" ? [] : [adaRow]),
    "programmes.list": () =>
      list([{ id: "pg1", name: "SADC ICT programme", funders: [], startDate: new Date(), endDate: new Date() }]),
    "experts.list": () => list([ada, { id: "e2", name: "Bo Expert" }]),
    "missions.list": () => list([{ id: "SADC-ZMB-2027-m", code: "SADC-ZMB-2027", title: "Zambia" }]),
  });
}

describe("FieldCalendar filters", () => {
  it("sends the programme from the address, and an expert picked lands in the address and the query", async () => {
    const calls = serve();
    const { user } = renderWithApp(<FieldCalendar />, {
      route: "/calendar?start=2027-03-01&span=month&programme=pg1",
      me: coordinator,
    });
    expect(await screen.findByRole("link", { name: /^SADC-ZMB-2027, Assessment/ })).toBeInTheDocument();
    expect(inputsOf(calls, "calendar.range")[0]).toMatchObject({ programmeId: "pg1", by: "expert" });
    await waitFor(() => expect(screen.getByLabelText("Programme")).toHaveValue("pg1"));
    expect(inputsOf(calls, "missions.list")[0]).toMatchObject({ programmeId: "pg1" });

    const filters = screen.getByRole("search", { name: "Calendar filters" });
    await waitFor(() => expect(within(filters).getByLabelText("Expert")).toBeEnabled());
    await user.selectOptions(within(filters).getByLabelText("Expert"), "e2");
    await waitFor(() =>
      expect(inputsOf(calls, "calendar.range").at(-1)).toMatchObject({ programmeId: "pg1", expertId: "e2" }),
    );
    expect(await screen.findByText("Nobody matching these filters is in the field in this period")).toBeInTheDocument();

    await user.click(within(filters).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(inputsOf(calls, "calendar.range").at(-1)).not.toHaveProperty("expertId"));
    expect(within(filters).getByLabelText("Programme")).toHaveValue("");
  });
});

describe("FieldCalendar on a phone", () => {
  it("folds the filters under Filters, open while one is set, and shows the agenda alone", async () => {
    serve();
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    renderWithApp(<FieldCalendar />, { route: "/calendar?start=2027-03-01&span=month&expert=e1", me: coordinator });
    expect(await screen.findByRole("region", { name: "Agenda" })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: /2027 to/ })).not.toBeInTheDocument();
    const summary = screen.getByText("Filters (1 set)");
    expect(summary.closest("details")).toHaveAttribute("open");
  });
});

describe("CalendarClashes", () => {
  it("lists a clash between two missions once when both missions' rows carry it", () => {
    const phaseOf = (code: string) => ({
      id: `${code}-p`,
      missionCode: code,
      phaseKind: "ASSESSMENT" as const,
      startDate: day("2027-03-01"),
      endDate: day("2027-03-05"),
    });
    const clashWith = (code: string) => ({ kind: "phase" as const, ...phaseOf(code), phaseId: `${code}-p` });
    const row = (code: string, other: string) => ({
      key: `mission:${code}`,
      expert: null,
      mission: null,
      entries: [],
      conflicts: [{ expert: ada, phase: phaseOf(code), clash: clashWith(other) }],
      overrides: [],
    });
    renderWithApp(<CalendarClashes rows={[row("A-1", "B-1"), row("B-1", "A-1")]} />, { me: coordinator });
    const clashes = screen.getByRole("region", { name: /Clashes in this period/ });
    expect(within(clashes).getAllByRole("listitem")).toHaveLength(1);
  });
});

describe("placeBars", () => {
  const quarter = periodOf(day("2027-01-01"), "quarter");
  const text = (e: { mission: { code: string } }) => e.mission.code;

  it("keeps a label in a bar wide enough for it", () => {
    const [bar] = placeBars([entry("SADC-ZMB-2027", "2027-01-04", "2027-01-29")], quarter, 11, text);
    expect(bar).toMatchObject({ labelAt: "inside", first: 3, last: 28 });
  });

  it("puts a week's label after its bar in a quarter, and the bar's lane keeps the room", () => {
    const [bar] = placeBars([entry("SADC-ZMB-2027", "2027-01-04", "2027-01-08")], quarter, 11, text);
    // 13 characters at 7.5 px, 6 px of gap: 103.5 px, 10 days of 11 px.
    expect(bar).toMatchObject({ labelAt: "after", column: 3, span: 5, labelSpan: 10, first: 3, last: 17 });
  });

  it("puts it before the bar at the quarter's end", () => {
    const [bar] = placeBars([entry("SADC-ZMB-2027", "2027-03-27", "2027-03-31")], quarter, 11, text);
    expect(bar).toMatchObject({ labelAt: "before", labelSpan: 10, last: 89 });
    expect(bar!.first).toBe(bar!.column - 10);
  });
});
