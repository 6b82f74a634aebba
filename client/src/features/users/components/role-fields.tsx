// An account's role and the record the role ties it to (scope-fields.tsx). The new-user and
// edit-user dialogs both show these; an admin's own role is shown but locked.
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "@hemicycle/shared/enums";
import type { FieldBinding } from "../../../components/form/use-schema-form.ts";
import { Select } from "../../../components/ui/field.tsx";
import type { useScopeOptions } from "../hooks/use-scope-options.ts";
import { ScopeFields } from "./scope-fields.tsx";

type RoleFieldsProps = {
  /** The role field, or the role it is locked to (an admin's own account) with why. */
  role: FieldBinding | { locked: Role; hint: string };
  /** The role chosen so far, which decides the scope fields. */
  roleValue: Role | "" | undefined;
  roleHint: string | undefined;
  parliament: FieldBinding;
  expert: FieldBinding;
  scope: ReturnType<typeof useScopeOptions>;
};

export function RoleFields({ role, roleValue, roleHint, parliament, expert, scope }: RoleFieldsProps) {
  const { t } = useTranslation();
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <>
      {"locked" in role ? (
        // Not registered: the form keeps the loaded role, which the server would refuse to change anyway.
        <Select label={t("users.form.role")} value={role.locked} disabled options={roleOptions} hint={role.hint} />
      ) : (
        <Select
          label={t("users.form.role")}
          placeholder={roleValue ? undefined : t("common.choose")}
          options={roleOptions}
          hint={roleHint}
          {...role}
        />
      )}
      <ScopeFields role={roleValue} scope={scope} parliament={parliament} expert={expert} />
    </>
  );
}
