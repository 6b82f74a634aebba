import { useTranslation } from "react-i18next";
import { ButtonLink } from "../components/ui/button.tsx";

export function ForbiddenState() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto flex max-w-md flex-col items-center py-20 text-center">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{t("forbidden.title")}</h1>
      <p className="mt-2 text-sm text-zinc-600">{t("forbidden.description")}</p>
      <ButtonLink to="/" className="mt-6">
        {t("notFound.home")}
      </ButtonLink>
    </div>
  );
}
