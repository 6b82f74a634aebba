// Switching the screens' language (issue 11, "Languages"): the sign-in page's menu and the
// shell's re-render every text in the language chosen, set <html lang dir> (Arabic right to
// left), remember the choice in this browser, and, signed in, store it on the account.
import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route, Routes } from "react-router";
import { AppShell } from "../../../client/src/app/app-shell.tsx";
import { LoginPage } from "../../../client/src/app/routes/login.tsx";
import { LanguageCard } from "../../../client/src/features/language/components/language-card.tsx";
import { changeLanguage, followUserLanguage } from "../../../client/src/lib/i18n.ts";
import { formatDate } from "../../../client/src/lib/format.ts";
import { meQueryOptions } from "../../../client/src/lib/session.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator } from "../fixtures.ts";

afterEach(async () => {
  vi.unstubAllGlobals();
  localStorage.clear();
  await act(() => changeLanguage("en"));
});

const march3 = new Date(Date.UTC(2027, 2, 3));

describe("the sign-in page's language menu", () => {
  it("names each language in itself, switches every text and the page's direction, and remembers the choice", async () => {
    const { user } = renderWithApp(<LoginPage />, { route: "/login" });
    expect(screen.getByRole("heading", { name: "Sign in to Hemicycle" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("dir", "ltr");

    await user.click(screen.getByRole("button", { name: "Language: English" }));
    const list = screen.getByRole("list", { name: "Language" });
    const names = within(list)
      .getAllByRole("button")
      .map((option) => [option.textContent, option.getAttribute("lang")]);
    expect(names).toEqual([
      ["English", "en"],
      ["Français", "fr"],
      ["Español", "es"],
      ["العربية", "ar"],
    ]);
    // The current language has focus; the arrows move through the others.
    expect(within(list).getByRole("button", { name: "English" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(list).getByRole("button", { name: "Français" })).toHaveFocus();
    await user.keyboard("{Enter}");

    expect(await screen.findByRole("heading", { name: "Se connecter à Hemicycle" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("lang", "fr");
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
    expect(formatDate(march3)).toBe("3 mars 2027");
    expect(localStorage.getItem("hemicycle.language")).toBe("fr");

    await user.click(screen.getByRole("button", { name: /Français/ }));
    await user.click(screen.getByRole("button", { name: "العربية" }));
    expect(await screen.findByRole("heading", { name: "تسجيل الدخول إلى Hemicycle" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("lang", "ar");
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    expect(localStorage.getItem("hemicycle.language")).toBe("ar");
  });

  it("is left for a signed-in user's own language, or kept when they have none", async () => {
    localStorage.setItem("hemicycle.language", "es");
    await act(() => followUserLanguage({ language: null }));
    expect(document.documentElement).toHaveAttribute("lang", "es");
    await act(() => followUserLanguage({ language: "fr" }));
    expect(document.documentElement).toHaveAttribute("lang", "fr");
  });
});

describe("the shell's language menu", () => {
  it("switches the navigation's texts and stores the language on the account", async () => {
    const fetch = vi.fn(
      async (_url: string | URL | Request, _init?: RequestInit) =>
        new Response(JSON.stringify([{ result: { data: { json: { language: "es" } } } }]), {
          status: 200,
          headers: { "content-type": "application/json" },
        }),
    );
    vi.stubGlobal("fetch", fetch);
    const { user, queryClient } = renderWithApp(
      <Routes>
        <Route path="/" element={<AppShell />}>
          <Route path="missions" element={<h1>Missions page</h1>} />
        </Route>
      </Routes>,
      { me: coordinator, route: "/missions" },
    );
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Findings" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Language: English" }));
    await user.click(screen.getByRole("button", { name: "Español" }));

    const navEs = await screen.findByRole("navigation", { name: /./ });
    expect(within(navEs).queryByRole("link", { name: "Findings" })).toBeNull();
    expect(document.documentElement).toHaveAttribute("lang", "es");
    expect(screen.getByRole("button", { name: /Español/ })).toBeInTheDocument();
    await vi.waitFor(() => expect(queryClient.getQueryData(meQueryOptions().queryKey)?.language).toBe("es"));
    // The shell also reads the bell's unread count; the language goes in a call of its own.
    const call = fetch.mock.calls.find(([url]) => String(url).includes("auth.setLanguage"));
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({ 0: { json: { language: "es" } } });
  });
});

describe("the account page's language", () => {
  it("shows the account's language, and goes back to following the browser", async () => {
    const fetch = vi.fn(
      async (_url: string | URL | Request, _init?: RequestInit) =>
        new Response(JSON.stringify([{ result: { data: { json: { language: null } } } }]), {
          status: 200,
          headers: { "content-type": "application/json" },
        }),
    );
    vi.stubGlobal("fetch", fetch);
    await act(() => changeLanguage("fr"));
    const { user, queryClient } = renderWithApp(<LanguageCard />, { me: { ...coordinator, language: "fr" } });
    expect(screen.getByRole("radio", { name: "Français" })).toBeChecked();
    // jsdom's browser is en-US: following it means English.
    await user.click(screen.getByRole("radio", { name: /English\)$/ }));
    await vi.waitFor(() => expect(queryClient.getQueryData(meQueryOptions().queryKey)?.language).toBeNull());
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toEqual({ 0: { json: { language: null } } });
    expect(document.documentElement).toHaveAttribute("lang", "en");
    expect(screen.getByRole("radio", { name: /English\)$/ })).toBeChecked();
  });
});

describe("two quick changes of language", () => {
  it("reach the account in the order they were made, so that it keeps the last one", async () => {
    // The first answer is held until the second change is made: sent at once, the second
    // could reach the server first and be overwritten by the first.
    let answerFirst = () => {};
    const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      const { language } = (JSON.parse(String(init?.body)) as { 0: { json: { language: string } } })[0].json;
      const answer = () =>
        new Response(JSON.stringify([{ result: { data: { json: { language } } } }]), {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      if (fetch.mock.calls.length > 1) return answer();
      return new Promise<Response>((resolve) => {
        answerFirst = () => resolve(answer());
      });
    });
    vi.stubGlobal("fetch", fetch);
    const { user, queryClient } = renderWithApp(<LanguageCard />, { me: { ...coordinator, language: null } });
    await user.click(screen.getByRole("radio", { name: "Français" }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole("radio", { name: "العربية" }));
    expect(document.documentElement).toHaveAttribute("lang", "ar");
    expect(fetch, "the second change waits for the first").toHaveBeenCalledTimes(1);

    answerFirst();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(JSON.parse(String(fetch.mock.calls[1]![1]?.body))).toEqual({ 0: { json: { language: "ar" } } });
    await vi.waitFor(() => expect(queryClient.getQueryData(meQueryOptions().queryKey)?.language).toBe("ar"));
  });
});
