// Choosing one of the roadmap's items: where a finding is linked ("Link to an item…",
// "Merge into…").
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { Select } from "../../../../components/ui/field.tsx";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";

type PickItemDialogProps = {
  open: boolean;
  onClose: () => void;
  roadmap: Roadmap;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  busy?: boolean;
  onPick: (item: RoadmapItem) => void;
};

/** Mount it with a new `key` for each opening. */
export function PickItemDialog({
  open,
  onClose,
  roadmap,
  title,
  description,
  confirmLabel,
  busy,
  onPick,
}: PickItemDialogProps) {
  const { t } = useTranslation();
  const [itemId, setItemId] = useState("");
  const [missing, setMissing] = useState(false);
  const chosen = roadmap.items.find((i) => i.id === itemId);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="sm"
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button variant="primary" loading={busy} onClick={() => (chosen ? onPick(chosen) : setMissing(true))}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <Select
        label={t("roadmap.pickItem.label")}
        placeholder={t("roadmap.pickItem.choose")}
        options={roadmap.items.map((i) => ({ value: i.id, label: i.title }))}
        value={itemId}
        required
        error={missing && !chosen ? t("roadmap.pickItem.required") : undefined}
        onChange={(e) => {
          setItemId(e.target.value);
          setMissing(false);
        }}
      />
    </Dialog>
  );
}
