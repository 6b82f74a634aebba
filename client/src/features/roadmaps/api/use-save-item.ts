// Saving a change to one item, for every view that edits items (the table's cells, the
// Gantt's bars, the item dialog): the change shows at once, is confirmed (or rolled back)
// by the server's answer, and a stale version opens the conflict view instead of
// overwriting anyone. Saves of one item run one after another, each on the version the
// previous one left, so quick successive edits of one item never conflict with themselves.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { toast } from "sonner";
import i18n from "../../../lib/i18n.ts";
import { describeError } from "../../../lib/describe-error.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { currentRecordOf, errorInfo, isNotFound, isStaleVersion } from "../../../lib/errors.ts";
import { useMe } from "../../../lib/session.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";
import { roadmapAbilities } from "../lib/abilities.ts";
import { conflictRows, useShowConflict, type ConflictCase } from "../hooks/use-conflict-view.ts";
import { fieldLabel, sameFieldValue } from "../lib/field-values.ts";
import { applyItemWrite, cachedItem, invalidateRoadmap, replaceCachedItem } from "./roadmaps.ts";
import { PROGRESS_FIELDS, type EditableItemField, type ItemPatch, type Roadmap, type RoadmapItem } from "./types.ts";

export type SaveOptions = {
  /**
   * A refusal other than a conflict (field errors…) that the caller shows itself, next to
   * its fields: return true when it did, and no toast is shown.
   */
  onRefused?: (error: unknown) => boolean;
  /** Someone else saved first and the conflict view opened: the caller's form can close. */
  onConflict?: () => void;
};

export type SaveItem = {
  /** Saves `patch` over `item` (the version the caller showed); true once the server has it. */
  save: (item: RoadmapItem, patch: ItemPatch, options?: SaveOptions) => Promise<boolean>;
  /** The items with a save under way. */
  savingIds: ReadonlySet<string>;
};

/** The fields of `patch` that differ from the item. */
export function changedFields(item: RoadmapItem, patch: ItemPatch): EditableItemField[] {
  return (Object.keys(patch) as EditableItemField[]).filter((f) => !sameFieldValue(item[f], patch[f]));
}

const isProgressField = (f: EditableItemField) => (PROGRESS_FIELDS as readonly string[]).includes(f);

/** What a progress update answers with, laid over the cached item. */
function pickProgress(saved: Pick<RoadmapItem, "progress" | "progressNote" | "version" | "updatedAt">) {
  const { progress, progressNote, version, updatedAt } = saved;
  return { progress, progressNote, version, updatedAt };
}

/** The item with `patch` laid over it, for the optimistic display. */
function withPatch(item: RoadmapItem, patch: ItemPatch): RoadmapItem {
  return { ...item, ...patch };
}

export function useSaveItem(roadmap: Roadmap): SaveItem {
  const queryClient = useQueryClient();
  const me = useMe();
  const abilities = roadmapAbilities(me, roadmap);
  const showConflict = useShowConflict();
  const { mutateAsync: updateItem } = useMutation(trpc.roadmaps.updateItem.mutationOptions({ meta: shownInForm }));
  const { mutateAsync: updateProgress } = useMutation(
    trpc.roadmaps.updateProgress.mutationOptions({ meta: shownInForm }),
  );
  const [savingIds, setSavingIds] = useState<ReadonlySet<string>>(() => new Set());
  /** The last save of each item, so that the next one starts after it. */
  const queues = useRef(new Map<string, Promise<unknown>>());
  /** `itemId@version` → the version our own save made of it. */
  const ownVersions = useRef(new Map<string, number>());

  // Kept in a ref so that `save` stays the same function while the roadmap refreshes.
  const latest = useRef({ roadmap, abilities, showConflict });
  useLayoutEffect(() => {
    latest.current = { roadmap, abilities, showConflict };
  });

  const mark = useCallback((id: string, saving: boolean) => {
    setSavingIds((current) => {
      const next = new Set(current);
      if (saving) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  /** The version to send: the caller's, moved on by our own saves of it since. */
  const versionFor = useCallback((item: RoadmapItem) => {
    let version = item.version;
    for (let next = ownVersions.current.get(`${item.id}@${version}`); next;) {
      version = next;
      next = ownVersions.current.get(`${item.id}@${version}`);
    }
    return version;
  }, []);

  const save = useCallback(
    function queueSave(item: RoadmapItem, patch: ItemPatch, options?: SaveOptions): Promise<boolean> {
      async function send(): Promise<boolean> {
        const { roadmap, abilities, showConflict } = latest.current;
        const fields = changedFields(item, patch);
        if (fields.length === 0) return true;
        const changes = Object.fromEntries(fields.map((f) => [f, patch[f]])) as ItemPatch;
        // Progress is not the plan: a change to progress alone goes through updateProgress,
        // which parliament staff may make too and which never sends the roadmap back to draft.
        const progressOnly = fields.every(isProgressField) && abilities.updateProgress;
        const version = versionFor(item);
        const before = cachedItem(queryClient, roadmap, item.id) ?? item;
        replaceCachedItem(queryClient, roadmap, withPatch(before, changes));
        mark(item.id, true);
        try {
          if (progressOnly) {
            const saved = await updateProgress({
              itemId: item.id,
              version,
              progress: changes.progress ?? before.progress,
              ...(changes.progressNote !== undefined ? { progressNote: changes.progressNote } : {}),
            });
            ownVersions.current.set(`${item.id}@${version}`, saved.version);
            const now = cachedItem(queryClient, roadmap, item.id) ?? before;
            replaceCachedItem(queryClient, roadmap, { ...now, ...pickProgress(saved) });
          } else {
            const saved = await updateItem({ id: item.id, version, ...changes });
            ownVersions.current.set(`${item.id}@${version}`, saved.item.version);
            // The roadmap's fields come along: an endorsed roadmap became a draft again.
            applyItemWrite(queryClient, roadmap, saved);
            if (saved.roadmap.status !== roadmap.status) void invalidateRoadmap(queryClient, roadmap);
          }
          return true;
        } catch (error) {
          if (isStaleVersion(error)) {
            // updateItem sends the whole item as it is now; updateProgress its progress fields.
            const current = currentRecordOf<Partial<RoadmapItem>>(error);
            if (current) {
              const theirs = { ...before, ...current };
              replaceCachedItem(queryClient, roadmap, theirs);
              const settled = openConflict(theirs, item, changes, showConflict, () => queueSave(theirs, changes));
              if (!settled) options?.onConflict?.();
              return settled;
            }
          }
          // Put back what the server still holds, unless something newer came in meanwhile.
          const now = cachedItem(queryClient, roadmap, item.id);
          if (now && now.version === before.version) replaceCachedItem(queryClient, roadmap, before);
          if (isNotFound(error)) void invalidateRoadmap(queryClient, roadmap);
          if (options?.onRefused?.(error)) return false;
          toast.error(i18n.t("roadmap.save.failed", { title: item.title }), {
            description: describeSaveError(error),
          });
          return false;
        } finally {
          mark(item.id, false);
        }
      }
      const previous = queues.current.get(item.id) ?? Promise.resolve(true);
      const run = previous.then(send, send);
      queues.current.set(item.id, run);
      void run.finally(() => {
        if (queues.current.get(item.id) === run) queues.current.delete(item.id);
      });
      return run;
    },
    [queryClient, mark, versionFor, updateItem, updateProgress],
  );

  return { save, savingIds };
}

/**
 * Someone else saved first: their version is in the cache now; the conflict view shows
 * both and lets the person re-apply theirs over the current version. True when there is
 * nothing to choose (they saved the very same values).
 */
function openConflict(
  theirs: RoadmapItem,
  original: RoadmapItem,
  changes: ItemPatch,
  showConflict: ((conflict: ConflictCase) => void) | null,
  reapply: () => Promise<boolean>,
): boolean {
  const fields = Object.keys(changes) as EditableItemField[];
  if (fields.every((f) => sameFieldValue(theirs[f], changes[f]))) return true;
  if (!showConflict) {
    toast.error(i18n.t("roadmap.save.failed", { title: original.title }), {
      description: i18n.t("messages.staleVersion", { entity: "roadmapItem" }),
    });
    return false;
  }
  showConflict({
    subject: i18n.t("roadmap.conflict.itemSubject", { title: theirs.title }),
    rows: conflictRows(fields, changes, theirs),
    reapply,
  });
  return false;
}

/** A refused save in a sentence: the field errors by name when there are some. */
function describeSaveError(error: unknown): string {
  const info = errorInfo(error);
  const fieldMessages = Object.entries(info.fieldErrors).flatMap(([field, messages]) =>
    (messages ?? []).slice(0, 1).map((m) => `${fieldLabel(field as EditableItemField)}: ${renderMessage(m)}`),
  );
  return fieldMessages.length ? fieldMessages.join(" ") : describeError(error);
}
