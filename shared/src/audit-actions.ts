// The audit log's action codes: every `action` the server writes, so that the admin view
// has a sentence for each (shared/locales/en.json, `audit.sentences`) and a filter
// can offer them. A test (tests/server/audit-actions.test.ts) collects the codes the
// server's code writes and checks this list holds every one.

/** Refused attempts (FORBIDDEN or NOT_FOUND on a mutation, a failed sign-in): docs/security.md, "Audit log". */
export const DENIED_ACTIONS = ["access.denied", "auth.loginFailed", "access.deniedSuppressed"] as const;

export const AUDIT_ACTIONS = [
  "attachment.create",
  "attachment.remove",
  "auth.changePassword",
  "auth.login",
  "auth.logout",
  "auth.revokeOtherSessions",
  "auth.revokeSession",
  "auth.setEmailNotifications",
  "auth.setLanguage",
  "comment.create",
  "comment.reopen",
  "comment.resolve",
  "demo.seed",
  "expert.create",
  "expert.import",
  "expert.update",
  "finding.create",
  "finding.setStatus",
  "finding.update",
  "mission.create",
  "mission.status",
  "mission.update",
  "parliament.create",
  "parliament.import",
  "parliament.update",
  "phase.assignExpert",
  "phase.copyTeam",
  "phase.create",
  "phase.setLead",
  "phase.unassignExpert",
  "phase.update",
  "programme.create",
  "programme.update",
  "reportComment.create",
  "reportComment.remove",
  "roadmap.create",
  "roadmap.markRevisionSeen",
  "roadmap.reopen",
  "roadmap.reorderItems",
  "roadmap.review",
  "roadmap.submitForReview",
  "roadmap.update",
  "roadmapItem.create",
  "roadmapItem.linkFindings",
  "roadmapItem.remove",
  "roadmapItem.setDependencies",
  "roadmapItem.update",
  "roadmapItem.updateProgress",
  "termsOfReference.create",
  "termsOfReference.save",
  "user.create",
  "user.update",
  ...DENIED_ACTIONS,
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type DeniedAction = (typeof DENIED_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
