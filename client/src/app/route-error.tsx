// Error boundaries of the routes: a page that throws shows this inside the shell, the
// rest of the app keeps working.
import { isRouteErrorResponse, useNavigate, useRouteError } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../components/ui/error-state.tsx";
import { isNotFound } from "../lib/errors.ts";
import { NotFoundState } from "./not-found-state.tsx";

export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const { t } = useTranslation();
  if ((isRouteErrorResponse(error) && error.status === 404) || isNotFound(error)) return <NotFoundState />;
  if (import.meta.env.DEV) console.error(error);
  return <ErrorState className="my-10" title={t("errors.pageFailed")} error={error} onRetry={() => void navigate(0)} />;
}

/** When even the shell cannot load (the server is down): a whole-page message. */
export function RootError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main className="mx-auto flex min-h-screen max-w-lg items-center px-4">
      <ErrorState
        className="w-full"
        title={t("errors.appFailed")}
        error={error}
        onRetry={() => window.location.reload()}
      />
    </main>
  );
}
