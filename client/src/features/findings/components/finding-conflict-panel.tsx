// A stale edit of a finding (someone saved in between): per field the user changed,
// theirs next to the saved one and who saved it when, and the two ways out: keep mine
// (sent again on the saved version) or take theirs.
import { Fragment, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { IctArea } from "@hemicycle/shared/enums";
import { formatDateTime } from "../../../lib/format.ts";
import { gradeLabel, subAreaLabel } from "../../../lib/labels.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import type { FindingDetail } from "../api/findings.ts";
import { EDITABLE_FINDING_FIELDS, same, type EditableField, type FindingConflict } from "./finding-changes.ts";

/** A field's value in words, as the finding page shows it. */
function useFieldText() {
  const { t } = useTranslation();
  return (field: EditableField, value: unknown, area: IctArea): string => {
    if (value === null || value === undefined || value === "") return t("common.none");
    switch (field) {
      case "area":
        return t(`ictArea.${value as IctArea}`);
      case "subArea":
        return subAreaLabel(area, String(value));
      case "kind":
        return t(`findingKind.${value as FindingDetail["kind"]}`);
      case "severity":
        return t(`severity.${value as FindingDetail["severity"]}`);
      case "grade":
        return gradeLabel(Number(value));
      case "revisitOutcome":
        return t(`benchmark.outcome.${value as NonNullable<FindingDetail["revisitOutcome"]>}`);
      case "revisitsId":
        return t("findingWriting.conflict.earlierFinding", { id: String(value).slice(-6) });
      default:
        return String(value);
    }
  };
}

type FindingConflictPanelProps = {
  conflict: FindingConflict;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Per field you changed: yours next to the saved one, and the two ways out. */
export function FindingConflictPanel({ conflict, busy, onKeepMine, onTakeTheirs }: FindingConflictPanelProps) {
  const { t } = useTranslation();
  const fieldText = useFieldText();
  const { current, mine } = conflict;
  const fields = EDITABLE_FINDING_FIELDS.filter((f) => f in mine);
  const who = current.savedBy?.name ?? t("findingWriting.conflict.someoneElse");
  const when = formatDateTime(current.savedBy?.at ?? current.updatedAt);
  const myArea = (mine.area ?? current.area) as IctArea;
  // The form was scrolled to where the user last typed, and Save (which had the focus) is
  // gone: bring the news and the choice into view and move the focus there.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = panel.current;
    if (!section) return;
    // Only the dialog's scrolling body moves (scrollIntoView would shift the dialog too).
    let box = section.parentElement;
    while (box && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    if (box) box.scrollTop += section.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
    section.focus({ preventScroll: true });
  }, [conflict]);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby="finding-conflict-title"
      className="relative flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50/50 p-3 outline-none"
    >
      <Alert tone="warning" title={<span id="finding-conflict-title">{t("findingWriting.conflict.title")}</span>}>
        {t("findingWriting.conflict.body", { name: who, date: when })}
      </Alert>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("findingWriting.conflict.title")}</caption>
        <thead>
          <tr className="border-b border-zinc-200 text-xs text-zinc-500">
            <th scope="col" className="py-2 pe-3 text-start font-medium max-sm:sr-only">
              {t("findingWriting.conflict.field")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start font-medium">
              {t("findingWriting.conflict.mine")}
            </th>
            <th scope="col" className="py-2 text-start font-medium">
              {t("findingWriting.conflict.theirs", { name: who })}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const label =
              field === "revisitsId"
                ? t("benchmark.revisit.finding")
                : field === "revisitOutcome"
                  ? t("benchmark.revisit.outcome")
                  : t(`finding.${field}`);
            return (
              <Fragment key={field}>
                {/* On a phone the field's name reads above its two versions, which share the width. */}
                <tr aria-hidden="true" className="sm:hidden">
                  <td colSpan={2} className="pt-2 text-xs font-medium text-zinc-700">
                    {label}
                  </td>
                </tr>
                <tr className="border-b border-zinc-100 align-top last:border-0">
                  <th scope="row" className="py-2 pe-3 text-start font-medium text-zinc-700 max-sm:sr-only">
                    {label}
                  </th>
                  <td className="py-2 pe-2 max-sm:w-1/2 sm:pe-3">
                    <span className="block max-h-40 overflow-y-auto rounded bg-brand-50 px-1.5 py-0.5 break-words whitespace-pre-line text-brand-900">
                      {fieldText(field, mine[field], myArea)}
                    </span>
                  </td>
                  <td className="py-2">
                    <span className="block max-h-40 overflow-y-auto rounded bg-amber-50 px-1.5 py-0.5 break-words whitespace-pre-line text-amber-900">
                      {fieldText(field, current[field], current.area)}
                    </span>
                    {same(mine[field], current[field]) ? (
                      <span className="text-xs text-zinc-500">{t("findingWriting.conflict.sameAsYours")}</span>
                    ) : null}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onTakeTheirs} disabled={busy}>
          {t("findingWriting.conflict.takeTheirs")}
        </Button>
        <Button variant="primary" onClick={onKeepMine} loading={busy}>
          {t("findingWriting.conflict.keepMine")}
        </Button>
      </div>
    </section>
  );
}
