// Small, typed records for the client tests: the four personas as `auth.me` answers them,
// a mission with phases and teams, a finding as `findings.byId` returns it, and a refusal
// shaped as the server's error formatter (server/src/trpc.ts) sends it. The shapes come
// from the router's own types, so a change on the server shows up here as a type error.
import { TRPCClientError } from "@trpc/client";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { AppRouter } from "@hemicycle/server/router";
import type { Problem, TransportCode } from "@hemicycle/shared/errors";
import type { FieldErrors, Message } from "@hemicycle/shared/messages";
import type { FindingDetail } from "../../client/src/features/findings/api/findings.ts";
import type { MissionDetail, Phase, TeamMember } from "../../client/src/features/missions/api/missions.ts";
import type { Me } from "../helpers/render.tsx";

/** A calendar date, stored at UTC midnight as the server sends it. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const admin: Me = {
  id: "u-admin",
  role: "ADMIN",
  name: "Ada Admin",
  email: "ada@example.org",
  parliamentId: null,
  expertId: null,
};
export const coordinator: Me = {
  id: "u-coord",
  role: "COORDINATOR",
  name: "Colm Coordinator",
  email: "colm@example.org",
  parliamentId: null,
  expertId: null,
};
/** An expert with a record in the directory: on a phase's team through `member()`. */
export const expert: Me = {
  id: "u-expert",
  role: "EXPERT",
  name: "Esi Expert",
  email: "esi@example.org",
  parliamentId: null,
  expertId: "x-esi",
};
export const staff: Me = {
  id: "u-staff",
  role: "PARLIAMENT_STAFF",
  name: "Sipho Staff",
  email: "sipho@example.org",
  parliamentId: "p-zambia",
  expertId: null,
};

/** An expert on a phase's team. */
export function member(expertId: string, role: TeamMember["role"] = "MEMBER"): TeamMember {
  return {
    expertId,
    role,
    overrideReason: null,
    expert: { id: expertId, name: `Expert ${expertId}`, institution: "Parliament of Kenya", countryCode: "KE" },
  };
}

export function phase(overrides: Partial<Phase> & Pick<Phase, "id">): Phase {
  return {
    missionId: "m-1",
    kind: "ASSESSMENT",
    status: "PLANNED",
    startDate: day("2027-03-01"),
    endDate: day("2027-03-05"),
    actualStartDate: null,
    actualEndDate: null,
    location: null,
    reportDueDate: null,
    reportDaysLate: 0,
    version: 1,
    team: [],
    ...overrides,
  };
}

export function mission(phases: Phase[]): MissionDetail {
  return {
    id: "m-1",
    code: "ZMB-2027",
    title: "ICT assessment of the National Assembly of Zambia",
    type: "ASSESSMENT_AND_PLAN",
    status: "IN_PROGRESS",
    objectives: null,
    version: 1,
    createdAt: day("2027-01-10"),
    updatedAt: day("2027-01-10"),
    parliamentId: "p-zambia",
    programmeId: null,
    parliament: { id: "p-zambia", name: "National Assembly of Zambia", countryCode: "ZM" },
    programme: null,
    coordinator: { id: coordinator.id, name: coordinator.name },
    phases,
  };
}

export function finding(overrides: Partial<FindingDetail> = {}): FindingDetail {
  return {
    id: "f-1",
    phaseId: "ph-assessment",
    area: "WEB",
    subArea: null,
    kind: "GAP",
    severity: "HIGH",
    grade: null,
    title: "The website is not updated after sittings",
    description: "Order papers appear days late.",
    evidence: null,
    recommendation: null,
    clientId: null,
    status: "DRAFT",
    version: 1,
    createdAt: day("2027-03-02"),
    updatedAt: day("2027-03-02"),
    validatedAt: null,
    validatedBy: null,
    author: { id: expert.id, name: expert.name },
    phase: {
      id: "ph-assessment",
      kind: "ASSESSMENT",
      mission: {
        id: "m-1",
        code: "ZMB-2027",
        title: "ICT assessment",
        parliament: { id: "p-zambia", name: "National Assembly of Zambia" },
      },
    },
    attachments: [],
    myTeamRole: null,
    reviewNotes: [],
    revisitsId: null,
    revisitOutcome: null,
    ...overrides,
  };
}

type Refusal = {
  code: TransportCode;
  message: Message;
  problem?: Problem | null;
  fieldErrors?: FieldErrors | null;
  formErrors?: Message[] | null;
  path?: string;
};

const HTTP_STATUS: Record<TransportCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** A refused call as the client receives it: `error.data` is what the server's error formatter builds. */
export function serverError({
  code,
  message,
  problem = null,
  fieldErrors = null,
  formErrors = null,
  path = "test.call",
}: Refusal): TRPCClientError<AppRouter> {
  return new TRPCClientError<AppRouter>(message.code, {
    result: {
      error: {
        message: message.code,
        code: TRPC_ERROR_CODES_BY_KEY[code],
        data: { code, httpStatus: HTTP_STATUS[code], path, problem, message, fieldErrors, formErrors },
      },
    },
  });
}

/** A call that never got a tRPC answer (offline, a proxy's error page). */
export function networkError(): TRPCClientError<AppRouter> {
  return new TRPCClientError<AppRouter>("Failed to fetch", { cause: new TypeError("Failed to fetch") });
}
