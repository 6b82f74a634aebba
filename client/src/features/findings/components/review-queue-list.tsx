// The findings of the review queue, a checkbox on each the caller may validate and
// "Validate selected" (findings.validateMany: all or none; a refusal names the finding
// and the list reloads). A table on wide screens, cards on a phone. Opening a finding
// keeps the list's place in the address (the page shows it with Previous/Next).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { findingMovesFor } from "@hemicycle/shared/policy";
import { errorInfo } from "../../../lib/errors.ts";
import { formatDate } from "../../../lib/format.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useMe } from "../../../lib/session.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { useValidateMany, type ReviewQueueItem } from "../api/review-queue.ts";
import { FindingStatusBadge, SeverityBadge } from "./finding-badges.tsx";

type ReviewQueueListProps = {
  items: readonly ReviewQueueItem[];
  onOpen: (id: string) => void;
};

/** The caller may validate this one (a lead never their own: four eyes). */
function useValidatable() {
  const me = useMe();
  // The queue holds the findings of phases the caller reviews (the server's choice).
  return (f: ReviewQueueItem) =>
    findingMovesFor(me, f.status, { teamRole: "LEAD", authorId: f.author.id }).some((m) => m.action === "validate");
}

export function ReviewQueueList({ items, onOpen }: ReviewQueueListProps) {
  const { t } = useTranslation();
  const validatable = useValidatable();
  const validateMany = useValidateMany();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const choosable = items.filter(validatable);
  // Only what is still listed counts: a finding validated elsewhere leaves the selection.
  const chosen = choosable.filter((f) => selected.has(f.id));
  const allChosen = choosable.length > 0 && chosen.length === choosable.length;

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function toggleAll(on: boolean) {
    setSelected(on ? new Set(choosable.map((f) => f.id)) : new Set());
  }

  function validateChosen() {
    validateMany.mutate(
      { items: chosen.map((f) => ({ id: f.id, version: f.version })) },
      {
        onSuccess: ({ validated }) => {
          setSelected(new Set());
          toast.success(t("findingReview.queue.validated", { count: validated }));
        },
      },
    );
  }

  const refusal = validateMany.error ? renderMessage(errorInfo(validateMany.error).message) : null;

  const checkbox = (f: ReviewQueueItem) =>
    validatable(f) ? (
      <input
        type="checkbox"
        className="size-4 accent-brand-600"
        checked={selected.has(f.id)}
        onChange={(event) => toggle(f.id, event.target.checked)}
        aria-label={t("findingReview.queue.select", { title: f.title })}
      />
    ) : null;

  const openButton = (f: ReviewQueueItem) => (
    <button
      type="button"
      onClick={() => onOpen(f.id)}
      className="text-start font-medium text-brand-700 hover:underline"
    >
      {f.title}
    </button>
  );

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        {choosable.length > 0 ? (
          <label className="flex items-center gap-2 text-sm text-zinc-700">
            <input
              type="checkbox"
              className="size-4 accent-brand-600"
              checked={allChosen}
              onChange={(event) => toggleAll(event.target.checked)}
            />
            {t("findingReview.queue.selectAll")}
          </label>
        ) : null}
        <Button
          variant="primary"
          disabled={chosen.length === 0}
          loading={validateMany.isPending}
          onClick={validateChosen}
        >
          {t("findingReview.queue.validateSelected", { count: chosen.length })}
        </Button>
      </div>
      {refusal ? (
        <Alert tone="warning" title={t("findingReview.queue.nothingValidated")}>
          {refusal}
        </Alert>
      ) : null}

      <div className="hidden sm:block">
        <Table caption={t("findingReview.queue.caption")}>
          <THead>
            <Tr>
              <Th className="w-10">
                <span className="sr-only">{t("findingReview.queue.selectColumn")}</span>
              </Th>
              <Th>{t("findingReview.queue.finding")}</Th>
              <Th>{t("findingReview.queue.mission")}</Th>
              <Th>{t("findingReview.queue.severity")}</Th>
              <Th>{t("findingReview.queue.author")}</Th>
              <Th>{t("findingReview.queue.logged")}</Th>
            </Tr>
          </THead>
          <TBody>
            {items.map((f) => (
              <Tr key={f.id}>
                <Td>{checkbox(f)}</Td>
                <Td>
                  <div className="flex flex-col gap-0.5">
                    {openButton(f)}
                    <span className="text-xs text-zinc-500">
                      {t(`ictArea.${f.area}`)}
                      {f.status !== "SUBMITTED" ? (
                        <span className="ms-2">
                          <FindingStatusBadge status={f.status} />
                        </span>
                      ) : null}
                    </span>
                  </div>
                </Td>
                <Td>
                  <span className="font-mono text-xs">{f.phase.mission.code}</span>
                </Td>
                <Td>
                  <SeverityBadge severity={f.severity} />
                </Td>
                <Td>{f.author.name}</Td>
                <Td>{formatDate(f.createdAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>

      <ul className="flex flex-col gap-2 sm:hidden" aria-label={t("findingReview.queue.caption")}>
        {items.map((f) => (
          <li key={f.id} className="flex items-start gap-3 rounded-lg border border-zinc-200 bg-white p-3">
            <span className="pt-0.5">{checkbox(f)}</span>
            <div className="flex min-w-0 flex-col gap-1.5">
              {openButton(f)}
              <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
                <SeverityBadge severity={f.severity} />
                {f.status !== "SUBMITTED" ? <FindingStatusBadge status={f.status} /> : null}
                <span>{t(`ictAreaShort.${f.area}`)}</span>
                <span className="font-mono">{f.phase.mission.code}</span>
              </div>
              <p className="text-xs text-zinc-500">
                {f.author.name}&nbsp;· {formatDate(f.createdAt)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
