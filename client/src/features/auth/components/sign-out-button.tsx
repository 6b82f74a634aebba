import { lazy, Suspense, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useOutbox } from "../../../lib/outbox/use-outbox.ts";
import { Button } from "../../../components/ui/button.tsx";

/**
 * The dialog (shown only with items waiting) is not in the first download: it comes in a
 * chunk of its own as the shell first renders, closed meanwhile (nothing to show).
 */
const ConfirmDialog = lazy(() =>
  import("../../../components/ui/dialog.tsx").then(({ ConfirmDialog }) => ({ default: ConfirmDialog })),
);

export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      meta: { errorTitle: t("auth.signOutFailed") },
      // A full load of the login page: nothing of this session stays in memory (cache,
      // drafts, router state), and no mounted page refetches as a signed-out user.
      // The app no longer opens offline as this user; their outbox stays for their next sign-in here.
      onSuccess: () =>
        void import("../../../lib/outbox/offline-session.ts")
          .then((session) => session.forgetSignedInUser())
          .catch(() => undefined)
          .finally(() => window.location.replace("/login")),
    }),
  );
  // What has not reached the server yet is not left behind without a word. A click before
  // the outbox has been read reads it first: an unknown count is not an empty outbox.
  const { items, runner } = useOutbox();
  const [confirming, setConfirming] = useState(false);
  const waiting = items?.length ?? 0;
  const signOut = async () => {
    const count = items
      ? items.length
      : await runner.store.list().then(
          (list) => list.length,
          () => 0,
        );
    if (count > 0) setConfirming(true);
    else logout.mutate();
  };
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => void signOut()} loading={logout.isPending}>
        {t("auth.signOut")}
      </Button>
      <Suspense fallback={null}>
        <ConfirmDialog
          open={confirming}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            logout.mutate();
          }}
          title={t("outbox.signOutTitle")}
          description={t("outbox.signOutBody", { count: waiting })}
          confirmLabel={t("outbox.signOutAnyway")}
        />
      </Suspense>
    </>
  );
}
