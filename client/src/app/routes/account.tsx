import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { SessionsCard } from "../../features/account/components/sessions-card.tsx";
import { ChangePasswordForm } from "../../features/account/components/change-password-form.tsx";
import { LanguageCard } from "../../features/language/components/language-card.tsx";
import { EmailPreferencesCard } from "../../features/notifications/components/email-preferences-card.tsx";

/** The signed-in user's own account: their sessions, their password, their language and which notifications come by e-mail. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("account.title"));
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <div className="flex flex-col gap-6">
        <SessionsCard />
        <ChangePasswordForm />
        <LanguageCard />
        <EmailPreferencesCard />
      </div>
    </>
  );
}
