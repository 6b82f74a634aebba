// The language menu: a button naming the current language that opens the four languages,
// each named in itself (English, Français, Español, العربية) and marked with its own `lang`
// and `dir`, so that a reader lost in a language they do not read still finds theirs.
// Tab reaches it, Enter or Space opens it, arrows move between the languages, Escape or
// leaving it closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { isRightToLeft, LANGUAGES, type Language } from "@hemicycle/shared/languages";
import { cn } from "../../../lib/cn.ts";
import { useOutsidePointer } from "../../../lib/use-outside-pointer.ts";

/** Each language in itself: the same in every catalogue, so not a catalogue key. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ar: "العربية",
};

type LanguageMenuProps = {
  value: Language;
  onChange: (language: Language) => void | Promise<void>;
  /** The header's compact button (the globe, then its code, then its name as the screen widens), or the sign-in page's. */
  variant?: "header" | "page";
  className?: string;
};

function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="none" stroke="currentColor">
      <circle cx="10" cy="10" r="7.25" strokeWidth="1.5" />
      <path
        d="M2.75 10h14.5M10 2.75c2 2.1 3 4.5 3 7.25s-1 5.15-3 7.25c-2-2.1-3-4.5-3-7.25s1-5.15 3-7.25Z"
        strokeWidth="1.5"
      />
    </svg>
  );
}

export function LanguageMenu({ value, onChange, variant = "header", className }: LanguageMenuProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useOutsidePointer(root, open, () => setOpen(false));
  useEffect(() => {
    // The current language has focus as the menu opens.
    if (open) items.current[LANGUAGES.indexOf(value)]?.focus();
  }, [open, value]);

  function choose(language: Language) {
    setOpen(false);
    button.current?.focus();
    if (language !== value) void onChange(language);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (!open) return;
    const at = items.current.findIndex((item) => item === document.activeElement);
    const move = { ArrowDown: 1, ArrowUp: -1, Home: -at, End: LANGUAGES.length - 1 - at }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (Math.max(at, 0) + move + LANGUAGES.length) % LANGUAGES.length;
    items.current[next]?.focus();
  }

  return (
    <div
      ref={root}
      className={cn("relative", className)}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-label={t("language.button", { language: LANGUAGE_AUTONYMS[value] })}
        onClick={() => setOpen((current) => !current)}
        className={cn(
          "flex items-center gap-1.5 rounded-md text-sm font-medium text-zinc-700 hover:text-zinc-900",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
          variant === "page" ? "border border-zinc-300 bg-white px-3 py-1.5 shadow-sm" : "px-1.5 py-1.5",
        )}
      >
        <GlobeIcon />
        {/* In the header, room is short: the globe alone on a phone, with the code ("FR") on a
            laptop, the name from a wide screen up. The button's label names it in full. */}
        {variant === "header" ? (
          <span aria-hidden="true" className="uppercase max-sm:hidden 2xl:hidden">
            {value}
          </span>
        ) : null}
        <span className={cn(variant === "header" && "hidden 2xl:inline")} lang={value}>
          {LANGUAGE_AUTONYMS[value]}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={cn("size-4 text-zinc-400", variant === "header" && "max-sm:hidden")}
          fill="currentColor"
        >
          <path d="M5.5 7.5 10 12l4.5-4.5h-9Z" />
        </svg>
      </button>
      {open ? (
        <ul
          id={`${id}-list`}
          aria-label={t("language.label")}
          className="absolute end-0 z-40 mt-1 min-w-36 rounded-md border border-zinc-200 bg-white py-1 shadow-lg"
        >
          {LANGUAGES.map((language, index) => (
            <li key={language}>
              <button
                ref={(element) => {
                  items.current[index] = element;
                }}
                type="button"
                lang={language}
                aria-current={language === value ? "true" : undefined}
                onClick={() => choose(language)}
                className={cn(
                  "flex w-full items-center justify-between gap-3 px-3 py-2 text-start text-sm",
                  "hover:bg-zinc-50 focus-visible:bg-zinc-100 focus-visible:outline-none",
                  language === value ? "font-semibold text-zinc-900" : "text-zinc-700",
                )}
              >
                {/* Laid out in the page's direction (the names line up), each written in its own. */}
                <span dir={isRightToLeft(language) ? "rtl" : "ltr"}>{LANGUAGE_AUTONYMS[language]}</span>
                {language === value ? (
                  <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 text-brand-600" fill="currentColor">
                    <path d="M8.2 13.6 4.6 10l-1.1 1.1 4.7 4.7 8.3-8.3-1.1-1.1-7.2 7.2Z" />
                  </svg>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
