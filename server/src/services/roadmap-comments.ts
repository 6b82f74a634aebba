// The review's conversation (docs/roadmaps.md, "Revisions and review"): comments on a
// roadmap or one of its items, one level of replies, and threads that are resolved or
// reopened. Comments are open in every status: the parliament's own staff and the people
// who edit the roadmap take part (the shared policy's mayDiscussRoadmap).
import type { z } from "zod";
import { mayDiscussRoadmap, type Actor } from "@hemicycle/shared/policy";
import type { ZResolveCommentInput, ZRoadmapCommentInput } from "@hemicycle/shared/schemas/roadmaps";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx } from "../db/types.ts";
import { roadmapScope } from "../access/scopes.ts";
import { findVisibleRoadmap, type VisibleRoadmap } from "../access/visible.ts";
import { fail, fieldError, notFound } from "../lib/errors.ts";
import { publishRoadmapChanges, type RoadmapEvents } from "../live/roadmap-events.ts";
import { recordAudit } from "./audit.ts";
import { tellRoadmapComment } from "./notification-triggers.ts";
import { updateVersioned } from "./versioned-update.ts";

type TRoadmapCommentInput = z.infer<typeof ZRoadmapCommentInput>;
type TResolveCommentInput = z.infer<typeof ZResolveCommentInput>;

/** A roadmap holds at most this many threads in one answer, oldest first. */
export const MAX_THREADS = 1000;

const author = { select: { id: true, name: true, role: true } } as const;

const replySelect = { id: true, body: true, author, createdAt: true } satisfies Prisma.CommentSelect;

const threadSelect = {
  id: true,
  itemId: true,
  item: { select: { title: true } },
  body: true,
  author,
  createdAt: true,
  resolved: true,
  resolvedBy: { select: { id: true, name: true } },
  resolvedAt: true,
  version: true,
  replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: replySelect },
} satisfies Prisma.CommentSelect;

/** A comment just written: a new thread (`parentId` null) or a reply. */
const commentSelect = {
  id: true,
  roadmapId: true,
  itemId: true,
  parentId: true,
  body: true,
  author,
  createdAt: true,
  version: true,
} satisfies Prisma.CommentSelect;

type ThreadRow = Prisma.CommentGetPayload<{ select: typeof threadSelect }>;

function toThread({ item, ...thread }: ThreadRow) {
  return { ...thread, itemTitle: item?.title ?? null };
}
export type CommentThread = ReturnType<typeof toThread>;

/** The threads of a roadmap the caller may see (the router checked it), oldest first, each with its replies. */
export async function listComments(db: DbOrTx, roadmapId: string): Promise<CommentThread[]> {
  const threads = await db.comment.findMany({
    where: { roadmapId, parentId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_THREADS,
    select: threadSelect,
  });
  return threads.map(toThread);
}

function assertMayDiscuss(actor: Actor, roadmap: VisibleRoadmap) {
  if (!mayDiscussRoadmap(actor, roadmap)) throw fail("FORBIDDEN", "forbidden");
}

/**
 * A new thread on the roadmap or one of its items, or a reply in a thread (`parentId`:
 * the thread's first comment, on the same roadmap; the reply is on the thread's item).
 */
export async function addComment(db: Db, actor: Actor, input: TRoadmapCommentInput, events: RoadmapEvents) {
  const comment = await db.$transaction(async (tx) => {
    const roadmap = await findVisibleRoadmap(tx, actor, input.roadmapId);
    if (!roadmap) throw notFound("roadmap");
    assertMayDiscuss(actor, roadmap);
    let itemId = input.itemId ?? null;
    if (input.parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: input.parentId, roadmapId: roadmap.id },
        select: { parentId: true, itemId: true },
      });
      if (!parent || parent.parentId !== null) throw fieldError("parentId", "replyToThreadOnly");
      itemId = parent.itemId;
    } else if (itemId) {
      const item = await tx.roadmapItem.findFirst({
        where: { id: itemId, roadmapId: roadmap.id },
        select: { id: true },
      });
      if (!item) throw notFound("roadmapItem");
    }
    const created = await tx.comment.create({
      data: { roadmapId: roadmap.id, itemId, parentId: input.parentId ?? null, authorId: actor.id, body: input.body },
      select: { id: true, roadmapId: true, itemId: true, parentId: true, body: true },
    });
    await recordAudit(tx, actor, {
      action: "comment.create",
      entityType: "comment",
      entityId: created.id,
      after: created,
    });
    await tellRoadmapComment(tx, actor, created);
    return tx.comment.findUniqueOrThrow({ where: { id: created.id }, select: commentSelect });
  });
  publishRoadmapChanges(events, actor, comment.roadmapId, [{ kind: "comment", itemId: comment.itemId }]);
  return comment;
}

/** Resolves or reopens a thread (versioned); answers with the thread as `comments` lists it, and its roadmap. */
export async function resolveComment(db: Db, actor: Actor, input: TResolveCommentInput, events: RoadmapEvents) {
  const thread = await db.$transaction(async (tx) => {
    const where = { id: input.id, roadmap: roadmapScope(actor) } satisfies Prisma.CommentWhereInput;
    const comment = await tx.comment.findFirst({ where, select: { roadmapId: true, parentId: true, itemId: true } });
    const roadmap = comment && (await findVisibleRoadmap(tx, actor, comment.roadmapId));
    if (!comment || !roadmap) throw notFound("comment");
    assertMayDiscuss(actor, roadmap);
    if (comment.parentId !== null) throw fieldError("id", "replyToThreadOnly");
    await updateVersioned(tx, actor, {
      entity: "comment",
      id: input.id,
      version: input.version,
      read: () =>
        tx.comment.findFirst({
          where,
          select: { id: true, resolved: true, resolvedById: true, resolvedAt: true, version: true },
        }),
      current: async () =>
        toThread(await tx.comment.findUniqueOrThrow({ where: { id: input.id }, select: threadSelect })),
      write: (guard) =>
        tx.comment.updateMany({
          where: guard,
          data: {
            resolved: input.resolved,
            resolvedById: input.resolved ? actor.id : null,
            resolvedAt: input.resolved ? new Date() : null,
            version: { increment: 1 },
          },
        }),
      audit: { action: input.resolved ? "comment.resolve" : "comment.reopen" },
    });
    const thread = await tx.comment.findUniqueOrThrow({ where: { id: input.id }, select: threadSelect });
    return { roadmapId: roadmap.id, ...toThread(thread) };
  });
  publishRoadmapChanges(events, actor, thread.roadmapId, [{ kind: "comment", itemId: thread.itemId }]);
  return thread;
}
