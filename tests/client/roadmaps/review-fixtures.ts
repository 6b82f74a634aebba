// Records and a stand-in server for the client tests that talk to the server (the review,
// and the editor's dialogs); roadmaps and items are built by roadmap-fixtures.ts. The
// records are typed by the router's own outputs, so a change of shape on the server shows
// up here as a type error. `serveTrpc` answers the tRPC client's batch requests (superjson on the wire, as
// the real server sends it) from handlers per procedure and records every call, so a
// test can assert what was sent and a mutation's refetches get fresh answers.
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { vi } from "vitest";
import type { Problem, TransportCode } from "@hemicycle/shared/errors";
import type { Message } from "@hemicycle/shared/messages";
import type { Roadmap } from "../../../client/src/features/roadmaps/api/types.ts";
import type {
  CommentThread,
  Comparison,
  Revision,
  RoadmapListItem,
} from "../../../client/src/features/roadmaps/api/roadmap-review.ts";
import { day, staff } from "../fixtures.ts";
import { roadmapItem, roadmapOf } from "./roadmap-fixtures.ts";

/** Zambia's roadmap, revision 2 in review, as its staff (Sipho) reads it. */
export function roadmap(overrides: Partial<Roadmap> = {}): Roadmap {
  const planned = { startDate: day("2027-03-01"), endDate: day("2027-09-30") };
  return roadmapOf(
    [
      roadmapItem({ id: "i-web", title: "Redesign the website", area: "WEB", ...planned }),
      roadmapItem({ id: "i-net", title: "Upgrade the network", area: "INF", ...planned }),
    ],
    {
      vision: "A parliament whose work every citizen can follow.",
      status: "IN_REVIEW",
      version: 5,
      updatedAt: day("2027-02-10"),
      viewer: { onMission: false, leadsAPhase: false },
      latestRevision: { number: 2, kind: "SUBMISSION", createdAt: day("2027-02-10") },
      lastSeenRevision: 1,
      ...overrides,
    },
  );
}

const colm = { id: "u-coord", name: "Colm Coordinator" };
const sipho = { id: staff.id, name: staff.name };

export function revisions(): Revision[] {
  return [
    { number: 2, kind: "SUBMISSION", createdAt: day("2027-02-10"), createdBy: colm, decisions: [] },
    {
      number: 1,
      kind: "SUBMISSION",
      createdAt: day("2027-01-20"),
      createdBy: colm,
      decisions: [
        {
          decision: "REQUEST_CHANGES",
          comment: "Cost the website redesign.",
          decidedBy: sipho,
          createdAt: day("2027-01-25"),
        },
      ],
    },
  ];
}

/** Revision 1 → 2: one item added, one removed, one changed in area, dates, cost and progress; the vision reworded. */
export function comparison(overrides: Partial<Comparison> = {}): Comparison {
  return {
    from: 1,
    to: 2,
    roadmap: [
      { field: "vision", from: "A modern parliament.", to: "A parliament whose work every citizen can follow." },
    ],
    added: [{ id: "i-net", title: "Upgrade the network" }],
    removed: [{ id: "i-old", title: "Buy new laptops" }],
    changed: [
      {
        id: "i-web",
        title: "Redesign the website",
        changes: [
          { field: "area", from: "INF", to: "WEB" },
          { field: "endDate", from: "2027-06-30", to: "2027-09-30" },
          { field: "costEstimate", from: null, to: "125000.00" },
          { field: "currency", from: null, to: "USD" },
          { field: "progress", from: "NOT_STARTED", to: "IN_PROGRESS" },
        ],
      },
    ],
    ...overrides,
  };
}

export function thread(overrides: Partial<CommentThread> & Pick<CommentThread, "id" | "body">): CommentThread {
  return {
    itemId: null,
    itemTitle: null,
    author: { id: staff.id, name: staff.name, role: "PARLIAMENT_STAFF" },
    createdAt: day("2027-02-11"),
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    version: 1,
    replies: [],
    ...overrides,
  };
}

export function listItem(overrides: Partial<RoadmapListItem> & Pick<RoadmapListItem, "id" | "title">): RoadmapListItem {
  return {
    missionId: "m-1",
    missionCode: "ZMB-2027",
    missionTitle: "ICT assessment and strategic plan",
    parliamentId: staff.parliamentId!,
    parliamentName: "National Assembly of Zambia",
    status: "ENDORSED",
    horizonStart: 2027,
    horizonEnd: 2030,
    baselineRevision: null,
    latestRevision: { number: 1, kind: "SUBMISSION", createdAt: day("2027-01-20") },
    itemCount: 4,
    updatedAt: day("2027-02-10"),
    ...overrides,
  };
}

/** A refusal a handler throws; it travels as the server's error formatter shapes it. */
export class Refusal extends Error {
  constructor(
    readonly code: TransportCode,
    readonly said: Message,
    readonly problem: Problem | null = null,
  ) {
    super(said.code);
  }
}

const HTTP_STATUS: Record<TransportCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export type Call = { path: string; input: unknown };
type Handler = (input: never) => unknown;

/**
 * Answers the client's tRPC calls from `handlers` (by procedure path, e.g.
 * "roadmaps.review") until the test ends; a call without a handler is refused with
 * NOT_FOUND. Returns the calls made, in order.
 */
export function serveTrpc(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetchStub = vi.fn(async (resource: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(resource), "http://localhost");
    const paths = decodeURIComponent(url.pathname.replace(/^\/trpc\//, "")).split(",");
    const raw: Record<string, { json: unknown; meta?: unknown }> =
      init?.method === "POST" ? JSON.parse(String(init.body)) : JSON.parse(url.searchParams.get("input") ?? "{}");
    const answers = paths.map((path, index) => {
      const wire = raw[String(index)];
      const input = wire ? superjson.deserialize(wire as Parameters<typeof superjson.deserialize>[0]) : undefined;
      calls.push({ path, input });
      try {
        const handler = handlers[path];
        if (!handler) throw new Refusal("NOT_FOUND", { code: "notFound", params: { entity: "record" } });
        return { result: { data: superjson.serialize(handler(input as never)) } };
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        const data = {
          code: error.code,
          httpStatus: HTTP_STATUS[error.code],
          path,
          problem: error.problem,
          message: error.said,
          fieldErrors: null,
          formErrors: null,
        };
        return {
          error: superjson.serialize({ message: error.said.code, code: TRPC_ERROR_CODES_BY_KEY[error.code], data }),
          status: HTTP_STATUS[error.code],
        };
      }
    });
    const failed = answers.filter((a) => "error" in a);
    const status = failed.length === answers.length ? (failed[0] as { status: number }).status : 200;
    const body = answers.map((a) => ("error" in a ? { error: a.error } : a));
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchStub);
  return calls;
}

/** The calls made to one procedure, their inputs in order. */
export function inputsOf(calls: readonly Call[], path: string): unknown[] {
  return calls.filter((c) => c.path === path).map((c) => c.input);
}
