import { useTranslation } from "react-i18next";
import { ButtonLink } from "../components/ui/button.tsx";

type NotFoundStateProps = { title?: string; description?: string };

/** Shown for an unknown address and for records the user may not see. */
export function NotFoundState({ title, description }: NotFoundStateProps) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto flex max-w-md flex-col items-center py-20 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900">{title ?? t("notFound.title")}</h1>
      <p className="mt-2 text-sm text-zinc-600">{description ?? t("notFound.description")}</p>
      <ButtonLink to="/" variant="primary" className="mt-6">
        {t("notFound.home")}
      </ButtonLink>
    </div>
  );
}
