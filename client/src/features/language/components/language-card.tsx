// The account page's language: the four languages, each named in itself, or "your
// browser's", which the account then follows (User.language null). The shell's menu sets
// the same; here a user can also go back to following the browser.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { isRightToLeft, LANGUAGES, type Language } from "@hemicycle/shared/languages";
import { Card } from "../../../components/ui/card.tsx";
import { browserLanguage } from "../../../lib/i18n.ts";
import { useMe } from "../../../lib/session.ts";
import { useChooseAccountLanguage } from "../api/language.ts";
import { LANGUAGE_AUTONYMS } from "./language-menu.tsx";

const FOLLOW_BROWSER = "browser";

export function LanguageCard() {
  const { t } = useTranslation();
  const me = useMe();
  const choose = useChooseAccountLanguage();
  const name = useId();
  const chosen: Language | typeof FOLLOW_BROWSER = me.language ?? FOLLOW_BROWSER;
  const options: { value: Language | typeof FOLLOW_BROWSER; label: string; lang?: Language }[] = [
    { value: FOLLOW_BROWSER, label: t("language.followBrowser", { language: LANGUAGE_AUTONYMS[browserLanguage()] }) },
    ...LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_AUTONYMS[language], lang: language })),
  ];

  return (
    <Card title={t("language.title")} description={t("language.description")}>
      <fieldset className="flex flex-col gap-2 px-4 py-4">
        <legend className="sr-only">{t("language.title")}</legend>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-zinc-800">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={chosen === option.value}
              onChange={() => void choose(option.value === FOLLOW_BROWSER ? null : option.value)}
              className="size-4 accent-brand-600"
            />
            <span lang={option.lang} dir={option.lang && isRightToLeft(option.lang) ? "rtl" : undefined}>
              {option.label}
            </span>
          </label>
        ))}
      </fieldset>
    </Card>
  );
}
