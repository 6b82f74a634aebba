// shared/src/enums.ts and the enums of prisma/schema.prisma must never drift: the client
// validates with the first, the database stores the second.
import * as shared from "@hemicycle/shared/enums";
import * as prisma from "@hemicycle/server/db/generated/enums";
import { describe, expect, it } from "vitest";

/** Every shared enumeration stored in the database, and the Prisma enum that stores it. */
const pairs: Record<string, string> = {
  ROLES: "Role",
  REGIONS: "Region",
  CHAMBER_STRUCTURES: "ChamberStructure",
  ICT_AREA_CODES: "IctArea",
  MISSION_TYPES: "MissionType",
  MISSION_STATUSES: "MissionStatus",
  PHASE_KINDS: "PhaseKind",
  PHASE_STATUSES: "PhaseStatus",
  TEAM_ROLES: "TeamRole",
  FINDING_KINDS: "FindingKind",
  SEVERITIES: "Severity",
  FINDING_STATUSES: "FindingStatus",
  ROADMAP_STATUSES: "RoadmapStatus",
  PRIORITIES: "Priority",
  TERMS: "Term",
  PROGRESS_STATUSES: "Progress",
  REVISION_KINDS: "RevisionKind",
  REVIEW_DECISIONS: "ReviewDecisionKind",
  REVISIT_OUTCOMES: "RevisitOutcome",
  NOTIFICATION_KINDS: "NotificationKind",
  EMAIL_STATUSES: "EmailStatus",
  EXPORT_JOB_STATUSES: "ExportJobStatus",
};

/** Shared enumerations with no Prisma enum, and why. */
const sharedOnly: Record<string, string> = {
  GRADES: "a number 0–5 stored as SMALLINT, not a PostgreSQL enum",
};

const sharedEnums = Object.entries(shared as Record<string, unknown>).filter(
  (entry): entry is [string, readonly unknown[]] => Array.isArray(entry[1]),
);
const prismaEnums = Object.entries(prisma as Record<string, unknown>).filter(
  (entry): entry is [string, Record<string, string>] => typeof entry[1] === "object" && entry[1] !== null,
);

describe("shared enums and Prisma enums", () => {
  it("finds the enums on both sides", () => {
    expect(sharedEnums.length).toBeGreaterThan(10);
    expect(prismaEnums.length).toBeGreaterThan(10);
  });

  it("pairs every shared enumeration with a Prisma enum (or says why not)", () => {
    const unpaired = sharedEnums.map(([name]) => name).filter((name) => !(name in pairs) && !(name in sharedOnly));
    expect(unpaired).toEqual([]);
  });

  it("pairs every Prisma enum with a shared enumeration", () => {
    const paired = new Set(Object.values(pairs));
    const unpaired = prismaEnums.map(([name]) => name).filter((name) => !paired.has(name));
    expect(unpaired).toEqual([]);
  });

  it.each(Object.entries(pairs))("%s has the values of Prisma's %s, in the same order", (sharedName, prismaName) => {
    const sharedValues = (shared as Record<string, unknown>)[sharedName];
    const prismaEnum = (prisma as Record<string, unknown>)[prismaName];
    expect(sharedValues, `shared/src/enums.ts exports ${sharedName}`).toBeDefined();
    expect(prismaEnum, `prisma/schema.prisma declares enum ${prismaName}`).toBeDefined();
    // The order matters too: PostgreSQL sorts enum values in their declared order.
    expect([...(sharedValues as readonly string[])]).toEqual(Object.values(prismaEnum as Record<string, string>));
  });
});
