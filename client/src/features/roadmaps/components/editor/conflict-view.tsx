// Someone else saved first: per field you changed, your change next to what is saved
// now, and the choice between re-applying yours (over their version, knowingly) and
// keeping theirs. Nothing is overwritten without this choice.
import { useCallback, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { ConflictViewContext, type ConflictCase } from "../../hooks/use-conflict-view.ts";

/** Puts the conflict view around the editor: every save inside it opens the view on CONFLICT. */
export function ConflictViewProvider({ children }: { children: ReactNode }) {
  // One at a time: a second conflict waits until the first is settled.
  const [queue, setQueue] = useState<{ id: number; conflict: ConflictCase }[]>([]);
  const show = useCallback(
    (conflict: ConflictCase) => setQueue((q) => [...q, { id: (q[q.length - 1]?.id ?? 0) + 1, conflict }]),
    [],
  );
  const current = queue[0] ?? null;
  const settle = () => setQueue((q) => q.slice(1));
  return (
    <ConflictViewContext value={show}>
      {children}
      <ConflictDialog key={current?.id ?? 0} conflict={current?.conflict ?? null} onSettled={settle} />
    </ConflictViewContext>
  );
}

type ConflictDialogProps = { conflict: ConflictCase | null; onSettled: () => void };

export function ConflictDialog({ conflict, onSettled }: ConflictDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  async function reapply() {
    if (!conflict) return;
    setBusy(true);
    const saved = await conflict.reapply();
    setBusy(false);
    if (saved) toast.success(t("roadmap.conflict.reapplied"));
    onSettled();
  }
  return (
    <Dialog
      open={conflict !== null}
      onClose={onSettled}
      size="lg"
      title={t("roadmap.conflict.title")}
      description={conflict ? `${conflict.subject} ${t("roadmap.conflict.description")}` : undefined}
      footer={
        <>
          <Button onClick={onSettled} disabled={busy} data-autofocus>
            {t("roadmap.conflict.keepTheirs")}
          </Button>
          <Button variant="primary" onClick={() => void reapply()} loading={busy}>
            {t("roadmap.conflict.reapply")}
          </Button>
        </>
      }
    >
      {conflict ? (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("roadmap.conflict.title")}</caption>
          <thead>
            <tr className="border-b border-zinc-200 text-start text-xs font-medium text-zinc-500">
              <th scope="col" className="py-2 pe-3 text-start font-medium">
                {t("roadmap.conflict.field")}
              </th>
              <th scope="col" className="py-2 pe-3 text-start font-medium">
                {t("roadmap.conflict.mine")}
              </th>
              <th scope="col" className="py-2 text-start font-medium">
                {t("roadmap.conflict.theirs")}
              </th>
            </tr>
          </thead>
          <tbody>
            {conflict.rows.map((row) => (
              <tr key={row.field} className="border-b border-zinc-100 align-top last:border-0">
                <th scope="row" className="py-2 pe-3 text-start font-medium text-zinc-700">
                  {row.label}
                </th>
                <td className="py-2 pe-3">
                  <span className="rounded bg-brand-50 px-1.5 py-0.5 break-words whitespace-pre-line text-brand-900">
                    {row.mine}
                  </span>
                </td>
                <td className="py-2">
                  <span className="rounded bg-amber-50 px-1.5 py-0.5 break-words whitespace-pre-line text-amber-900">
                    {row.theirs}
                  </span>
                  {row.same ? (
                    <span className="ms-2 text-xs text-zinc-500">{t("roadmap.conflict.sameAsYours")}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Dialog>
  );
}
