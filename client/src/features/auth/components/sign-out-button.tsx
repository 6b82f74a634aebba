import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { Button } from "../../../components/ui/button.tsx";

export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      meta: { errorTitle: t("auth.signOutFailed") },
      onSuccess: async () => {
        await navigate("/login", { replace: true });
        queryClient.clear();
      },
    }),
  );
  return (
    <Button size="sm" variant="ghost" onClick={() => logout.mutate()} loading={logout.isPending}>
      {t("auth.signOut")}
    </Button>
  );
}
