// The record an account is tied to, shown for the roles that have one: the parliament of
// its staff (required), the expert record of an expert (optional).
import { useTranslation } from "react-i18next";
import type { Role } from "@hemicycle/shared/enums";
import { recordsOfRole } from "@hemicycle/shared/schemas/users";
import type { FieldBinding } from "../../../components/form/use-schema-form.ts";
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
        {...parliament}
        // Required for this role whatever the schema says of other roles.
        required
        error={parliament.error ?? (scope.parliaments.isError ? t("errors.optionsFailed") : undefined)}
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
        {...expert}
        error={expert.error ?? (scope.experts.isError ? t("errors.optionsFailed") : undefined)}
      />
    );
  }
  return null;
}
