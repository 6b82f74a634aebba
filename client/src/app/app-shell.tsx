// The frame of every signed-in page: skip link, header with the product, the role's
// navigation and the user, and the main landmark the pages render into.
import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import {
  directoryReach,
  hasParliamentHome,
  mayManageUsers,
  mayReadAuditLog,
  mayReadFieldCalendar,
  type Actor,
} from "@hemicycle/shared/policy";
import { homeLabel, homePath, missionsLabel, useMe } from "../lib/session.ts";
import { cn } from "../lib/cn.ts";
import { Badge } from "../components/ui/badge.tsx";
import { SignOutButton } from "../features/auth/components/sign-out-button.tsx";
import { useChooseAccountLanguage } from "../features/language/api/language.ts";
import { LanguageMenu } from "../features/language/components/language-menu.tsx";
import { currentLanguage } from "../lib/i18n.ts";
import { PaletteLauncher, type PaletteAction } from "../features/command-palette/palette-launcher.tsx";
import { OutboxIndicator } from "../features/outbox/components/outbox-indicator.tsx";
import { NotificationBell } from "../features/notifications/components/notification-bell.tsx";

type NavItem = {
  to: string;
  label:
    | ReturnType<typeof homeLabel>
    | "nav.parliaments"
    | "nav.programmes"
    | "nav.experts"
    | "nav.calendar"
    | "findingList.title"
    | "nav.benchmark"
    | "nav.audit"
    | "nav.users"
    | "exportJobs.title";
};

/** The places the policy opens to this user, their home first. */
function navFor(me: Actor): NavItem[] {
  const items: NavItem[] = [{ to: homePath(me), label: homeLabel(me) }];
  // A dashboard or an expert's home comes first; the missions list stays one click away.
  if (!hasParliamentHome(me) && homePath(me) !== "/missions") items.push({ to: "/missions", label: missionsLabel(me) });
  // Everyone reads findings: the server scopes the log (staff their parliament's validated ones).
  items.push({ to: "/findings", label: "findingList.title" });
  if (mayReadFieldCalendar(me)) items.push({ to: "/calendar", label: "nav.calendar" });
  // Everyone compares: the server scopes what each sees (staff, others anonymised).
  items.push({ to: "/benchmark", label: "nav.benchmark" });
  if (directoryReach(me) === "ALL") items.push({ to: "/parliaments", label: "nav.parliaments" });
  if (directoryReach(me) === "ALL") items.push({ to: "/programmes", label: "nav.programmes" });
  if (directoryReach(me) === "ALL") items.push({ to: "/experts", label: "nav.experts" });
  if (mayManageUsers(me)) items.push({ to: "/admin/users", label: "nav.users" });
  if (mayReadAuditLog(me)) items.push({ to: "/admin/audit", label: "nav.audit" });
  return items;
}

/**
 * The pages the command palette offers: the navigation, and one's exports (otherwise reached
 * from an export's notice and its "ready" notification); it adds the create actions itself.
 */
function paletteActionsFor(me: Actor, t: (key: NavItem["label"]) => string): PaletteAction[] {
  const items: NavItem[] = [...navFor(me), { to: "/exports", label: "exportJobs.title" }];
  return items.map((item) => ({ to: item.to, label: t(item.label) }));
}

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const chooseLanguage = useChooseAccountLanguage();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the new page, as a full load would,
  // unless the new page has put it somewhere itself (an autoFocus field): the page's
  // effects and autofocus run before this one.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = main.current;
    const active = document.activeElement;
    if (!target || (active && active !== target && target.contains(active))) return;
    target.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white text-sm font-medium text-brand-700 shadow-lg ring-1 ring-zinc-200 focus:not-sr-only focus:fixed focus:top-2 focus:start-2 focus:px-3 focus:py-2"
      >
        {t("nav.skip")}
      </a>
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 sm:px-6">
          <Link to={homePath(me)} className="flex h-14 items-center gap-2 font-semibold tracking-tight text-zinc-900">
            <img src="/favicon.svg" alt="" className="size-6" />
            {t("app.name")}
          </Link>
          <nav
            aria-label={t("nav.label")}
            className="order-last -mx-1 flex w-full gap-1 overflow-x-auto pb-2 sm:order-none sm:w-auto sm:pb-0"
          >
            {navFor(me).map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                className={({ isActive }) =>
                  cn(
                    "rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap",
                    isActive ? "bg-zinc-100 text-zinc-900" : "text-zinc-600 hover:bg-zinc-50 hover:text-zinc-900",
                  )
                }
              >
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
          <div className="ms-auto flex items-center gap-2">
            <OutboxIndicator />
            <NotificationBell />
            <PaletteLauncher actions={paletteActionsFor(me, t)} />
            <LanguageMenu value={currentLanguage()} onChange={chooseLanguage} />
            <div className="hidden text-end 2xl:block">
              <div className="text-sm leading-tight font-medium text-zinc-900">{me.name}</div>
              <div className="text-xs leading-tight text-zinc-500">{me.email}</div>
            </div>
            {/* The role badge is the way to the account page; on a phone the role would push
                the header onto two lines ("Parliament staff"), so the word "Account" stands in. */}
            <Link
              to="/account"
              className="rounded-md text-sm font-medium text-zinc-700 hover:text-zinc-900"
              title={t("account.link")}
            >
              <span className="sm:hidden">{t("account.link")}</span>
              <span className="sr-only max-sm:hidden">{t("account.link")}: </span>
              <Badge tone="indigo" className="max-sm:hidden">
                {t(`role.${me.role}`)}
              </Badge>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      {/* At least a screen tall: the footer starts below the fold, so it never sits in view
          while a page loads and then leaps away as the page fills (a layout shift). */}
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        className="mx-auto min-h-dvh w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8"
      >
        <Outlet />
      </main>
      <footer className="border-t border-zinc-200 py-4 text-center text-xs text-zinc-500">{t("app.footer")}</footer>
    </div>
  );
}
