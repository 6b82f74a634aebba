// "Depends on…": the items one item waits for, to add or remove, by keyboard as well as by
// pointer (the arrows on the chart open it too). Each change is saved at once as the whole
// set; a change the server refuses (a loop, named item by item) is explained here and
// leaves the dependencies as they were.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { TextField } from "../../../../components/ui/field.tsx";
import { describeError } from "../../../../lib/describe-error.ts";
import { formatDateRange } from "../../../../lib/format.ts";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { useDependencyEdits } from "./use-dependency-edits.ts";

type DependencyPickerProps = {
  roadmap: Roadmap;
  /** The dependent item; null when closed. */
  itemId: string | null;
  onClose: () => void;
  /** Only viewers: the list without add and remove. */
  readOnly?: boolean;
};

/** At most this many matches are listed; typing narrows them (a roadmap holds up to 5,000 items). */
const MAX_MATCHES = 8;

export function DependencyPicker({ roadmap, itemId, onClose, readOnly = false }: DependencyPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const edits = useDependencyEdits(roadmap);
  const byId = useMemo(() => new Map(roadmap.items.map((i) => [i.id, i])), [roadmap.items]);
  const item = itemId ? byId.get(itemId) : undefined;
  const current = item?.dependsOn ?? [];

  const matches = findMatches(roadmap.items, item, search);

  function close() {
    setSearch("");
    edits.reset();
    onClose();
  }

  async function change(run: () => Promise<unknown>) {
    edits.reset();
    try {
      await run();
    } catch {
      // Shown below from edits.error; nothing was changed.
    }
  }

  const dates = (i: RoadmapItem) =>
    i.startDate || i.endDate ? formatDateRange(i.startDate, i.endDate) : t("gantt.noDates");

  return (
    <Dialog
      open={!!item}
      onClose={close}
      title={item ? t("gantt.dependencies.title", { title: item.title }) : ""}
      description={t("gantt.dependencies.description")}
      footer={<Button onClick={close}>{t("common.close")}</Button>}
    >
      {item ? (
        <div className="flex flex-col gap-4">
          <section aria-labelledby="gantt-deps-current">
            <h3 id="gantt-deps-current" className="mb-2 text-sm font-semibold text-zinc-800">
              {t("gantt.dependencies.current")}
            </h3>
            {current.length === 0 ? (
              <p className="text-sm text-zinc-600">{t("gantt.dependencies.none")}</p>
            ) : (
              <ul className="flex flex-col divide-y divide-zinc-100 rounded-md border border-zinc-200">
                {current.map((id) => {
                  const prerequisite = byId.get(id);
                  const title = prerequisite?.title ?? id;
                  return (
                    <li key={id} className="flex items-center justify-between gap-3 px-3 py-2">
                      <span className="min-w-0">
                        <span dir="auto" className="block truncate text-sm font-medium text-zinc-900">
                          {title}
                        </span>
                        {prerequisite ? <span className="text-xs text-zinc-600">{dates(prerequisite)}</span> : null}
                      </span>
                      {readOnly ? null : (
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={edits.isPending}
                          onClick={() => change(() => edits.removeDependency(item.id, current, id))}
                          aria-label={t("gantt.dependencies.removeLabel", { title })}
                        >
                          {t("gantt.dependencies.remove")}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          {edits.error ? (
            <Alert tone="error" title={t("gantt.dependencies.refused")}>
              {describeError(edits.error)}
            </Alert>
          ) : null}
          {readOnly ? null : (
            <section className="flex flex-col gap-2">
              <TextField
                label={t("gantt.dependencies.search")}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                type="search"
                autoComplete="off"
              />
              {matches.shown.length === 0 ? (
                <p className="text-sm text-zinc-600">{t("gantt.dependencies.noMatch")}</p>
              ) : (
                <ul aria-label={t("gantt.dependencies.candidates")} className="flex flex-col divide-y divide-zinc-100">
                  {matches.shown.map((candidate) => (
                    <li key={candidate.id} className="flex items-center justify-between gap-3 py-1.5">
                      <span className="min-w-0">
                        <span dir="auto" className="block truncate text-sm text-zinc-900">
                          {candidate.title}
                        </span>
                        <span className="text-xs text-zinc-600">{dates(candidate)}</span>
                      </span>
                      <Button
                        size="sm"
                        disabled={edits.isPending}
                        onClick={() => change(() => edits.addDependency(item.id, current, candidate.id))}
                        aria-label={t("gantt.dependencies.addLabel", { title: candidate.title })}
                      >
                        {t("gantt.dependencies.add")}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
              {matches.more > 0 ? (
                <p className="text-xs text-zinc-600">{t("gantt.dependencies.more", { count: matches.more })}</p>
              ) : null}
            </section>
          )}
        </div>
      ) : null}
    </Dialog>
  );
}

function findMatches(items: readonly RoadmapItem[], item: RoadmapItem | undefined, search: string) {
  if (!item) return { shown: [] as RoadmapItem[], more: 0 };
  const needle = search.trim().toLocaleLowerCase();
  const all = items.filter(
    (i) => i.id !== item.id && !item.dependsOn.includes(i.id) && i.title.toLocaleLowerCase().includes(needle),
  );
  return { shown: all.slice(0, MAX_MATCHES), more: Math.max(0, all.length - MAX_MATCHES) };
}
