// The record an account is tied to, shown for the roles that have one: the parliament of
// its staff (required), the expert record of an expert (optional).
import { useTranslation } from "react-i18next";
import type { Role } from "@hemicycle/shared/enums";
import { recordsOfRole } from "@hemicycle/shared/schemas/users";
import { withFallbackError, type FieldBinding } from "../../../components/form/use-schema-form.ts";
import { Select } from "../../../components/ui/field.tsx";
import type { useScopeOptions } from "../hooks/use-scope-options.ts";

type ScopeFieldsProps = {
  role: Role | "" | undefined;
  scope: ReturnType<typeof useScopeOptions>;
  parliament: FieldBinding;
  expert: FieldBinding;
};

export function ScopeFields({ role, scope, parliament, expert }: ScopeFieldsProps) {
  const { t } = useTranslation();
  const truncatedHint = (truncated: boolean) =>
    truncated ? t("users.form.optionsTruncated", { count: scope.limit }) : undefined;

  const records = recordsOfRole(role);
  if (records.parliament) {
    return (
      <Select
        label={t("users.form.parliament")}
        placeholder={scope.parliaments.isPending ? t("common.loading") : t("common.choose")}
        options={scope.parliaments.options}
        hint={truncatedHint(scope.parliaments.truncated) ?? t("users.form.parliamentHint")}
        {...withFallbackError(parliament, scope.parliaments.isError && t("errors.optionsFailed"))}
        // Required for this role whatever the schema says of other roles.
        required
      />
    );
  }
  if (records.expert) {
    return (
      <Select
        label={t("users.form.expert")}
        placeholder={scope.experts.isPending ? t("common.loading") : t("users.form.noExpert")}
        options={scope.experts.options}
        hint={truncatedHint(scope.experts.truncated) ?? t("users.form.expertHint")}
        {...withFallbackError(expert, scope.experts.isError && t("errors.optionsFailed"))}
      />
    );
  }
  return null;
}
