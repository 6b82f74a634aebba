// A password shown once, after an account is created or given a new password, with
// "Copy password": the admin passes it on, and it is not shown again.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { Button } from "../../../components/ui/button.tsx";

type OneTimePasswordProps = {
  label: string;
  password: string;
  /** Whose password it is, for the "pass it on" note. */
  name: string;
};

export function OneTimePassword({ label, password, name }: OneTimePasswordProps) {
  const { t } = useTranslation();
  const labelId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      toast.success(t("users.password.copied"));
    } catch {
      toast.error(t("users.password.copyFailed"));
    }
  }

  return (
    <div>
      <p id={labelId} className="text-sm font-medium text-zinc-800">
        {label}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <code
          aria-labelledby={labelId}
          className="rounded-md border border-zinc-300 bg-zinc-50 px-3 py-1.5 font-mono text-sm break-all text-zinc-900 select-all"
        >
          {password}
        </code>
        <Button size="sm" onClick={() => void copy()} autoFocus>
          {t("users.password.copy")}
        </Button>
      </div>
      <p className="mt-2 text-xs text-zinc-600">{t("users.password.passOn", { name })}</p>
    </div>
  );
}
