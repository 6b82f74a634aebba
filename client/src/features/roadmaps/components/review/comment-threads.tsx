// The review's conversation: threads on the roadmap or on one of its items, replies,
// resolving and reopening. Who may take part is asked of the shared policy
// (roadmapAbilities().discuss); resolving is versioned, so two people resolving at once
// never overwrite each other: the later one sees the thread as it is now.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZRoadmapCommentInput } from "@hemicycle/shared/schemas/roadmaps";
import { isStaleVersion } from "../../../../lib/errors.ts";
import { cn } from "../../../../lib/cn.ts";
import { formatDateTime } from "../../../../lib/format.ts";
import { useMe } from "../../../../lib/session.ts";
import { useSchemaForm } from "../../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../../components/form/form-alert.tsx";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Badge } from "../../../../components/ui/badge.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { EmptyState } from "../../../../components/ui/empty-state.tsx";
import { Select, Textarea } from "../../../../components/ui/field.tsx";
import type { Roadmap } from "../../api/types.ts";
import { roadmapAbilities } from "../../lib/abilities.ts";
import {
  useAddComment,
  useCommentThreads,
  useResolveComment,
  type CommentReply,
  type CommentThread,
} from "../../api/roadmap-review.ts";

type Filter = "all" | "open" | "resolved";
const FILTERS: readonly Filter[] = ["all", "open", "resolved"];

type CommentThreadsProps = {
  roadmap: Roadmap;
  /** Only the threads on this item, and new comments go on it. */
  itemId?: string | undefined;
  /** Opens an item a thread is about (its title becomes a button). */
  onOpenItem?: ((itemId: string) => void) | undefined;
};

export function CommentThreads({ roadmap, itemId, onOpenItem }: CommentThreadsProps) {
  const { t } = useTranslation();
  const me = useMe();
  const canDiscuss = roadmapAbilities(me, roadmap).discuss;
  const query = useCommentThreads(roadmap.id);
  const [filter, setFilter] = useState<Filter>("all");
  const filterLabel = useId();

  const threads = (query.data ?? []).filter((thread) => itemId === undefined || thread.itemId === itemId);
  const counts = {
    all: threads.length,
    open: threads.filter((thread) => !thread.resolved).length,
    resolved: threads.filter((thread) => thread.resolved).length,
  };
  const shown = threads.filter((thread) => filter === "all" || (filter === "open") === !thread.resolved);

  return (
    <div className="flex flex-col gap-4">
      {canDiscuss ? <NewCommentForm roadmap={roadmap} itemId={itemId} /> : null}
      <QueryState query={query}>
        {threads.length === 0 ? (
          <EmptyState
            title={t(itemId ? "roadmapReview.comments.noneOnItem" : "roadmapReview.comments.none")}
            description={canDiscuss ? t("roadmapReview.comments.noneHint") : undefined}
          />
        ) : (
          <>
            <div role="group" aria-labelledby={filterLabel} className="flex flex-wrap items-center gap-2">
              <span id={filterLabel} className="sr-only">
                {t("roadmapReview.comments.filter")}
              </span>
              {FILTERS.map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={filter === value}
                  onClick={() => setFilter(value)}
                  className={cn(
                    "rounded-full border px-3 py-1 text-xs font-medium",
                    filter === value
                      ? "border-brand-600 bg-brand-50 text-brand-800"
                      : "border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50",
                  )}
                >
                  {t(`roadmapReview.comments.filters.${value}`, { count: counts[value] })}
                </button>
              ))}
            </div>
            {shown.length === 0 ? (
              <p className="rounded-md border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-500">
                {t(`roadmapReview.comments.noneFiltered.${filter === "resolved" ? "resolved" : "open"}`)}
              </p>
            ) : (
              <ul className="flex flex-col gap-3" aria-label={t("roadmapReview.comments.threads")}>
                {shown.map((thread) => (
                  <ThreadView
                    key={thread.id}
                    thread={thread}
                    roadmap={roadmap}
                    canDiscuss={canDiscuss}
                    showItem={itemId === undefined}
                    onOpenItem={onOpenItem}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

/** Sends the form on Ctrl+Enter (⌘+Enter on a Mac), from the text box. */
function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

type NewCommentFormProps = {
  roadmap: Roadmap;
  itemId?: string | undefined;
  /** A reply in this thread. */
  parentId?: string;
  onDone?: () => void;
  autoFocus?: boolean;
};

/** A new thread (on the roadmap, or on an item chosen or given), or a reply. */
function NewCommentForm({ roadmap, itemId, parentId, onDone, autoFocus }: NewCommentFormProps) {
  const { t } = useTranslation();
  const add = useAddComment();
  const formId = useId();
  const form = useSchemaForm(ZRoadmapCommentInput, {
    defaultValues: { roadmapId: roadmap.id, itemId: itemId ?? null, parentId: parentId ?? null, body: "" },
  });
  const isReply = parentId !== undefined;
  // A thread about an item is started from that item, or by choosing it here.
  const chooseItem = !isReply && itemId === undefined && roadmap.items.length > 0;

  const onSubmit = form.handleSubmit((values) => {
    add.mutate(values, {
      onSuccess: () => {
        form.reset({ ...values, body: "" });
        toast.success(t(isReply ? "roadmapReview.comments.replied" : "roadmapReview.comments.sent"));
        onDone?.();
      },
      onError: form.showServerError,
    });
  });

  return (
    <form
      id={formId}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className={cn("flex flex-col gap-2", !isReply && "rounded-md border border-zinc-200 bg-zinc-50 p-3")}
      aria-label={t(isReply ? "roadmapReview.comments.replyForm" : "roadmapReview.comments.newForm")}
    >
      <FormAlert message={form.alert} />
      {chooseItem ? (
        <Select
          label={t("roadmapReview.comments.about")}
          options={[
            { value: "", label: t("roadmapReview.comments.aboutRoadmap") },
            ...roadmap.items.map((item) => ({ value: item.id, label: item.title })),
          ]}
          {...form.field("itemId", { setValueAs: (v: unknown) => (v === "" ? null : v) })}
        />
      ) : null}
      <Textarea
        label={t(isReply ? "roadmapReview.comments.reply" : "roadmapReview.comments.comment")}
        hint={t("roadmapReview.comments.sendHint")}
        rows={isReply ? 2 : 3}
        autoFocus={autoFocus}
        onKeyDown={submitOnCtrlEnter}
        {...form.field("body")}
      />
      <div className="flex flex-wrap justify-end gap-2">
        {onDone ? (
          <Button size="sm" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        ) : null}
        <Button type="submit" size="sm" variant="primary" loading={add.isPending}>
          {t(isReply ? "roadmapReview.comments.sendReply" : "roadmapReview.comments.send")}
        </Button>
      </div>
    </form>
  );
}

type ThreadViewProps = {
  thread: CommentThread;
  roadmap: Roadmap;
  canDiscuss: boolean;
  showItem: boolean;
  onOpenItem?: ((itemId: string) => void) | undefined;
};

function ThreadView({ thread, roadmap, canDiscuss, showItem, onOpenItem }: ThreadViewProps) {
  const { t } = useTranslation();
  const resolve = useResolveComment(roadmap.id);
  const [replying, setReplying] = useState(false);
  const [stale, setStale] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  // Set when the reply form closes: Reply is back, and the focus returns to it.
  const refocusReply = useRef(false);
  const headingId = useId();

  useEffect(() => {
    if (replying || !refocusReply.current) return;
    refocusReply.current = false;
    replyButton.current?.focus();
  }, [replying]);

  function toggleResolved() {
    setStale(false);
    resolve.mutate(
      { id: thread.id, version: thread.version, resolved: !thread.resolved },
      {
        onSuccess: () =>
          toast.success(t(thread.resolved ? "roadmapReview.comments.reopened" : "roadmapReview.comments.resolvedDone")),
        onError: (error) => {
          if (isStaleVersion(error)) setStale(true);
        },
      },
    );
  }

  return (
    <li
      className={cn(
        "rounded-lg border p-3",
        thread.resolved ? "border-zinc-200 bg-zinc-50" : "border-zinc-200 bg-white shadow-xs",
      )}
    >
      <article aria-labelledby={headingId}>
        {showItem ? (
          <p className="mb-1.5 text-xs text-zinc-500">
            {thread.itemId ? (
              <>
                {t("roadmapReview.comments.onItem")}{" "}
                {onOpenItem ? (
                  <button
                    type="button"
                    className="font-medium text-brand-700 hover:underline"
                    onClick={() => onOpenItem(thread.itemId!)}
                  >
                    {thread.itemTitle}
                  </button>
                ) : (
                  <span className="font-medium text-zinc-700">{thread.itemTitle}</span>
                )}
              </>
            ) : (
              t("roadmapReview.comments.onRoadmap")
            )}
          </p>
        ) : null}
        <CommentBody comment={thread} headingId={headingId} />
        {thread.resolved ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-zinc-500">
            <Badge tone="green">{t("roadmapReview.comments.resolved")}</Badge>
            {thread.resolvedBy
              ? t("roadmapReview.comments.resolvedBy", {
                  who: thread.resolvedBy.name,
                  when: formatDateTime(thread.resolvedAt),
                })
              : null}
          </p>
        ) : null}

        {thread.replies.length > 0 ? (
          <ul
            className="mt-3 flex flex-col gap-3 border-s-2 border-zinc-200 ps-3"
            aria-label={t("roadmapReview.comments.replies")}
          >
            {thread.replies.map((reply) => (
              <li key={reply.id}>
                <CommentBody comment={reply} />
              </li>
            ))}
          </ul>
        ) : null}

        {stale ? (
          <Alert tone="warning" className="mt-3" title={t("roadmapReview.comments.staleTitle")}>
            {t("roadmapReview.comments.staleBody")}
          </Alert>
        ) : null}

        {canDiscuss && replying ? (
          <div className="mt-3 border-s-2 border-brand-200 ps-3">
            <NewCommentForm
              roadmap={roadmap}
              itemId={thread.itemId ?? undefined}
              parentId={thread.id}
              autoFocus
              onDone={() => {
                refocusReply.current = true;
                setReplying(false);
              }}
            />
          </div>
        ) : null}

        {canDiscuss ? (
          <div className="mt-2 flex flex-wrap gap-1">
            {replying ? null : (
              <Button ref={replyButton} size="sm" variant="ghost" onClick={() => setReplying(true)}>
                {t("roadmapReview.comments.replyAction")}
              </Button>
            )}
            <Button size="sm" variant="ghost" onClick={toggleResolved} loading={resolve.isPending}>
              {t(thread.resolved ? "roadmapReview.comments.reopen" : "roadmapReview.comments.resolve")}
            </Button>
          </div>
        ) : null}
      </article>
    </li>
  );
}

function CommentBody({ comment, headingId }: { comment: CommentThread | CommentReply; headingId?: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <p id={headingId} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-xs">
        <span className="text-sm font-medium text-zinc-900">{comment.author.name}</span>
        <span className="text-zinc-500">{t(`role.${comment.author.role}`)}</span>
        <time className="text-zinc-500" dateTime={new Date(comment.createdAt).toISOString()}>
          {formatDateTime(comment.createdAt)}
        </time>
      </p>
      <p dir="auto" className="mt-1 text-sm break-words whitespace-pre-line text-zinc-800">
        {comment.body}
      </p>
    </div>
  );
}
