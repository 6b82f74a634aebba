// "New user": name, e-mail, role, the parliament or expert record the role needs, and an
// initial password (typed, or generated and shown so that the admin can pass it on).
// Validated with the schema the server uses; the server's field errors (an e-mail
// already in use…) land next to the fields. Once created, the dialog shows the password
// one last time.
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { recordsOfRole, ZCreateUserInput } from "@hemicycle/shared/schemas/users";
import { emptyToNull, useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/field.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useCreateUser, type UserListItem } from "../api/users.ts";
import { useScopeOptions } from "../hooks/use-scope-options.ts";
import { RoleFields } from "./role-fields.tsx";
import { RoleBadge } from "./role-badge.tsx";
import { PasswordField } from "./password-field.tsx";
import { OneTimePassword } from "./one-time-password.tsx";

const FORM_ID = "create-user-form";

/** Mount it with a new `key` for each opening: every opening starts from a blank form. */
type CreateUserDialogProps = { open: boolean; onClose: () => void };

export function CreateUserDialog({ open, onClose }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [created, setCreated] = useState<{ user: UserListItem; password: string } | null>(null);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="md"
      title={created ? t("users.create.doneTitle") : t("users.create.title")}
      description={created ? undefined : t("users.create.description")}
      footer={
        created ? (
          <Button variant="primary" onClick={onClose}>
            {t("users.create.done")}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" form={FORM_ID} variant="primary" loading={create.isPending}>
              {t("users.create.submit")}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <CreatedSummary user={created.user} password={created.password} />
      ) : (
        <CreateUserForm create={create} onCreated={(user, password) => setCreated({ user, password })} />
      )}
    </Dialog>
  );
}

type CreateUserFormProps = {
  create: ReturnType<typeof useCreateUser>;
  onCreated: (user: UserListItem, password: string) => void;
};

function CreateUserForm({ create, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const scope = useScopeOptions();
  const form = useSchemaForm(ZCreateUserInput, {
    // No role until the admin picks one: an account's role is never a default.
    defaultValues: { name: "", email: "", password: "", parliamentId: null, expertId: null },
  });
  const role = useWatch({ control: form.control, name: "role" });

  const onSubmit = form.handleSubmit((values) => {
    // Only the record the chosen role uses travels: a parliament picked before the
    // role was changed to Expert is dropped.
    const records = recordsOfRole(values.role);
    const input = {
      ...values,
      parliamentId: records.parliament ? (values.parliamentId ?? null) : null,
      expertId: records.expert ? (values.expertId ?? null) : null,
    };
    create.mutate(input, {
      onSuccess: (user) => {
        toast.success(t("users.create.toast", { name: user.name }));
        onCreated(user, values.password);
      },
      onError: form.showServerError,
    });
  });

  return (
    <form id={FORM_ID} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
      <FormAlert message={form.alert} />
      <TextField label={t("users.form.name")} autoComplete="off" data-autofocus {...form.field("name")} />
      <TextField
        type="email"
        label={t("users.form.email")}
        hint={t("users.form.emailHint")}
        autoComplete="off"
        spellCheck={false}
        {...form.field("email")}
      />
      <RoleFields
        role={form.field("role")}
        roleValue={role}
        roleHint={role ? t(`users.roleHint.${role}`) : undefined}
        parliament={form.field("parliamentId", { setValueAs: emptyToNull })}
        expert={form.field("expertId", { setValueAs: emptyToNull })}
        scope={scope}
      />
      <PasswordField
        label={t("users.form.password")}
        hint={t("users.form.passwordHint")}
        field={form.field("password")}
        onGenerate={(password) =>
          form.setValue("password", password, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
        }
      />
    </form>
  );
}

function CreatedSummary({ user, password }: { user: UserListItem; password: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="success" title={t("users.create.doneHeading", { name: user.name })}>
        <p>{user.email}</p>
        <p className="mt-1.5 flex flex-wrap items-center gap-2">
          <RoleBadge role={user.role} />
          {user.parliament?.name ?? user.expert?.name ?? null}
        </p>
      </Alert>
      <OneTimePassword label={t("users.form.password")} password={password} name={user.name} />
    </div>
  );
}
