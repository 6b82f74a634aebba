// The expert form's two list fields: ICT areas as a group of checkboxes over the shared
// taxonomy, and languages as chips added from a list of ISO 639-1 codes by name.
import { useId } from "react";
import { useController, type Control, type UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { IctArea } from "@hemicycle/shared/enums";
import { languageName } from "../../../lib/format.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import { FieldError, Select } from "../../../components/ui/field.tsx";
import { languageChoices } from "../../../lib/code-choices.ts";
import type { ExpertFormInput } from "./expert-form.tsx";

type AreaChoicesProps = {
  areas: readonly IctArea[];
  registration: UseFormRegisterReturn;
  error: string | undefined;
};

export function AreaChoices({ areas, registration, error }: AreaChoicesProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-zinc-800">{t("experts.form.areas")}</legend>
      <div className="mt-2 grid gap-1.5">
        {areas.map((area) => (
          <label key={area} className="flex items-center gap-2 text-sm text-zinc-800">
            <input type="checkbox" value={area} className="size-4 accent-brand-600" {...registration} />
            <Badge>{area}</Badge>
            <span>{t(`ictArea.${area}`)}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} className="mt-1" />
    </fieldset>
  );
}

type LanguagePickerProps = { control: Control<ExpertFormInput>; error: string | undefined };

export function LanguagePicker({ control, error }: LanguagePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const {
    field: { value, onChange, onBlur, ref },
  } = useController({ control, name: "languages" });
  const chosen = value ?? [];
  const options = languageChoices()
    .filter((c) => !chosen.includes(c.value))
    .map((c) => ({ value: c.value, label: `${c.label} (${c.value})` }));

  return (
    <div className="flex flex-col gap-2">
      <Select
        label={t("experts.form.languages")}
        hint={t("experts.form.languagesHint")}
        placeholder={t("experts.form.addLanguage")}
        options={options}
        value=""
        error={error}
        ref={ref}
        onBlur={onBlur}
        onChange={(event) => {
          const code = event.target.value;
          if (code) onChange([...chosen, code]);
        }}
      />
      {chosen.length ? (
        <ul aria-label={t("experts.form.chosenLanguages")} className="flex flex-wrap gap-2">
          {chosen.map((code) => (
            <li
              key={code}
              className="flex items-center gap-1 rounded-full border border-zinc-300 bg-zinc-50 py-0.5 ps-2.5 pe-1 text-sm"
            >
              <span>{languageName(code)}</span>
              <span className="font-mono text-xs text-zinc-500">{code}</span>
              <button
                type="button"
                className="ms-0.5 rounded-full px-1.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-brand-600"
                aria-label={t("experts.form.removeLanguage", { language: languageName(code) })}
                onClick={() => onChange(chosen.filter((c) => c !== code))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p id={`${id}-none`} className="text-xs text-zinc-500">
          {t("experts.form.noLanguages")}
        </p>
      )}
    </div>
  );
}
