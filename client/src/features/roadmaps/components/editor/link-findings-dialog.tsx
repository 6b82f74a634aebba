// Which findings an item answers: the parliament's validated findings (and, for the team,
// the mission's own not yet validated), searchable, ticked and saved as one set.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { mayEditRoadmap } from "@hemicycle/shared/policy";
import { SEVERITIES } from "@hemicycle/shared/enums";
import { useMe } from "../../../../lib/session.ts";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { EmptyState } from "../../../../components/ui/empty-state.tsx";
import { TextField } from "../../../../components/ui/field.tsx";
import { useLinkableFindings, useLinkFindings, type LinkableFinding } from "../../api/roadmaps.ts";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { SeverityBadge } from "./severity-badge.tsx";

type LinkFindingsDialogProps = { open: boolean; onClose: () => void; roadmap: Roadmap; item: RoadmapItem };

const severityRank = (f: LinkableFinding) => -SEVERITIES.indexOf(f.severity);

/** Mount it with a new `key` for each opening. */
export function LinkFindingsDialog({ open, onClose, roadmap, item }: LinkFindingsDialogProps) {
  const { t } = useTranslation();
  const me = useMe();
  const team = mayEditRoadmap(me, roadmap.viewer);
  const query = useLinkableFindings(roadmap, team, open);
  const link = useLinkFindings(roadmap);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(item.findingIds));
  const [search, setSearch] = useState("");
  const listId = useId();

  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (f: LinkableFinding) => {
    const text = `${f.title} ${t(`ictArea.${f.area}`)} ${f.area} ${t(`severity.${f.severity}`)}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  const shown = query.findings
    .filter(matches)
    .sort((a, b) => severityRank(a) - severityRank(b) || a.title.localeCompare(b.title));

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function save() {
    link.mutate(
      { itemId: item.id, findingIds: [...selected] },
      {
        onSuccess: () => {
          toast.success(t("roadmap.linkFindings.saved"));
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t("roadmap.linkFindings.title", { title: item.title })}
      description={t("roadmap.linkFindings.description")}
      footer={
        <>
          <span className="me-auto self-center text-sm text-zinc-600" aria-live="polite">
            {t("roadmap.linkFindings.selected", { count: selected.size })}
          </span>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" onClick={save} loading={link.isPending}>
            {t("roadmap.linkFindings.save")}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <TextField
          type="search"
          label={t("roadmap.linkFindings.search")}
          placeholder={t("roadmap.linkFindings.searchPlaceholder")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-controls={listId}
          data-autofocus
        />
        <QueryState
          query={{ ...query, isRefetching: false }}
          isEmpty={query.findings.length === 0}
          empty={<EmptyState title={t("roadmap.linkFindings.noFindings")} />}
        >
          {shown.length === 0 ? (
            <p className="py-6 text-center text-sm text-zinc-500">{t("roadmap.linkFindings.none")}</p>
          ) : (
            <ul id={listId} className="flex flex-col divide-y divide-zinc-100 rounded-md border border-zinc-200">
              {shown.map((f) => (
                <li key={f.id}>
                  <label className="flex cursor-pointer items-start gap-3 px-3 py-2.5 hover:bg-zinc-50">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 shrink-0 accent-brand-600"
                      checked={selected.has(f.id)}
                      onChange={(e) => toggle(f.id, e.target.checked)}
                    />
                    <span className="flex min-w-0 flex-col gap-1">
                      <span className="text-sm font-medium text-zinc-900">{f.title}</span>
                      <span className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
                        <SeverityBadge severity={f.severity} />
                        <span>{t(`ictAreaShort.${f.area}`)}</span>
                        <span aria-hidden="true">·</span>
                        <span className="font-mono">{f.phase.mission.code}</span>
                        {f.status !== "VALIDATED" ? (
                          <span className="text-amber-800">
                            · {t("roadmap.linkFindings.notValidated", { status: f.status })}
                          </span>
                        ) : null}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </div>
    </Dialog>
  );
}
