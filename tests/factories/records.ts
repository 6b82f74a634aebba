// Small factories for the records tests need, written straight to the database with
// sensible defaults; every call makes a new, uniquely named record.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@hemicycle/server/context";
import type { Database } from "@hemicycle/server/db/database";
import { hashPassword } from "@hemicycle/server/auth/password";
import type { IctArea, MissionType, PhaseKind, PhaseStatus, Role, TeamRole } from "@hemicycle/shared/enums";

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${randomUUID().slice(0, 6)}`;

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function createParliament(db: Database, overrides: { name?: string; countryCode?: string } = {}) {
  return db.prisma.parliament.create({
    data: {
      name: overrides.name ?? unique("Parliament"),
      countryCode: overrides.countryCode ?? "ZZ",
      region: "SADC",
      structure: "UNICAMERAL",
      chamberNames: ["National Assembly"],
    },
    select: { id: true, name: true, version: true },
  });
}

export async function createProgramme(db: Database) {
  return db.prisma.programme.create({
    data: {
      name: unique("Programme"),
      funders: ["European Union"],
      startDate: day("2026-01-01"),
      endDate: day("2028-12-31"),
    },
    select: { id: true, name: true, version: true },
  });
}

export async function createExpert(
  db: Database,
  overrides: {
    name?: string;
    areas?: IctArea[];
    languages?: string[];
    unavailable?: { startDate: Date; endDate: Date; reason?: string }[];
  } = {},
) {
  return db.prisma.expert.create({
    data: {
      name: overrides.name ?? unique("Expert"),
      institution: "Parliament of Somewhere",
      countryCode: "ZA",
      areas: overrides.areas ?? ["LEG", "WEB"],
      languages: overrides.languages ?? ["en"],
      unavailability: { create: overrides.unavailable ?? [] },
    },
    select: { id: true, name: true, version: true },
  });
}

export type PhaseSpec = { kind?: PhaseKind; startDate: string; endDate: string; status?: PhaseStatus };

export async function createMission(
  db: Database,
  options: { parliamentId: string; programmeId?: string; type?: MissionType; phases?: PhaseSpec[]; code?: string },
) {
  const phases = options.phases ?? [{ kind: "ASSESSMENT", startDate: "2027-03-01", endDate: "2027-03-05" }];
  return db.prisma.mission.create({
    data: {
      code: options.code ?? unique("M").toUpperCase(),
      title: unique("Mission"),
      type: options.type ?? "ASSESSMENT_AND_PLAN",
      parliamentId: options.parliamentId,
      programmeId: options.programmeId ?? null,
      phases: {
        create: phases.map((p) => ({
          kind: p.kind ?? "ASSESSMENT",
          startDate: day(p.startDate),
          endDate: day(p.endDate),
          status: p.status ?? "PLANNED",
        })),
      },
    },
    select: {
      id: true,
      code: true,
      version: true,
      parliamentId: true,
      phases: { select: { id: true, startDate: true, endDate: true, version: true }, orderBy: { startDate: "asc" } },
    },
  });
}

export async function assignToPhase(db: Database, phaseId: string, expertId: string, role: TeamRole = "MEMBER") {
  return db.prisma.assignment.create({ data: { phaseId, expertId, role }, select: { id: true } });
}

/** A user account; with `password`, also the credential better-auth signs in with. */
export async function createUser(
  db: Database,
  options: {
    role: Role;
    parliamentId?: string;
    expertId?: string;
    password?: string;
    email?: string;
    active?: boolean;
  },
): Promise<SessionUser> {
  const id = randomUUID();
  const email = options.email ?? `${unique("user").toLowerCase()}@example.test`;
  const user = await db.prisma.user.create({
    data: {
      id,
      email,
      name: unique("User"),
      emailVerified: true,
      role: options.role,
      parliamentId: options.parliamentId ?? null,
      expertId: options.expertId ?? null,
      active: options.active ?? true,
      ...(options.password
        ? {
            accounts: {
              create: {
                id: randomUUID(),
                accountId: id,
                providerId: "credential",
                password: await hashPassword(options.password),
              },
            },
          }
        : {}),
    },
    select: { id: true, email: true, name: true, role: true, parliamentId: true, expertId: true },
  });
  return user;
}

export async function createFinding(
  db: Database,
  options: {
    phaseId: string;
    authorId: string;
    status?: "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED";
    area?: IctArea;
  },
) {
  return db.prisma.finding.create({
    data: {
      phaseId: options.phaseId,
      authorId: options.authorId,
      area: options.area ?? "LEG",
      kind: "GAP",
      severity: "HIGH",
      title: unique("Finding"),
      description: "Bills are drafted in word processors and exchanged by e-mail.",
      status: options.status ?? "DRAFT",
    },
    select: { id: true, version: true, status: true },
  });
}
