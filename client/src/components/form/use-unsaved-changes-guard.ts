// Leaving a form with unsaved changes asks first: a link, the back button or a redirect
// inside the app opens the app's own confirm dialog (react-router's blocker, so it needs
// the data router), and closing or reloading the tab gets the browser's own question.
// A change of the address's query on the same page (a tab, a filter) is not leaving.
import { createElement, useCallback, useEffect, useRef, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker, type BlockerFunction } from "react-router";
import { ConfirmDialog } from "../ui/dialog.tsx";

export type UnsavedChangesGuard = {
  /** Render it anywhere in the form's page: the "Leave without saving?" dialog. */
  leaveDialog: ReactElement;
  /**
   * Lets the next navigation through without asking: call it just before navigating
   * away after a successful save, while the form may still count as dirty.
   */
  allowLeaving: () => void;
};

/** What the dialog says, when a form has more to tell (a draft kept in the tab, say). */
export type LeaveDialogTexts = { title: string; body: string; leave: string };

export function useUnsavedChangesGuard(isDirty: boolean, texts?: LeaveDialogTexts): UnsavedChangesGuard {
  const { t } = useTranslation();
  const allowed = useRef(false);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => {
      if (allowed.current) {
        allowed.current = false;
        return false;
      }
      return isDirty && currentLocation.pathname !== nextLocation.pathname;
    },
    [isDirty],
  );
  const blocker = useBlocker(shouldBlock);

  // Saved, or changed back: a question still on screen no longer applies.
  useEffect(() => {
    if (blocker.state === "blocked" && !isDirty) blocker.reset();
  }, [blocker, isDirty]);

  useEffect(() => {
    if (!isDirty) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = "";
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty]);

  const leaveDialog = createElement(ConfirmDialog, {
    open: blocker.state === "blocked",
    onClose: () => blocker.reset?.(),
    onConfirm: () => blocker.proceed?.(),
    title: texts?.title ?? t("unsavedChanges.title"),
    description: texts?.body ?? t("unsavedChanges.body"),
    confirmLabel: texts?.leave ?? t("unsavedChanges.leave"),
  });

  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);

  return { leaveDialog, allowLeaving };
}
