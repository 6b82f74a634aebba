import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { Button } from "../../../components/ui/button.tsx";

export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      meta: { errorTitle: t("auth.signOutFailed") },
      // A full load of the login page: nothing of this session stays in memory (cache,
      // drafts, router state), and no mounted page refetches as a signed-out user.
      onSuccess: () => window.location.replace("/login"),
    }),
  );
  return (
    <Button size="sm" variant="ghost" onClick={() => logout.mutate()} loading={logout.isPending}>
      {t("auth.signOut")}
    </Button>
  );
}
