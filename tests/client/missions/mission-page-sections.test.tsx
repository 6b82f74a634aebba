// The mission page's summary line and sections: the line says what needs attention (a
// late report, findings awaiting validation, the roadmap's state), the section nav keeps
// the section in the address, the findings table counts by ICT area and severity, and the
// activity section words each event as a sentence with who acted.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Route, Routes } from "react-router";
import { MissionPage } from "../../../client/src/app/routes/mission.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import type { ActivityItem } from "../../../client/src/features/missions/api/mission-activity.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, finding, mission, phase } from "../fixtures.ts";

// A report due 16 days ago (the page counts from today, in UTC).
const now = new Date();
const sixteenDaysAgo = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - 16));
const zambia = mission([
  phase({ id: "ph-assessment", kind: "ASSESSMENT", status: "DRAFT_REPORT", reportDueDate: sixteenDaysAgo }),
]);

const findings = [
  finding({ id: "f-1", area: "WEB", severity: "HIGH", status: "SUBMITTED" }),
  finding({ id: "f-2", area: "WEB", severity: "HIGH", status: "SUBMITTED" }),
  finding({ id: "f-3", area: "SEC", severity: "CRITICAL", status: "VALIDATED" }),
];

const activity: ActivityItem[] = [
  {
    id: "a-2",
    at: new Date("2026-03-02T10:00:00Z"),
    action: "finding.setStatus",
    entityType: "finding",
    actorName: "Chanda Mwale",
    phaseKind: null,
    expertName: null,
    findingTitle: "No backup site",
    status: "VALIDATED",
    fields: [],
  },
  {
    id: "a-1",
    at: new Date("2026-03-01T09:00:00Z"),
    action: "phase.assignExpert",
    entityType: "assignment",
    actorName: "Grace Banda",
    phaseKind: "ASSESSMENT",
    expertName: "Esi Mensah",
    findingTitle: null,
    status: null,
    fields: [],
  },
  {
    id: "a-0",
    at: new Date("2026-02-28T09:00:00Z"),
    action: "phase.setLead",
    entityType: "assignment",
    actorName: "Grace Banda",
    phaseKind: null,
    expertName: "Esi Mensah",
    findingTitle: null,
    status: null,
    fields: [],
  },
];

function renderPage(
  section?: string,
  summary = {
    total: 3,
    cells: [
      { area: "WEB" as const, severity: "HIGH" as const, count: 2 },
      { area: "SEC" as const, severity: "CRITICAL" as const, count: 1 },
    ],
  },
  awaiting = 2,
) {
  return renderWithApp(
    <Routes>
      <Route path="/missions/:id" element={<MissionPage />} />
    </Routes>,
    {
      me: coordinator,
      route: `/missions/${zambia.id}${section ? `?section=${section}` : ""}`,
      seed: (queryClient) => {
        queryClient.setQueryData(trpc.missions.byId.queryKey({ id: zambia.id }), zambia);
        queryClient.setQueryData(trpc.roadmaps.byMission.queryKey({ missionId: zambia.id }), null);
        queryClient.setQueryData(trpc.findings.list.infiniteQueryKey({ missionId: zambia.id, limit: 25 }), {
          pages: [{ items: findings, nextCursor: null, total: findings.length, totalCapped: false }],
          pageParams: [null],
        });
        // The server's counts over all the mission's findings (findings.summary), not the page loaded.
        queryClient.setQueryData(trpc.findings.summary.queryKey({ missionId: zambia.id }), summary);
        queryClient.setQueryData(trpc.findings.summary.queryKey({ missionId: zambia.id, status: "SUBMITTED" }), {
          total: awaiting,
          cells: [],
        });
        queryClient.setQueryData(trpc.missions.activity.infiniteQueryKey({ missionId: zambia.id, limit: 20 }), {
          pages: [{ items: activity, nextCursor: null }],
          pageParams: [null],
        });
      },
    },
  );
}

describe("MissionPage: summary line and sections", () => {
  it("says what needs attention under the title, each a link to its section", () => {
    renderPage();
    const line = screen.getByTestId("mission-headline");
    expect(within(line).getByRole("link", { name: /Assessment report 16 days late/ })).toHaveAttribute(
      "href",
      "/missions/m-1?section=phases",
    );
    expect(within(line).getByRole("link", { name: /2 findings await validation/ })).toHaveAttribute(
      "href",
      "/missions/m-1?section=findings",
    );
    expect(within(line).getByRole("link", { name: "No roadmap yet" })).toBeInTheDocument();
  });

  it("shows one section at a time, the current one marked in the section nav", async () => {
    const { user } = renderPage();
    const nav = screen.getByRole("navigation", { name: "Sections of the mission" });
    expect(within(nav).getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    expect(screen.queryByRole("article", { name: "Assessment" })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole("link", { name: "Phases & team" }));
    expect(within(nav).getByRole("link", { name: "Phases & team" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("article", { name: "Assessment" })).toBeInTheDocument();
  });

  it("counts the findings by ICT area and severity", () => {
    renderPage("findings");
    const table = screen.getByRole("table", { name: "Findings by ICT area and severity" });
    const web = within(table).getByRole("row", { name: /Websites/ });
    expect(within(web).getByLabelText("2 High findings in Websites")).toHaveTextContent("2");
    const security = within(table).getByRole("row", { name: /Cyber/ });
    expect(within(security).getByLabelText("1 Critical finding in Cybersecurity")).toBeInTheDocument();
  });

  it("counts every finding of a big mission, as the server counts them, not only those loaded", () => {
    // 240 findings: the list holds a page of them, the table and the line count them all.
    renderPage(
      "findings",
      {
        total: 240,
        cells: [
          { area: "WEB", severity: "HIGH", count: 150 },
          { area: "SEC", severity: "CRITICAL", count: 90 },
        ],
      },
      130,
    );
    const table = screen.getByRole("table", { name: "Findings by ICT area and severity" });
    const web = within(table).getByRole("row", { name: /Websites/ });
    expect(within(web).getByLabelText("150 High findings in Websites")).toHaveTextContent("150");
    expect(within(web).getAllByRole("cell").at(-1)).toHaveTextContent("150");
    expect(within(table).getByLabelText("90 Critical findings in Cybersecurity")).toBeInTheDocument();
    const line = screen.getByTestId("mission-headline");
    expect(within(line).getByRole("link", { name: /130 findings await validation/ })).toBeInTheDocument();
  });

  it("words the activity as sentences with who acted", () => {
    renderPage("activity");
    const feed = screen.getByRole("list", { name: "Activity" });
    const items = within(feed)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items[0]).toContain("Chanda Mwale marked the finding “No backup site” Validated");
    expect(items[1]).toContain("Grace Banda added Esi Mensah to the Assessment team");
    // A phase since deleted has no kind: the sentence names "a phase", not "the a phase phase".
    expect(items[2]).toContain("Grace Banda changed the lead of a phase (Esi Mensah)");
  });
});
