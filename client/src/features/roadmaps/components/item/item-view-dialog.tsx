// One item of the plan for whoever may not edit the plan, on the editor's page and the
// review page alike: its fields against the baseline, the findings it answers, its
// progress (with the progress editor for those who keep it up to date) and the
// conversation about it. An item removed meanwhile says so.
import { useTranslation } from "react-i18next";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import type { Roadmap } from "../../api/types.ts";
import { enumLabel } from "../../lib/field-values.ts";
import { CommentThreads } from "../review/comment-threads.tsx";
import { ItemFacts } from "./item-facts.tsx";
import { ItemFindings } from "./item-findings.tsx";
import { ProgressEditor } from "./progress-editor.tsx";

type ItemViewDialogProps = {
  open: boolean;
  onClose: () => void;
  roadmap: Roadmap;
  itemId: string;
  canUpdateProgress: boolean;
  canDiscuss: boolean;
};

/** Mount it with a new `key` for each item opened. */
export function ItemViewDialog({ open, onClose, roadmap, itemId, canUpdateProgress, canDiscuss }: ItemViewDialogProps) {
  const { t } = useTranslation();
  const item = roadmap.items.find((i) => i.id === itemId);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={item?.title ?? t("roadmap.item.readTitle")}
      description={item ? enumLabel("area", item.area) : undefined}
      footer={
        // Focus starts here, not in the progress editor, so that the item reads from its top.
        <Button onClick={onClose} data-autofocus>
          {t("common.close")}
        </Button>
      }
    >
      {item ? (
        <div className="flex flex-col gap-6">
          <ItemFacts roadmap={roadmap} item={item} />
          <ItemFindings roadmap={roadmap} item={item} />
          {canUpdateProgress ? (
            <section aria-labelledby={`progress-${item.id}`}>
              <h3 id={`progress-${item.id}`} className="mb-2 text-sm font-semibold text-zinc-900">
                {t("roadmap.item.updateProgress")}
              </h3>
              <ProgressEditor roadmap={roadmap} item={item} onDone={onClose} />
            </section>
          ) : null}
          {canDiscuss ? <ItemComments roadmap={roadmap} itemId={item.id} /> : null}
        </div>
      ) : (
        // Removed by someone else while it was open.
        <Alert tone="warning">{t("roadmap.item.gone")}</Alert>
      )}
    </Dialog>
  );
}

/** The conversation about one item, under it in its view and in the editor's form. */
export function ItemComments({ roadmap, itemId }: { roadmap: Roadmap; itemId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`comments-${itemId}`}>
      <h3 id={`comments-${itemId}`} className="mb-2 text-sm font-semibold text-zinc-900">
        {t("roadmap.item.comments")}
      </h3>
      <CommentThreads roadmap={roadmap} itemId={itemId} />
    </section>
  );
}
