// An expert's home: their phases with role and dates, their report deadlines with late ones
// in words, and the findings they have to write or fix.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ExpertHomePage } from "../../../client/src/app/routes/expert-home.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import type { ExpertHome } from "../../../client/src/features/expert-home/api/expert-home.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, day, expert } from "../fixtures.ts";

const mission = {
  id: "m1",
  code: "ZM-2027",
  title: "Zambia",
  parliament: { id: "pz", name: "National Assembly of Zambia" },
};

const home: ExpertHome = {
  today: day("2027-03-10"),
  phases: [
    {
      id: "p1",
      kind: "ASSESSMENT",
      status: "DRAFT_REPORT",
      startDate: day("2027-02-01"),
      endDate: day("2027-02-05"),
      location: "Lusaka",
      reportDueDate: day("2027-02-22"),
      mission,
      role: "LEAD",
      when: "PAST",
      daysLate: 16,
    },
    {
      id: "p2",
      kind: "STRATEGIC_PLAN",
      status: "PLANNED",
      startDate: day("2027-04-05"),
      endDate: day("2027-04-09"),
      location: null,
      reportDueDate: null,
      mission,
      role: "MEMBER",
      when: "UPCOMING",
      daysLate: 0,
    },
  ],
  deadlines: [{ phaseId: "p1", kind: "ASSESSMENT", mission, reportDueDate: day("2027-02-22"), daysLate: 16 }],
  findings: [
    {
      id: "f1",
      title: "No backups off site",
      status: "REJECTED",
      area: "SEC",
      severity: "HIGH",
      version: 2,
      updatedAt: new Date("2027-03-01T10:00:00Z"),
      phase: { id: "p1", kind: "ASSESSMENT", mission: { id: "m1", code: "ZM-2027" } },
    },
  ],
};

function renderHome(data: ExpertHome) {
  return renderWithApp(<ExpertHomePage />, {
    me: expert,
    route: "/my-work",
    seed: (client) => client.setQueryData(trpc.dashboard.expertHome.queryKey(), data),
  });
}

const card = (name: string) => screen.getAllByRole("region", { name })[0]!;

describe("ExpertHomePage", () => {
  it("lists the expert's phases with their role, deadlines with days late, and findings to fix", () => {
    renderHome(home);
    const rows = within(card("My phases")).getAllByRole("row");
    expect(rows[1]).toHaveTextContent(/ZM-2027.*Assessment.*Report pending.*Lead/);
    expect(rows[2]).toHaveTextContent(/Strategic plan.*Upcoming.*Member/);
    expect(within(card("Report deadlines")).getByText("16 days late")).toBeInTheDocument();
    const findings = card("Findings to write or fix");
    expect(within(findings).getByRole("link", { name: "No backups off site" })).toHaveAttribute("href", "/findings/f1");
    expect(within(findings).getByText("To fix")).toBeInTheDocument();
  });

  it("tells an expert with nothing on their plate so", () => {
    renderHome({ ...home, phases: [], deadlines: [], findings: [] });
    expect(screen.getByText("You are on no phase that is still under way.")).toBeInTheDocument();
    expect(screen.getByText("No report is due from your phases.")).toBeInTheDocument();
    expect(screen.getByText("Nothing to write or fix.")).toBeInTheDocument();
  });

  it("is an expert's only", () => {
    renderWithApp(<ExpertHomePage />, { me: coordinator, route: "/my-work" });
    expect(screen.queryByRole("heading", { name: "My work" })).toBeNull();
  });
});
