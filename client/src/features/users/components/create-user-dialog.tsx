// "New user": name, e-mail, role, the parliament or expert record the role needs, and an
// initial password (typed, or generated and shown so that the admin can pass it on).
// Validated with the schema the server uses; the server's field errors (an e-mail
// already in use…) land next to the fields. Once created, the dialog shows the password
// one last time.
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { ROLES } from "@hemicycle/shared/enums";
import { ZCreateUserInput } from "@hemicycle/shared/schemas/users";
import { applyServerErrors, errorInfo } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Select, TextField } from "../../../components/ui/field.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useCreateUser, type UserListItem } from "../api/users.ts";
import { useScopeOptions } from "../hooks/use-scope-options.ts";
import { emptyToNull, ScopeFields } from "./scope-fields.tsx";
import { RoleBadge } from "./role-badge.tsx";
import { PasswordField } from "./password-field.tsx";
import { OneTimePassword } from "./one-time-password.tsx";

type FormInput = z.input<typeof ZCreateUserInput>;
type FormOutput = z.output<typeof ZCreateUserInput>;

const FIELDS = ["name", "email", "password", "role", "parliamentId", "expertId"] as const;

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

const FORM_ID = "create-user-form";

type CreateUserFormProps = {
  create: ReturnType<typeof useCreateUser>;
  onCreated: (user: UserListItem, password: string) => void;
};

function CreateUserForm({ create, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const scope = useScopeOptions();

  const { register, handleSubmit, setError, setValue, control, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZCreateUserInput),
    // No role until the admin picks one: an account's role is never a default.
    defaultValues: { name: "", email: "", password: "", parliamentId: null, expertId: null },
  });
  const role = useWatch({ control, name: "role" });
  const errors = formState.errors;
  const message = (m: string | undefined) => (m ? translateMessage(m) : undefined);

  const onSubmit = handleSubmit((values) => {
    // Only the record the chosen role uses travels: a parliament picked before the
    // role was changed to Expert is dropped.
    const input = {
      ...values,
      parliamentId: values.role === "PARLIAMENT_STAFF" ? (values.parliamentId ?? null) : null,
      expertId: values.role === "EXPERT" ? (values.expertId ?? null) : null,
    };
    create.mutate(input, {
      onSuccess: (user) => {
        toast.success(t("users.create.toast", { name: user.name }));
        onCreated(user, values.password);
      },
      onError: (error) => {
        applyServerErrors(error, setError, FIELDS);
        const info = errorInfo(error);
        if (info.reason === "DUPLICATE" && info.fieldErrors?.email) {
          setError("email", { type: "server", message: t("users.form.emailInUse") }, { shouldFocus: true });
        }
      },
    });
  });

  return (
    <form id={FORM_ID} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
      {errors.root?.server?.message ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <TextField
        label={t("users.form.name")}
        required
        autoComplete="off"
        data-autofocus
        error={message(errors.name?.message)}
        {...register("name")}
      />
      <TextField
        type="email"
        label={t("users.form.email")}
        hint={t("users.form.emailHint")}
        required
        autoComplete="off"
        spellCheck={false}
        error={message(errors.email?.message)}
        {...register("email")}
      />
      <Select
        label={t("users.form.role")}
        required
        placeholder={t("common.choose")}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        hint={role ? t(`users.roleHint.${role}`) : undefined}
        error={errors.role ? t("users.form.chooseRole") : undefined}
        {...register("role")}
      />
      <ScopeFields
        role={role}
        scope={scope}
        parliamentField={register("parliamentId", { setValueAs: emptyToNull })}
        expertField={register("expertId", { setValueAs: emptyToNull })}
        parliamentError={message(errors.parliamentId?.message)}
        expertError={message(errors.expertId?.message)}
      />
      <PasswordField
        label={t("users.form.password")}
        hint={t("users.form.passwordHint")}
        error={message(errors.password?.message)}
        field={register("password")}
        onGenerate={(password) =>
          setValue("password", password, { shouldDirty: true, shouldValidate: formState.isSubmitted })
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
