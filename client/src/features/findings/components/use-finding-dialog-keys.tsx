// The keyboard-first flow both finding dialogs share: Ctrl/Cmd+Enter saves (with Shift,
// "save and add the next one" where the dialog has it), and Escape, Close or the
// backdrop ask before throwing typed text away.
import { useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";

/** Ctrl/Cmd+Enter saves, with Shift "and the next one" where the form has one. */
export function saveShortcut(save: (again: boolean) => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save(event.shiftKey);
    }
  };
}

/** Escape, Close and the backdrop all ask before throwing typed text away. */
export function useDiscardGuard(isDirty: boolean, onClose: () => void) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (isDirty ? setConfirming(true) : onClose());
  const dialog = (open: boolean, title: string, body: string) => (
    // Before the form's dialog: on Discard it closes first, then the form returns focus to its opener.
    <ConfirmDialog
      open={open && confirming}
      onClose={() => setConfirming(false)}
      onConfirm={() => {
        setConfirming(false);
        onClose();
      }}
      title={title}
      description={body}
      confirmLabel={t("findingForm.discard")}
    />
  );
  return { requestClose, dialog };
}
