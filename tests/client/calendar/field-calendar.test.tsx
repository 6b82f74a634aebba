// The field calendar page: the month and quarter switch (kept in the address and asking
// the server for the new period), the rows as bars that link to their missions, and the
// clashes and overrides listed beneath in words.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { QueryClient } from "@tanstack/react-query";
import { calendarRangeOptions, type CalendarResult } from "../../../client/src/features/calendar/api/calendar.ts";
import { FieldCalendar } from "../../../client/src/features/calendar/components/field-calendar.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day } from "../fixtures.ts";

const parliament = { id: "p1", name: "National Assembly of Zambia", countryCode: "ZM" };
const ada = { id: "e1", name: "Ada Expert" };

const entry = (
  code: string,
  start: string,
  end: string,
  extra: Partial<CalendarResult["rows"][number]["entries"][number]> = {},
) => ({
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
  ...extra,
});

const march: CalendarResult = {
  from: day("2027-03-01"),
  to: day("2027-03-31"),
  by: "expert",
  rows: [
    {
      key: "expert:e1",
      expert: ada,
      mission: null,
      entries: [
        entry("ZM-1", "2027-03-01", "2027-03-05", { conflictCount: 1 }),
        entry("ZM-2", "2027-03-05", "2027-03-09", { conflictCount: 1, overridden: true }),
      ],
      conflicts: [
        {
          expert: ada,
          phase: {
            id: "ZM-1-p",
            missionCode: "ZM-1",
            phaseKind: "ASSESSMENT",
            startDate: day("2027-03-01"),
            endDate: day("2027-03-05"),
          },
          clash: {
            kind: "phase",
            phaseId: "ZM-2-p",
            missionCode: "ZM-2",
            phaseKind: "ASSESSMENT",
            startDate: day("2027-03-05"),
            endDate: day("2027-03-09"),
          },
        },
      ],
      overrides: [
        {
          expert: ada,
          phase: { id: "ZM-2-p", missionCode: "ZM-2", phaseKind: "ASSESSMENT" },
          reason: "Agreed with both teams",
        },
      ],
    },
  ],
};

// Quarters are calendar quarters: March is in January–March.
const quarter: CalendarResult = { ...march, from: day("2027-01-01"), rows: [] };

function seed(queryClient: QueryClient) {
  queryClient.setQueryData(
    calendarRangeOptions({ from: day("2027-03-01"), to: day("2027-03-31"), by: "expert" }).queryKey,
    march,
  );
  queryClient.setQueryData(
    calendarRangeOptions({ from: day("2027-01-01"), to: day("2027-03-31"), by: "expert" }).queryKey,
    quarter,
  );
}

describe("FieldCalendar", () => {
  it("shows the month's bars as links to their missions, flagged in words", () => {
    renderWithApp(<FieldCalendar />, {
      route: "/calendar?start=2027-03-01&span=month&by=expert",
      me: coordinator,
      seed,
    });
    expect(
      screen.getByRole("heading", { name: /Mar 1, 2027 to Mar 31, 2027|1 Mar 2027 to 31 Mar 2027/ }),
    ).toBeInTheDocument();
    const chart = screen.getByRole("group", { name: /2027 to/ });
    const bar = within(chart).getByRole("link", { name: /^ZM-2, Assessment, .*Clash, Override$/ });
    expect(bar).toHaveAttribute("href", "/missions/ZM-2-m");
    expect(within(chart).getByText("1 clash")).toBeInTheDocument();
  });

  it("lists what clashes with what, and the override's reason", () => {
    renderWithApp(<FieldCalendar />, { route: "/calendar?start=2027-03-01&span=month", me: coordinator, seed });
    const clashes = screen.getByRole("region", { name: /Clashes in this period/ });
    expect(within(clashes).getByRole("listitem")).toHaveTextContent(
      /Ada Expert: ZM-1 Assessment \(.*\) overlaps ZM-2 Assessment/,
    );
    const overrides = screen.getByRole("region", { name: /Overrides/ });
    expect(within(overrides).getByText("Reason: Agreed with both teams")).toBeInTheDocument();
  });

  it("switches to the calendar quarter, asking for its three months, and says when nobody is in the field", async () => {
    const { user } = renderWithApp(<FieldCalendar />, {
      route: "/calendar?start=2027-03-01&span=month",
      me: coordinator,
      seed,
    });
    const span = screen.getByRole("group", { name: "Period" });
    expect(within(span).getByRole("button", { name: "Month" })).toHaveAttribute("aria-pressed", "true");
    await user.click(within(span).getByRole("button", { name: "Quarter" }));
    expect(within(span).getByRole("button", { name: "Quarter" })).toHaveAttribute("aria-pressed", "true");
    expect(await screen.findByText("Nobody is in the field in this period")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /^(Jan 1, 2027|1 Jan 2027) to/ })).toBeInTheDocument();
  });
});
