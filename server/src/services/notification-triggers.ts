// Who is told what, where things happen (docs/notifications.md, "Who is told"). Each
// function runs in the transaction of the change it tells about, after the change, reads
// the few facts the notice needs (names as they are now, the readers' user ids) and hands
// the notices to notify(). The actor is never told of their own action (notify() drops
// them), and neither is a reader without a user account (an expert of the directory only).
import type { TeamRole } from "@hemicycle/shared/enums";
import type { Clash } from "@hemicycle/shared/errors";
import { mayReadRoadmapIn, type Actor } from "@hemicycle/shared/policy";
import type { DbOrTx } from "../db/types.ts";
import { notify, type Notice } from "./notifications.ts";

/** Whoever acted; the session's user carries their name, an actor without one is read. */
type Who = Pick<Actor, "id"> & { name?: string };

async function nameOf(tx: DbOrTx, actor: Who): Promise<string> {
  if (typeof actor.name === "string") return actor.name;
  const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  return user?.name ?? "";
}

/** "YYYY-MM-DD" of a date-only value (stored at UTC midnight). */
const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

/** A comment's first words: the notice quotes, the page holds the whole. */
export const EXCERPT_LENGTH = 140;
export function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/** The app's paths, as client/src/app/router.tsx declares them. */
export const links = {
  mission: (missionId: string) => `/missions/${missionId}`,
  finding: (findingId: string) => `/findings/${findingId}`,
  /** The team's roadmap editor. */
  roadmap: (missionId: string) => `/missions/${missionId}/roadmap`,
  /** The parliament's review of a roadmap. */
  roadmapReview: (roadmapId: string) => `/parliament/roadmaps/${roadmapId}`,
  report: (missionId: string, phaseId: string) => `/missions/${missionId}/phases/${phaseId}/report`,
};

/** The users of the experts on any phase of the mission (or of one phase), and the mission's coordinator. */
async function teamAndCoordinator(tx: DbOrTx, missionId: string, phaseId?: string) {
  const users = await tx.user.findMany({
    where: {
      active: true,
      OR: [
        { expert: { assignments: { some: phaseId ? { phaseId } : { phase: { missionId } } } } },
        { coordinatedMissions: { some: { id: missionId } } },
      ],
    },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/** The parliament's staff: the readers of its roadmaps and reports. */
async function staffOf(tx: DbOrTx, parliamentId: string) {
  const users = await tx.user.findMany({
    where: { active: true, role: "PARLIAMENT_STAFF", parliamentId },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

// ---------------------------------------------------------------------------------------
// A phase's team

/** One change of a phase's team: an expert put on it (with the reason of an override, if any) or taken off. */
export type TeamChange =
  | { change: "assigned"; expertId: string; role: TeamRole; overrideReason?: string | null; clashes?: Clash[] }
  | { change: "removed"; expertId: string };

/**
 * PHASE_ASSIGNED / PHASE_UNASSIGNED to the expert's user. An assignment kept despite a
 * clash (CONFLICT_OVERRIDE) also tells the expert and the coordinators of the other
 * missions whose phases clash: they learn their expert is booked twice.
 */
export async function tellTeamChanges(tx: DbOrTx, actor: Who, phaseId: string, changes: readonly TeamChange[]) {
  if (changes.length === 0) return;
  const name = await nameOf(tx, actor);
  const phase = await tx.phase.findUniqueOrThrow({
    where: { id: phaseId },
    select: { kind: true, startDate: true, endDate: true, mission: { select: { id: true, title: true } } },
  });
  const clashPhaseIds = changes.flatMap((c) =>
    c.change === "assigned" && c.overrideReason
      ? (c.clashes ?? []).flatMap((k) => (k.kind === "phase" ? [k.phaseId] : []))
      : [],
  );
  const experts = await tx.expert.findMany({
    where: { id: { in: changes.map((c) => c.expertId) } },
    select: { id: true, name: true, user: { select: { id: true } } },
  });
  const clashing = clashPhaseIds.length
    ? await tx.phase.findMany({
        where: { id: { in: clashPhaseIds } },
        select: { id: true, mission: { select: { coordinatorId: true } } },
      })
    : [];
  const coordinatorOf = new Map(clashing.map((p) => [p.id, p.mission.coordinatorId]));
  const byId = new Map(experts.map((e) => [e.id, e]));
  const of = { mission: phase.mission.title, phaseKind: phase.kind };
  const link = links.mission(phase.mission.id);
  const notices: Notice[] = [];
  for (const change of changes) {
    const expert = byId.get(change.expertId);
    if (!expert) continue;
    const userIds = [expert.user?.id];
    if (change.change === "removed") {
      notices.push({ kind: "PHASE_UNASSIGNED", userIds, actorId: actor.id, link, params: { ...of, actor: name } });
      continue;
    }
    notices.push({
      kind: "PHASE_ASSIGNED",
      userIds,
      actorId: actor.id,
      link,
      params: {
        ...of,
        actor: name,
        role: change.role,
        startDate: dateOnly(phase.startDate),
        endDate: dateOnly(phase.endDate),
      },
    });
    if (change.overrideReason) {
      const others = (change.clashes ?? []).flatMap((k) => (k.kind === "phase" ? [coordinatorOf.get(k.phaseId)] : []));
      notices.push({
        kind: "CONFLICT_OVERRIDE",
        userIds: [expert.user?.id, ...others],
        actorId: actor.id,
        link,
        params: { ...of, actor: name, expert: expert.name, reason: change.overrideReason },
      });
    }
  }
  await notify(tx, notices);
}

// ---------------------------------------------------------------------------------------
// Findings

/** FINDING_VALIDATED / FINDING_REJECTED to each finding's author. */
export async function tellFindingsReviewed(
  tx: DbOrTx,
  actor: Who,
  findingIds: readonly string[],
  outcome: "VALIDATED" | "REJECTED",
) {
  if (findingIds.length === 0) return;
  const name = await nameOf(tx, actor);
  const findings = await tx.finding.findMany({
    where: { id: { in: [...findingIds] } },
    select: { id: true, title: true, authorId: true, phase: { select: { mission: { select: { title: true } } } } },
  });
  await notify(
    tx,
    findings.map((finding) => ({
      kind: outcome === "VALIDATED" ? "FINDING_VALIDATED" : "FINDING_REJECTED",
      userIds: [finding.authorId],
      actorId: actor.id,
      link: links.finding(finding.id),
      params: { actor: name, finding: finding.title, mission: finding.phase.mission.title },
    })),
  );
}

/** A reviewer's note on a move other than a validation or a rejection (a reopening, say): COMMENT to the finding's author. */
export async function tellFindingReviewNote(tx: DbOrTx, actor: Who, findingId: string, body: string) {
  const name = await nameOf(tx, actor);
  const finding = await tx.finding.findUniqueOrThrow({
    where: { id: findingId },
    select: { id: true, title: true, authorId: true },
  });
  await notify(tx, [
    {
      kind: "COMMENT",
      userIds: [finding.authorId],
      actorId: actor.id,
      link: links.finding(finding.id),
      params: { actor: name, subject: finding.title, excerpt: excerpt(body) },
    },
  ]);
}

// ---------------------------------------------------------------------------------------
// Roadmaps

async function roadmapFacts(tx: DbOrTx, roadmapId: string) {
  return tx.roadmap.findUniqueOrThrow({
    where: { id: roadmapId },
    select: {
      id: true,
      title: true,
      status: true,
      baselineRevision: true,
      missionId: true,
      mission: { select: { parliamentId: true } },
    },
  });
}

/** The parliament's staff, when they may read the roadmap as it is now (a draft never submitted is the team's alone). */
async function roadmapStaff(tx: DbOrTx, roadmap: Awaited<ReturnType<typeof roadmapFacts>>) {
  const shown = mayReadRoadmapIn({ role: "PARLIAMENT_STAFF" }, roadmap.status, roadmap.baselineRevision !== null);
  return shown ? staffOf(tx, roadmap.mission.parliamentId) : ([] as string[]);
}

/**
 * A move of the roadmap's review: submitted → the parliament's staff (to the review page);
 * changes requested or endorsed → the team of every phase of the mission and its
 * coordinator (to the editor).
 */
export async function tellRoadmapMove(
  tx: DbOrTx,
  actor: Who,
  roadmapId: string,
  move: "ROADMAP_SUBMITTED" | "ROADMAP_CHANGES_REQUESTED" | "ROADMAP_ENDORSED",
) {
  const name = await nameOf(tx, actor);
  const roadmap = await roadmapFacts(tx, roadmapId);
  const params = { actor: name, roadmap: roadmap.title };
  if (move === "ROADMAP_SUBMITTED") {
    const userIds = await roadmapStaff(tx, roadmap);
    await notify(tx, [{ kind: move, userIds, actorId: actor.id, link: links.roadmapReview(roadmap.id), params }]);
    return;
  }
  const userIds = await teamAndCoordinator(tx, roadmap.missionId);
  await notify(tx, [{ kind: move, userIds, actorId: actor.id, link: links.roadmap(roadmap.missionId), params }]);
}

/**
 * A comment on a roadmap or one of its items. The staff's comment tells the team and the
 * coordinator; anyone else's tells the staff; a reply also tells the thread's author.
 * Each reader is led to their own page of the roadmap.
 */
export async function tellRoadmapComment(
  tx: DbOrTx,
  actor: Who & Pick<Actor, "role">,
  comment: { roadmapId: string; itemId: string | null; parentId: string | null; body: string },
) {
  const name = await nameOf(tx, actor);
  const roadmap = await roadmapFacts(tx, comment.roadmapId);
  const item = comment.itemId
    ? await tx.roadmapItem.findUnique({ where: { id: comment.itemId }, select: { title: true } })
    : null;
  const threadAuthor = comment.parentId
    ? await tx.comment.findUnique({
        where: { id: comment.parentId },
        select: { author: { select: { id: true, role: true } } },
      })
    : null;
  const staffSpeaks = actor.role === "PARLIAMENT_STAFF";
  const team = await teamAndCoordinator(tx, roadmap.missionId);
  const staff = await roadmapStaff(tx, roadmap);
  const readers = staffSpeaks ? team : staff;
  const params = { actor: name, subject: item?.title ?? roadmap.title, excerpt: excerpt(comment.body) };
  const staffLink = links.roadmapReview(roadmap.id);
  const teamLink = links.roadmap(roadmap.missionId);
  const notices: Notice[] = [
    { kind: "COMMENT", userIds: readers, actorId: actor.id, link: staffSpeaks ? teamLink : staffLink, params },
  ];
  // The thread's author, while they may still read the roadmap (an expert still on the
  // team, staff while it is shown to the parliament, any manager).
  const author = threadAuthor?.author;
  const mayRead = (id: string, role: string) =>
    role === "PARLIAMENT_STAFF" ? staff.includes(id) : role === "EXPERT" ? team.includes(id) : true;
  if (author && !readers.includes(author.id) && mayRead(author.id, author.role)) {
    notices.push({
      kind: "COMMENT",
      userIds: [author.id],
      actorId: actor.id,
      link: author.role === "PARLIAMENT_STAFF" ? staffLink : teamLink,
      params,
    });
  }
  await notify(tx, notices);
}

// ---------------------------------------------------------------------------------------
// The assessment report's review

/** A comment on a phase's report: the staff's tells the phase's team and the coordinator; anyone else's tells the staff. */
export async function tellReportComment(
  tx: DbOrTx,
  actor: Who & Pick<Actor, "role">,
  phase: { id: string; mission: { id: string; title: string; parliamentId: string } },
  body: string,
) {
  const name = await nameOf(tx, actor);
  const readers =
    actor.role === "PARLIAMENT_STAFF"
      ? await teamAndCoordinator(tx, phase.mission.id, phase.id)
      : await staffOf(tx, phase.mission.parliamentId);
  await notify(tx, [
    {
      kind: "COMMENT",
      userIds: readers,
      actorId: actor.id,
      link: links.report(phase.mission.id, phase.id),
      params: { actor: name, subject: phase.mission.title, excerpt: excerpt(body) },
    },
  ]);
}
