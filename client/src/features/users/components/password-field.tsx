// A password the admin types or generates: the field, "Generate a strong password" and
// Show/Hide. Used when creating a user (initial password) and when setting a new one.
// A generated password is shown in clear so that it can be read and passed on; screen
// readers hear that one was generated.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldBinding } from "../../../components/form/use-schema-form.ts";
import { TextField } from "../../../components/ui/field.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { generatePassword } from "../utils/generate-password.ts";

type PasswordFieldProps = {
  label: string;
  hint: string;
  field: FieldBinding;
  /** Puts the new password in the form (e.g. `setValue("password", password)`). */
  onGenerate: (password: string) => void;
  /** The dialog focuses this field when it opens. */
  autoFocus?: boolean;
};

export function PasswordField({ label, hint, field, onGenerate, autoFocus }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [showPassword, setShowPassword] = useState(false);
  const [generated, setGenerated] = useState(0);

  function generate() {
    onGenerate(generatePassword());
    setShowPassword(true);
    setGenerated((n) => n + 1);
  }

  return (
    <div className="flex flex-col gap-1.5">
      <TextField
        type={showPassword ? "text" : "password"}
        label={label}
        hint={hint}
        autoComplete="new-password"
        spellCheck={false}
        className={showPassword ? "font-mono" : undefined}
        data-autofocus={autoFocus || undefined}
        {...field}
      />
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={generate}>
          {t("users.form.generate")}
        </Button>
        <Button size="sm" variant="ghost" aria-pressed={showPassword} onClick={() => setShowPassword((s) => !s)}>
          {showPassword ? t("users.form.hidePassword") : t("users.form.showPassword")}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {generated > 0 ? t("users.form.generated") : ""}
      </p>
    </div>
  );
}
