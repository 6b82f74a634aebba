// Roadmaps and items for every roadmap client test, typed by the client's own Roadmap
// (roadmaps.byId's output), so a change of shape on the server shows up here as a type
// error. An item has no dates, cost or texts unless a test gives them; a roadmap is
// Zambia's draft, on the mission of a coordinator who leads a phase.
import type { Roadmap, RoadmapItem } from "../../../client/src/features/roadmaps/api/types.ts";
import { day, staff } from "../fixtures.ts";

/** An item with only what the test says (and its id and title). */
export function roadmapItem(overrides: Partial<RoadmapItem> & Pick<RoadmapItem, "id" | "title">): RoadmapItem {
  return {
    description: null,
    area: "WEB",
    strategicObjective: null,
    responsibleUnit: null,
    priority: "MEDIUM",
    term: "SHORT",
    startDate: null,
    endDate: null,
    costEstimate: null,
    currency: null,
    fundingSource: null,
    expectedBenefit: null,
    kpi: null,
    progress: "NOT_STARTED",
    progressNote: null,
    position: 0,
    version: 1,
    updatedAt: day("2027-01-10"),
    dependsOn: [],
    findingIds: [],
    baseline: null,
    ...overrides,
  };
}

/** A roadmap holding `items` in that order (their positions follow). */
export function roadmapOf(items: RoadmapItem[], overrides: Partial<Roadmap> = {}): Roadmap {
  return {
    id: "r-1",
    missionId: "m-1",
    title: "ICT strategic plan 2027–2030",
    vision: null,
    horizonStart: 2027,
    horizonEnd: 2030,
    status: "DRAFT",
    version: 3,
    baselineRevision: null,
    createdAt: day("2027-01-10"),
    updatedAt: day("2027-01-10"),
    mission: {
      code: "ZMB-2027",
      title: "ICT assessment and strategic plan",
      // The parliament whose staff the tests sign in as.
      parliamentId: staff.parliamentId!,
      parliamentName: "National Assembly of Zambia",
    },
    viewer: { onMission: true, leadsAPhase: true },
    latestRevision: null,
    lastSeenRevision: null,
    items: items.map((item, position) => ({ ...item, position })),
    ...overrides,
  };
}

/** Three items: a website, a network upgrade, a library system; costs in EUR and USD. */
export function threeItems(): RoadmapItem[] {
  return [
    roadmapItem({
      id: "i-web",
      title: "Redesign the website",
      area: "WEB",
      priority: "HIGH",
      strategicObjective: "Open parliament",
      startDate: day("2027-03-01"),
      endDate: day("2027-12-31"),
      costEstimate: "120000.00",
      currency: "EUR",
      fundingSource: "European Union",
    }),
    roadmapItem({
      id: "i-net",
      title: "Upgrade the network",
      area: "INF",
      priority: "LOW",
      strategicObjective: "Reliable infrastructure",
      startDate: day("2027-01-15"),
      endDate: day("2028-06-30"),
      costEstimate: "50000.50",
      currency: "USD",
      fundingSource: "World Bank",
    }),
    roadmapItem({
      id: "i-lib",
      title: "Library management system",
      area: "WEB",
      priority: "MEDIUM",
      strategicObjective: "Open parliament",
      startDate: day("2028-01-01"),
      endDate: day("2028-09-30"),
      costEstimate: "30000.00",
      currency: "EUR",
    }),
  ];
}
