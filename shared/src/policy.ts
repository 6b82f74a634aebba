// Who may do what, on which record: DESIGN's permission table as functions of the actor
// and the facts about the record that matter (docs/design.md, "Permissions"). The server
// enforces these (its scoped queries and checks call them); the client asks the very same
// functions what to offer, so the two cannot drift apart.
import type { FindingStatus, PhaseKind, PhaseStatus, Role, RoadmapStatus, TeamRole } from "./enums.ts";
import { FINDING_MOVES, findingIsLocked, type FindingMove } from "./workflows/finding.ts";
import { roadmapShownToParliament, type RoadmapMove } from "./workflows/roadmap.ts";
import { phaseHasReport } from "./workflows/phase.ts";

/** Whoever acts: a signed-in user, or a job acting for one. */
export type Actor = {
  id: string;
  role: Role;
  /** Parliament staff: the one parliament whose records they may see. */
  parliamentId: string | null;
  /** Experts: their record in the expert directory. */
  expertId: string | null;
};

type WithRole = Pick<Actor, "role">;

/** Admins and coordinators run the programme: reference data, missions, phases, teams. */
export function isManager(actor: WithRole): boolean {
  return actor.role === "ADMIN" || actor.role === "COORDINATOR";
}

// ---------------------------------------------------------------------------------------
// Reading: how far an actor's view reaches. Lists filter to it and a record outside it is
// "not found".
// ---------------------------------------------------------------------------------------

/**
 * Missions, with their phases, teams and findings: managers all of them, experts the
 * missions they are on, parliament staff their own parliament's.
 */
export function missionReach(actor: WithRole): "ALL" | "OWN_TEAM" | "OWN_PARLIAMENT" {
  if (actor.role === "EXPERT") return "OWN_TEAM";
  if (actor.role === "PARLIAMENT_STAFF") return "OWN_PARLIAMENT";
  return "ALL";
}

/**
 * Parliaments, programmes and the expert directory: everyone reads them but parliament
 * staff, who see their own parliament, the programmes funding its missions and the
 * experts on them.
 */
export function directoryReach(actor: WithRole): "ALL" | "OWN_PARLIAMENT" {
  return actor.role === "PARLIAMENT_STAFF" ? "OWN_PARLIAMENT" : "ALL";
}

/** Parliament staff read validated findings only: drafts and reviews are the team's. */
export function readsOnlyValidatedFindings(actor: WithRole): boolean {
  return actor.role === "PARLIAMENT_STAFF";
}

/**
 * A roadmap in this status is visible to this actor (within their mission reach);
 * `hasBaseline` says it was endorsed once.
 */
export function mayReadRoadmapIn(actor: WithRole, status: RoadmapStatus, hasBaseline: boolean): boolean {
  return actor.role !== "PARLIAMENT_STAFF" || roadmapShownToParliament(status, hasBaseline);
}

/**
 * The directory's private side (an expert's e-mail and unavailable periods, a
 * coordinator's reasons for an override) tells of other parliaments' missions: not for
 * parliament staff.
 */
export function seesTeamPrivateDetails(actor: WithRole): boolean {
  return actor.role !== "PARLIAMENT_STAFF";
}

/** An expert's availability reflects their bookings on other parliaments' missions. */
export function maySearchExpertAvailability(actor: WithRole): boolean {
  return seesTeamPrivateDetails(actor);
}

/** Parliament staff have a home of their own: their parliament. */
export function hasParliamentHome(actor: WithRole): boolean {
  return actor.role === "PARLIAMENT_STAFF";
}

/** The programme dashboard (every mission's numbers) is for those who run the programme. */
export function mayReadProgrammeDashboard(actor: WithRole): boolean {
  return isManager(actor);
}

/** Experts have a home of their own: their phases, findings to write or fix, deadlines. */
export function hasExpertHome(actor: WithRole): boolean {
  return actor.role === "EXPERT";
}

/**
 * The field calendar (who is where, their clashes and overrides) is for the people who
 * staff missions and the experts on them, within their mission reach; it tells of
 * experts' time off and other parliaments' missions, so not for parliament staff.
 */
export function mayReadFieldCalendar(actor: WithRole): boolean {
  return isManager(actor) || actor.role === "EXPERT";
}

export function mayReadAuditLog(actor: WithRole): boolean {
  return isManager(actor);
}

// ---------------------------------------------------------------------------------------
// Managing.
// ---------------------------------------------------------------------------------------

export function mayManageUsers(actor: WithRole): boolean {
  return actor.role === "ADMIN";
}

/** Parliaments, programmes and the expert directory. */
export function mayManageDirectory(actor: WithRole): boolean {
  return isManager(actor);
}

/** Missions, their phases and their teams. */
export function mayManageMissions(actor: WithRole): boolean {
  return isManager(actor);
}

/** A programme's IATI activity file: those who manage programmes report them to funders. */
export function mayExportIati(actor: WithRole): boolean {
  return isManager(actor);
}

/**
 * An admin never demotes or deactivates their own account: Hemicycle always keeps an
 * admin who can undo a mistake.
 */
export function mayChangeRoleOrAccessOf(actor: Pick<Actor, "id">, userId: string): boolean {
  return actor.id !== userId;
}

/** The users screen sets other people's passwords; one's own is changed knowing the current one. */
export function maySetPasswordOf(actor: Pick<Actor, "id">, userId: string): boolean {
  return actor.id !== userId;
}

// ---------------------------------------------------------------------------------------
// Findings. `teamRole` is the actor's role on the finding's phase team, or null.
// ---------------------------------------------------------------------------------------

/** Managers and experts write findings (experts on their phases only); parliament staff never. */
export function writesFindings(actor: WithRole): boolean {
  return isManager(actor) || actor.role === "EXPERT";
}

/** Managers, and the experts on the phase's team, log and edit findings on a phase. */
export function mayWriteFindings(actor: WithRole, teamRole: TeamRole | null): boolean {
  return isManager(actor) || (actor.role === "EXPERT" && teamRole !== null);
}

/**
 * A validated finding is locked for everyone, managers included: it is what parliament
 * staff read, so a change to it goes through a reopening, which needs a reason and is audited.
 */
export function mayEditFinding(actor: WithRole, status: FindingStatus, teamRole: TeamRole | null): boolean {
  return mayWriteFindings(actor, teamRole) && !findingIsLocked(status);
}

/** A finding's evidence files change as its text does: by its writers, until it is validated. */
export function mayChangeFindingFiles(actor: WithRole, status: FindingStatus, teamRole: TeamRole | null): boolean {
  return mayEditFinding(actor, status, teamRole);
}

/** The phase's lead expert, or a manager, reviews findings. */
export function mayReviewFindings(actor: WithRole, teamRole: TeamRole | null): boolean {
  return isManager(actor) || (actor.role === "EXPERT" && teamRole === "LEAD");
}

/** The facts about one finding that decide who moves it: the actor's role on its phase's team, its author. */
export type FindingFacts = { teamRole: TeamRole | null; authorId: string };

/**
 * Four eyes: nobody reviews their own finding. The phase's lead reviews the others'
 * findings; a lead's own are reviewed by a coordinator, and a finding a manager wrote by
 * another manager.
 */
export function reviewsOwnFinding(actor: Pick<Actor, "id">, facts: FindingFacts): boolean {
  return facts.authorId === actor.id;
}

/** This actor may validate, reject and reopen this finding. */
export function mayReviewFinding(actor: Pick<Actor, "id" | "role">, facts: FindingFacts): boolean {
  return mayReviewFindings(actor, facts.teamRole) && !reviewsOwnFinding(actor, facts);
}

export function mayMakeFindingMove(actor: Pick<Actor, "id" | "role">, move: FindingMove, facts: FindingFacts): boolean {
  return move.by === "lead" ? mayReviewFinding(actor, facts) : mayWriteFindings(actor, facts.teamRole);
}

/** The moves this actor may make on a finding in `status`, in the workflow's order. */
export function findingMovesFor(
  actor: Pick<Actor, "id" | "role">,
  status: FindingStatus,
  facts: FindingFacts,
): FindingMove[] {
  return FINDING_MOVES.filter((m) => m.from === status && mayMakeFindingMove(actor, m, facts));
}

// ---------------------------------------------------------------------------------------
// Roadmaps. `onMission` says the actor is on the team of one of the mission's phases,
// `leadsAPhase` that they lead one; `parliamentId` is the mission's parliament.
// ---------------------------------------------------------------------------------------

type RoadmapFacts = { onMission: boolean; leadsAPhase: boolean; parliamentId: string };

/** Managers and the mission's experts edit its roadmap. */
export function mayEditRoadmap(actor: WithRole, facts: Pick<RoadmapFacts, "onMission">): boolean {
  return isManager(actor) || (actor.role === "EXPERT" && facts.onMission);
}

/**
 * Submitting is the coordinator's (or a lead expert's) call; reviewing is the
 * parliament's own staff's. Admins manage users and data, not the review.
 */
export function mayMakeRoadmapMove(
  actor: Pick<Actor, "role" | "parliamentId">,
  move: RoadmapMove,
  facts: RoadmapFacts,
): boolean {
  if (move.by === "parliament") return actor.role === "PARLIAMENT_STAFF" && actor.parliamentId === facts.parliamentId;
  return actor.role === "COORDINATOR" || (actor.role === "EXPERT" && facts.leadsAPhase);
}

/**
 * After endorsement (the roadmap has a baseline), the parliament's staff keep the items'
 * progress up to date, as do the editors at any time.
 */
export function mayUpdateRoadmapProgress(
  actor: Pick<Actor, "role" | "parliamentId">,
  hasBaseline: boolean,
  facts: Pick<RoadmapFacts, "onMission" | "parliamentId">,
): boolean {
  if (actor.role === "PARLIAMENT_STAFF") return hasBaseline && actor.parliamentId === facts.parliamentId;
  return mayEditRoadmap(actor, facts);
}

/**
 * The review is a conversation: the parliament's own staff and the people who edit the
 * roadmap comment, reply and resolve threads.
 */
export function mayDiscussRoadmap(
  actor: Pick<Actor, "role" | "parliamentId">,
  facts: Pick<RoadmapFacts, "onMission" | "parliamentId">,
): boolean {
  if (actor.role === "PARLIAMENT_STAFF") return actor.parliamentId === facts.parliamentId;
  return mayEditRoadmap(actor, facts);
}

// ---------------------------------------------------------------------------------------
// Terms of reference (docs/documents.md, "Terms of reference"). Read within the mission's
// reach, so the parliament's own staff read them too; `onMission` as for roadmaps.
// ---------------------------------------------------------------------------------------

/** Managers and the mission's experts draft terms of reference and edit them, as they edit its roadmap. */
export function mayDraftTermsOfReference(actor: WithRole, facts: { onMission: boolean }): boolean {
  return isManager(actor) || (actor.role === "EXPERT" && facts.onMission);
}

// ---------------------------------------------------------------------------------------
// The assessment report's review (docs/documents.md, "Reviewing the report"). Whoever
// reaches the phase (mission reach: the parliament's own staff, the mission's experts,
// managers) is the audience; these say when. A workshop has no report.
// ---------------------------------------------------------------------------------------

type ReportPhase = { kind: PhaseKind; status: PhaseStatus };

/**
 * The report reaches the parliament when the phase enters parliament review, and stays
 * with its staff once finalised; a phase taken back to draft report is the team's again.
 */
export function reportShownToParliament(status: PhaseStatus): boolean {
  return status === "PARLIAMENT_REVIEW" || status === "FINALISED";
}

/** The team and managers read a phase's report at any time; the parliament's staff once it has reached them. */
export function mayReadPhaseReport(actor: WithRole, phase: ReportPhase): boolean {
  if (!phaseHasReport(phase.kind)) return false;
  return actor.role !== "PARLIAMENT_STAFF" || reportShownToParliament(phase.status);
}

/**
 * Comments are written while the phase is in parliament review: the staff comment, the
 * team and the coordinators answer. Before, the report is a draft; after, it is final.
 */
export function mayCommentOnReport(actor: WithRole, phase: ReportPhase): boolean {
  return mayReadPhaseReport(actor, phase) && phase.status === "PARLIAMENT_REVIEW";
}

/** One's own comment may be taken back while the review is still open. */
export function mayDeleteReportComment(
  actor: Pick<Actor, "id" | "role">,
  phase: ReportPhase,
  authorId: string,
): boolean {
  return mayCommentOnReport(actor, phase) && authorId === actor.id;
}
