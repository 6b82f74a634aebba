// The record an account is tied to, shown for the roles that have one: the parliament of
// its staff (required), the expert record of an expert (optional). Used by the create
// and the edit dialogs.
import { useTranslation } from "react-i18next";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Role } from "@hemicycle/shared/enums";
import { Select } from "../../../components/ui/field.tsx";
import type { useScopeOptions } from "../hooks/use-scope-options.ts";

type ScopeFieldsProps = {
  role: Role | "" | undefined;
  scope: ReturnType<typeof useScopeOptions>;
  parliamentField: UseFormRegisterReturn;
  expertField: UseFormRegisterReturn;
  parliamentError?: string | undefined;
  expertError?: string | undefined;
};

/** "" from the empty choice of a select means "none". */
export const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

export function ScopeFields({
  role,
  scope,
  parliamentField,
  expertField,
  parliamentError,
  expertError,
}: ScopeFieldsProps) {
  const { t } = useTranslation();
  const truncatedHint = (truncated: boolean) =>
    truncated ? t("users.form.optionsTruncated", { count: scope.limit }) : undefined;

  if (role === "PARLIAMENT_STAFF") {
    return (
      <Select
        label={t("users.form.parliament")}
        required
        placeholder={scope.parliaments.isPending ? t("common.loading") : t("common.choose")}
        options={scope.parliaments.options}
        hint={truncatedHint(scope.parliaments.truncated) ?? t("users.form.parliamentHint")}
        error={parliamentError ?? (scope.parliaments.isError ? t("errors.optionsFailed") : undefined)}
        {...parliamentField}
      />
    );
  }
  if (role === "EXPERT") {
    return (
      <Select
        label={t("users.form.expert")}
        placeholder={scope.experts.isPending ? t("common.loading") : t("users.form.noExpert")}
        options={scope.experts.options}
        hint={truncatedHint(scope.experts.truncated) ?? t("users.form.expertHint")}
        error={expertError ?? (scope.experts.isError ? t("errors.optionsFailed") : undefined)}
        {...expertField}
      />
    );
  }
  return null;
}
