// Sending the roadmap to the parliament: a confirmation that says the plan freezes while
// they review it, or, for an empty roadmap, why there is nothing to send yet.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { describeError } from "../../../../lib/describe-error.ts";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { useSubmitForReview } from "../../api/roadmaps.ts";
import type { Roadmap } from "../../api/types.ts";

export function SubmitRoadmapButton({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = useSubmitForReview(roadmap);
  const resubmit = roadmap.status === "CHANGES_REQUESTED";
  const empty = roadmap.items.length === 0;
  const number = (roadmap.latestRevision?.number ?? 0) + 1;

  function close() {
    setOpen(false);
    setError(null);
  }

  function confirm() {
    submit.mutate(
      { id: roadmap.id, version: roadmap.version },
      {
        onSuccess: (state) => {
          close();
          toast.success(t("roadmap.submit.submitted", { number: state.latestRevision?.number ?? number }));
        },
        onError: (e) => setError(describeError(e)),
      },
    );
  }

  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        {resubmit ? t("roadmap.actions.resubmit") : t("roadmap.actions.submit")}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        size="sm"
        title={empty ? t("roadmap.submit.emptyTitle") : t("roadmap.submit.title")}
        footer={
          empty ? (
            <Button onClick={close} data-autofocus>
              {t("common.close")}
            </Button>
          ) : (
            <>
              <Button onClick={close} data-autofocus>
                {t("common.cancel")}
              </Button>
              <Button variant="primary" onClick={confirm} loading={submit.isPending}>
                {t("roadmap.submit.confirm")}
              </Button>
            </>
          )
        }
      >
        <div className="flex flex-col gap-3">
          {error ? <Alert tone="error">{error}</Alert> : null}
          <p className="text-sm text-zinc-700">
            {empty ? t("roadmap.submit.empty") : t("roadmap.submit.body", { number })}
          </p>
        </div>
      </Dialog>
    </>
  );
}
