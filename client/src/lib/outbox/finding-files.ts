// Files added to a finding the server already has while there is no connection: they wait
// in the outbox (sent in order, after what was entered before them) and the finding's page
// lists them meanwhile as waiting to send, or refused with the server's reason.
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { toast } from "sonner";
import { useOutbox } from "./use-outbox.ts";
import type { OutboxFile } from "./types.ts";

/** The finding the files are for: its id, its title and where it was entered (shown in the outbox). */
export type FileTarget = { id: string; title: string; placeLabel: string };

export function useFindingFilesInOutbox(finding: FileTarget) {
  const { t } = useTranslation();
  const { items, runner } = useOutbox();
  const location = useLocation();
  const { id, title, placeLabel } = finding;

  const queued = useMemo(
    () =>
      (items ?? []).filter(
        (item): item is OutboxFile =>
          item.kind === "file" && "findingId" in item.target && item.target.findingId === id,
      ),
    [items, id],
  );

  /** Puts the files in the outbox, then says so once. Rejects when the browser cannot keep them (no IndexedDB). */
  const queue = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const path = location.pathname + location.search;
      for (const file of files) {
        await runner.store.add({
          kind: "file",
          target: { findingId: id },
          findingTitle: title,
          name: file.name,
          type: file.type || "application/octet-stream",
          size: file.size,
          data: await file.arrayBuffer(),
          place: { label: placeLabel, path },
        });
      }
      toast.success(t("outbox.savedToOutbox"), { description: t("outbox.savedToOutboxHint") });
    },
    [runner, id, title, placeLabel, location, t],
  );

  return { queued, queue };
}
