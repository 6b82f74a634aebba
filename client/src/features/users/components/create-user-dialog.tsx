// "New user": name, e-mail, role, the parliament or expert record the role needs, and an
// initial password (typed, or generated and shown so that the admin can pass it on).
// Validated with the schema the server uses; the server's field errors (an e-mail
// already in use…) land next to the fields. Once created, the dialog shows the password
// one last time.
import { useId, useState } from "react";
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
import { generatePassword } from "../utils/generate-password.ts";
import { emptyToNull, ScopeFields } from "./scope-fields.tsx";
import { RoleBadge } from "./role-badge.tsx";

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
  const [showPassword, setShowPassword] = useState(false);
  const [generated, setGenerated] = useState(0);

  const { register, handleSubmit, setError, setValue, control, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZCreateUserInput),
    // No role until the admin picks one: an account's role is never a default.
    defaultValues: { name: "", email: "", password: "", parliamentId: null, expertId: null },
  });
  const role = useWatch({ control, name: "role" });
  const errors = formState.errors;
  const message = (m: string | undefined) => (m ? translateMessage(m) : undefined);

  function generate() {
    setValue("password", generatePassword(), { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setShowPassword(true);
    setGenerated((n) => n + 1);
  }

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
      <div className="flex flex-col gap-1.5">
        <TextField
          type={showPassword ? "text" : "password"}
          label={t("users.form.password")}
          hint={t("users.form.passwordHint")}
          required
          autoComplete="new-password"
          spellCheck={false}
          className={showPassword ? "font-mono" : undefined}
          error={message(errors.password?.message)}
          {...register("password")}
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
    </form>
  );
}

function CreatedSummary({ user, password }: { user: UserListItem; password: string }) {
  const { t } = useTranslation();
  const passwordLabelId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      toast.success(t("users.create.copied"));
    } catch {
      toast.error(t("users.create.copyFailed"));
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Alert tone="success" title={t("users.create.doneHeading", { name: user.name })}>
        <p>{user.email}</p>
        <p className="mt-1.5 flex flex-wrap items-center gap-2">
          <RoleBadge role={user.role} />
          {user.parliament?.name ?? user.expert?.name ?? null}
        </p>
      </Alert>
      <div>
        <p id={passwordLabelId} className="text-sm font-medium text-zinc-800">
          {t("users.form.password")}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <code
            aria-labelledby={passwordLabelId}
            className="rounded-md border border-zinc-300 bg-zinc-50 px-3 py-1.5 font-mono text-sm break-all text-zinc-900 select-all"
          >
            {password}
          </code>
          <Button size="sm" onClick={() => void copy()} autoFocus>
            {t("users.create.copy")}
          </Button>
        </div>
        <p className="mt-2 text-xs text-zinc-600">{t("users.create.passOn", { name: user.name })}</p>
      </div>
    </div>
  );
}
