// Choosing the screens' language: in this browser (remembered for the sign-in page) and,
// for a signed-in user, on their account (auth.setLanguage), so that their other browsers
// and the documents generated for them follow it. docs/languages.md, "Choosing a language".
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Language } from "@hemicycle/shared/languages";
import { browserLanguage, changeLanguage, rememberLanguage } from "../../../lib/i18n.ts";
import { meQueryOptions } from "../../../lib/session.ts";
import { trpc } from "../../../lib/trpc.ts";

/** Before signing in: this browser only. */
export async function chooseBrowserLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await changeLanguage(language);
}

/**
 * Signed in: the screens switch at once; the account keeps the choice. Null goes back to
 * following the browser: the screens take this browser's language.
 */
export function useChooseAccountLanguage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.auth.setLanguage.mutationOptions({
      // One after another (the menu's and the account page's alike): two quick changes sent
      // at once could reach the server in either order, and the account keep the first.
      scope: { id: "auth.setLanguage" },
      meta: { errorTitle: t("language.saveFailed") },
      onSuccess: ({ language }) => {
        const me = queryClient.getQueryData(meQueryOptions().queryKey);
        if (me) queryClient.setQueryData(meQueryOptions().queryKey, { ...me, language });
      },
    }),
  );
  return async (language: Language | null) => {
    if (language) await chooseBrowserLanguage(language);
    else await changeLanguage(browserLanguage());
    save.mutate({ language });
  };
}
