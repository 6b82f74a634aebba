import { useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { currentLanguage, followUserLanguage } from "../../lib/i18n.ts";
import { queryClient } from "../../lib/trpc.ts";
import { meQueryOptions, homePath } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { LoginForm } from "../../features/auth/components/login-form.tsx";
import { chooseBrowserLanguage } from "../../features/language/api/language.ts";
import { LanguageMenu } from "../../features/language/components/language-menu.tsx";

/**
 * Only paths inside this app: never an open redirect. The path must start with a single
 * "/" (not "//" or "/\\", which browsers read as another host) and still be on this
 * origin once the URL parser has dropped tabs and newlines; the normalised path is used.
 */
function safeNext(next: string | null): string | null {
  if (!next || next[0] !== "/" || next[1] === "/" || next[1] === "\\") return null;
  let url: URL;
  try {
    url = new URL(next, window.location.origin);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin || url.pathname.startsWith("/login")) return null;
  return url.pathname + url.search + url.hash;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  useDocumentTitle(t("login.title"));

  async function onSignedIn() {
    const me = await queryClient.fetchQuery(meQueryOptions());
    // The account's language, if its user chose one; else the one shown here stays.
    await followUserLanguage(me);
    await navigate(safeNext(params.get("next")) ?? homePath(me), { replace: true });
  }

  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-zinc-50 px-4 py-12">
      {/* Before anything else in the reading order: a reader who cannot read the page finds their language first. */}
      <div className="absolute top-3 end-3 sm:top-4 sm:end-4">
        <LanguageMenu variant="page" value={currentLanguage()} onChange={chooseBrowserLanguage} />
      </div>
      <main className="w-full max-w-sm">
        <div className="mb-8 flex flex-col items-center text-center">
          <img src="/favicon.svg" alt="" className="size-10" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-zinc-900">{t("login.heading")}</h1>
          <p className="mt-1 text-sm text-zinc-600">{t("login.subheading")}</p>
        </div>
        <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          <LoginForm onSignedIn={onSignedIn} />
        </div>
      </main>
    </div>
  );
}
