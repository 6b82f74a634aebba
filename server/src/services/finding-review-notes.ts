// A finding's review notes: the reasons its reviewers gave when they moved it (why it was
// rejected, why it was reopened), which its author reads to fix it. They are the team's
// working conversation: parliament staff, who only ever read validated findings, never
// see them (docs/findings.md, "Review").
import type { FindingStatus } from "@hemicycle/shared/enums";
import { readsOnlyValidatedFindings, type Actor } from "@hemicycle/shared/policy";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx, Tx } from "../db/types.ts";

const reviewNoteSelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  body: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.FindingReviewNoteSelect;

export type ReviewNote = Prisma.FindingReviewNoteGetPayload<{ select: typeof reviewNoteSelect }>;

/** The notes on a finding the actor already reads, oldest first; none for parliament staff. */
export async function findingReviewNotes(db: DbOrTx, actor: Actor, findingId: string): Promise<ReviewNote[]> {
  if (readsOnlyValidatedFindings(actor)) return [];
  return db.findingReviewNote.findMany({
    where: { findingId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: reviewNoteSelect,
  });
}

/** Keeps a reviewer's reason with the move it explains; call it in the move's transaction. */
export async function recordReviewNote(
  tx: Tx,
  actor: Pick<Actor, "id">,
  note: { findingId: string; fromStatus: FindingStatus; toStatus: FindingStatus; body: string },
): Promise<void> {
  await tx.findingReviewNote.create({ data: { ...note, authorId: actor.id }, select: { id: true } });
}
