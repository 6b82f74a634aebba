// Who may call what: one row per procedure of the router, one column per persona,
// following the permission table of docs/design.md. The test beside this file lists the router's
// procedures and fails for any procedure without a row here, so each new procedure
// arrives with its permissions written down.
//
// Personas, on the Zambia mission of the demo data:
//   anonymous       no session
//   admin           ADMIN
//   coordinator     COORDINATOR
//   leadExpert      EXPERT, lead of the mission's assessment phase
//   outsiderExpert  EXPERT on no mission
//   ownStaff        PARLIAMENT_STAFF of Zambia (the mission's parliament)
//   otherStaff      PARLIAMENT_STAFF of Montenegro
//
// Outcomes: OK, or the tRPC error code the call must fail with. NOT_FOUND is the answer
// for a record the persona may not even know about.

export const PERSONAS = [
  "anonymous",
  "admin",
  "coordinator",
  "leadExpert",
  "outsiderExpert",
  "ownStaff",
  "otherStaff",
] as const;
export type Persona = (typeof PERSONAS)[number];
export type Outcome = "OK" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

type Row = Record<Persona, Outcome>;

const row = (a: Outcome, ad: Outcome, co: Outcome, le: Outcome, ou: Outcome, os: Outcome, xs: Outcome): Row => ({
  anonymous: a,
  admin: ad,
  coordinator: co,
  leadExpert: le,
  outsiderExpert: ou,
  ownStaff: os,
  otherStaff: xs,
});

const U = "UNAUTHORIZED";
const F = "FORBIDDEN";
const N = "NOT_FOUND";

/** Anyone signed in (lists are scoped in the query, so calling them is allowed). */
const signedIn = row(U, "OK", "OK", "OK", "OK", "OK", "OK");
/** Admins and coordinators manage reference data, missions and teams. */
const managers = row(U, "OK", "OK", F, F, F, F);
const adminOnly = row(U, "OK", F, F, F, F, F);
/** Reading something of the Zambia mission: its team and its parliament's staff, not outsiders. */
const zambiaMissionReader = row(U, "OK", "OK", "OK", N, "OK", N);
/** Editing (or reading) a draft roadmap of a Zambia mission the lead expert is on. */
const roadmapEditor = row(U, "OK", "OK", "OK", N, N, N);

export const EXPECTATIONS: Record<string, Row> = {
  "auth.login": row("OK", "OK", "OK", "OK", "OK", "OK", "OK"),
  "auth.logout": row("OK", "OK", "OK", "OK", "OK", "OK", "OK"),
  "auth.me": signedIn,
  // The session check answers null to a signed-out visitor instead of UNAUTHORIZED.
  "auth.session": row("OK", "OK", "OK", "OK", "OK", "OK", "OK"),
  // One's own sessions and password: anyone signed in. The session offered to revoke is
  // another user's, which nobody may end (not even the admin): NOT_FOUND.
  "auth.sessions": signedIn,
  "auth.revokeSession": row(U, N, N, N, N, N, N),
  "auth.revokeOtherSessions": signedIn,
  "auth.changePassword": signedIn,
  "auth.setLanguage": signedIn,

  "parliaments.list": signedIn,
  // The directory of parliaments is readable by experts; staff see their own only.
  "parliaments.byId": row(U, "OK", "OK", "OK", "OK", "OK", N),
  "parliaments.overview": row(U, "OK", "OK", "OK", "OK", "OK", N),
  "parliaments.create": managers,
  "parliaments.update": managers,
  "parliaments.importCsv": managers,

  "programmes.list": signedIn,
  "programmes.funders": signedIn,
  // Staff see the programmes that fund a mission to their parliament.
  "programmes.byId": row(U, "OK", "OK", "OK", "OK", "OK", N),
  "programmes.create": managers,
  "programmes.update": managers,
  // What the programme's IATI file holds: its managers report to funders; everyone else is
  // refused before any programme is looked up (the file's route answers them 404).
  "programmes.iatiSummary": managers,

  "experts.list": signedIn,
  // Staff see the experts on their parliament's missions.
  "experts.byId": row(U, "OK", "OK", "OK", "OK", "OK", N),
  "experts.create": managers,
  "experts.update": managers,
  "experts.importCsv": managers,
  // Ranks the whole directory for a phase: the work of those who staff missions.
  "experts.suggest": managers,

  "missions.list": signedIn,
  "missions.byId": zambiaMissionReader,
  // The feed is scoped inside: staff get validations and review steps, never drafts.
  "missions.activity": zambiaMissionReader,
  "missions.create": managers,
  "missions.update": managers,
  "missions.addPhase": managers,
  "missions.updatePhase": managers,
  "missions.assignExpert": managers,
  "missions.unassignExpert": managers,
  "missions.copyTeam": managers,
  "missions.setLead": managers,

  "findings.list": signedIn,
  "findings.summary": signedIn,
  // A validated finding of Zambia: its parliament's staff read it.
  "findings.byId": zambiaMissionReader,
  // Writing on the Zambia assessment phase: its team and managers; staff never;
  // an expert off the mission cannot even see the phase.
  "findings.create": row(U, "OK", "OK", "OK", N, F, F),
  "findings.update": row(U, "OK", "OK", "OK", N, F, F),
  // Validating a submitted finding: the phase's lead expert or a manager.
  "findings.setStatus": row(U, "OK", "OK", "OK", N, F, F),
  // The lead's review queue: whom it concerns sees their findings (an outsider an empty
  // queue); parliament staff review nothing.
  "findings.reviewQueue": row(U, "OK", "OK", "OK", "OK", F, F),
  // Validating several of a member's submitted findings: as setStatus, all or none.
  "findings.validateMany": row(U, "OK", "OK", "OK", N, F, F),
  // Benchmarking is scoped inside: managers every parliament, experts their missions',
  // staff their own by name and the others anonymised (findings-benchmark.test.ts).
  "findings.benchmark": signedIn,
  // A Zambia validation mission the lead expert is on, against Zambia's earlier assessment.
  "findings.compareAssessments": zambiaMissionReader,
  // The earlier findings a finding on a phase may revisit: whoever sees the phase.
  "findings.revisitCandidates": zambiaMissionReader,
  // A file of a draft on the Zambia assessment: its team and managers; a draft's files are
  // never the parliament's, so staff do not even see it (finding-files.test.ts: the rest).
  "findings.removeAttachment": row(U, "OK", "OK", "OK", N, N, N),

  // Terms of reference of the Zambia mission: read within the mission's reach (its
  // parliament's staff too), drafted and saved by managers and the mission's experts.
  "termsOfReference.list": zambiaMissionReader,
  "termsOfReference.byId": zambiaMissionReader,
  "termsOfReference.version": zambiaMissionReader,
  "termsOfReference.compare": zambiaMissionReader,
  "termsOfReference.sources": row(U, "OK", "OK", "OK", N, F, N),
  "termsOfReference.create": row(U, "OK", "OK", "OK", N, F, N),
  "termsOfReference.save": row(U, "OK", "OK", "OK", N, F, N),

  // The Zambia roadmap is a draft: the team's working copy, not yet shown to the
  // parliament (byMission answers null for its staff; roadmaps.test.ts covers the rest).
  "roadmaps.byMission": zambiaMissionReader,
  "roadmaps.byId": row(U, "OK", "OK", "OK", N, N, N),

  // The editor (on a draft roadmap of another Zambia mission whose phase the lead expert
  // leads): managers and the mission's experts; the parliament does not see a draft, so
  // its staff get NOT_FOUND before any question of editing.
  "roadmaps.update": roadmapEditor,
  "roadmaps.createItem": roadmapEditor,
  "roadmaps.updateItem": roadmapEditor,
  "roadmaps.removeItem": roadmapEditor,
  "roadmaps.reorderItems": roadmapEditor,
  "roadmaps.setDependencies": roadmapEditor,
  "roadmaps.linkFindings": roadmapEditor,
  "roadmaps.coverage": roadmapEditor,
  "roadmaps.proposeItems": roadmapEditor,
  // A new roadmap on a Zambia mission without one: its staff see the mission but may
  // not edit (FORBIDDEN); other staff and the outsider do not see it.
  "roadmaps.create": row(U, "OK", "OK", "OK", N, F, N),

  // The review (on a second Zambia mission whose phase the lead expert leads). Lists are
  // scoped in the query.
  "roadmaps.list": signedIn,
  // A draft: the coordinator or a lead expert submits; admins manage users, not the
  // review; the parliament does not see a draft yet.
  "roadmaps.submitForReview": row(U, F, "OK", "OK", N, N, N),
  // A roadmap in review: only its own parliament's staff decide.
  "roadmaps.review": row(U, F, F, F, N, "OK", N),
  // Reading a roadmap in review, its revisions, comments and live feed: the team, managers
  // and its parliament's staff.
  "roadmaps.revisions": zambiaMissionReader,
  "roadmaps.compare": zambiaMissionReader,
  "roadmaps.markRevisionSeen": zambiaMissionReader,
  "roadmaps.comments": zambiaMissionReader,
  "roadmaps.onChange": zambiaMissionReader,
  // The conversation: the people who edit it and its parliament's staff.
  "roadmaps.comment": zambiaMissionReader,
  "roadmaps.resolveComment": zambiaMissionReader,
  // An endorsed roadmap: its editors and, now that it has a baseline, its parliament's staff.
  "roadmaps.updateProgress": zambiaMissionReader,

  // The assessment report's review (a phase in parliament review): the mission's team,
  // managers and its parliament's staff read and comment, and delete their own comments;
  // the list of reports awaiting review is scoped in the query.
  "reportReview.inReview": signedIn,
  "reportReview.comments": zambiaMissionReader,
  "reportReview.comment": zambiaMissionReader,
  "reportReview.deleteComment": zambiaMissionReader,
  // The assessment report of a mission whose phase is in parliament review: its team, its
  // parliament's staff and the managers; an expert not on it and another parliament's staff
  // do not know it exists.
  "assessmentReport.content": zambiaMissionReader,

  // Who is where: managers and experts (within their missions); it tells of experts' time
  // off and other parliaments' missions, so not parliament staff.
  "calendar.range": row(U, "OK", "OK", "OK", "OK", F, F),

  // The command palette: everyone signed in, each list within their own reach.
  "search.global": signedIn,

  // Exports as jobs: starting one is allowed as its direct route is (the Zambia mission's
  // findings: its team, its staff, the managers); a job is its owner's alone, so everyone
  // signed in lists, reads, cancels and follows their own.
  "exportJobs.start": zambiaMissionReader,
  "exportJobs.list": signedIn,
  "exportJobs.byId": signedIn,
  "exportJobs.cancel": signedIn,
  "exportJobs.onChange": signedIn,

  // The notification centre: everyone signed in has their own; another's notices are
  // never found (tests/server/notifications-centre.test.ts).
  "notifications.list": signedIn,
  "notifications.unreadCount": signedIn,
  "notifications.markRead": signedIn,
  "notifications.markAllRead": signedIn,
  "notifications.onChange": signedIn,
  "notifications.emailPreferences": signedIn,
  "notifications.setEmailPreferences": signedIn,

  "audit.list": row(U, "OK", "OK", F, F, F, F),
  "audit.actors": row(U, "OK", "OK", F, F, F, F),

  // The programme's numbers are the managers'; experts have their own home, staff theirs.
  "dashboard.summary": managers,
  "dashboard.expertHome": row(U, F, F, "OK", "OK", F, F),

  "users.list": adminOnly,
  "users.create": adminOnly,
  "users.update": adminOnly,
};
