// "Edit" on a finding's page, for whom the policy lets change it (mayEditFinding: its
// phase's writers and managers, while it is not validated). The key E opens it too,
// unless the user is typing somewhere or a dialog is open.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { mayEditFinding } from "@hemicycle/shared/policy";
import { useMe } from "../../../lib/session.ts";
import { useDialogState } from "../../../lib/use-dialog-state.ts";
import { Button } from "../../../components/ui/button.tsx";
import type { FindingDetail } from "../api/findings.ts";
import { EditFindingDialog } from "./edit-finding-dialog.tsx";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function EditFindingButton({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const edit = useDialogState();
  const allowed = mayEditFinding(me, finding.status, finding.myTeamRole);
  const { open } = edit;

  useEffect(() => {
    if (!allowed) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "e" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      open();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [allowed, open]);

  if (!allowed) return null;
  return (
    <>
      <Button onClick={() => open()} aria-keyshortcuts="E" title={t("findingWriting.editShortcut")}>
        {t("findingWriting.edit")}
      </Button>
      <EditFindingDialog key={edit.key} open={edit.isOpen} onClose={edit.close} finding={finding} />
    </>
  );
}
