// Edits an account: name, role, the parliament or expert record, active. Sends the
// version it loaded and only the fields that changed (a new role or parliament signs
// the user out, so an untouched one is not sent). Deactivating asks first. A stale
// version reloads the form with the current record; the server's refusal of an admin
// demoting or deactivating themselves is shown, and those controls are disabled on the
// admin's own account anyway. "Set a new password" opens its own dialog over this one
// (set-password-dialog.tsx); the version it saves becomes this form's version.
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { ROLES } from "@hemicycle/shared/enums";
import { ZUpdateUserInput, type TUpdateUserInput } from "@hemicycle/shared/schemas/users";
import { applyServerErrors, errorInfo } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { ConfirmDialog, Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Select, TextField } from "../../../components/ui/field.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useUpdateUser, type UserListItem } from "../api/users.ts";
import { useScopeOptions } from "../hooks/use-scope-options.ts";
import { emptyToNull, ScopeFields } from "./scope-fields.tsx";
import { SetPasswordDialog } from "./set-password-dialog.tsx";

// The update schema's own fields, all present in the form, plus the rule the server
// applies to the result: parliament staff belong to a parliament.
const ZEditUserForm = ZUpdateUserInput.pick({
  name: true,
  role: true,
  parliamentId: true,
  expertId: true,
  active: true,
})
  .required({ name: true, role: true, active: true })
  .refine((v) => v.role !== "PARLIAMENT_STAFF" || !!v.parliamentId, {
    message: "Parliament staff must belong to a parliament",
    path: ["parliamentId"],
  });

type FormInput = z.input<typeof ZEditUserForm>;
type FormOutput = z.output<typeof ZEditUserForm>;
type Changes = Omit<TUpdateUserInput, "id" | "version">;

const FIELDS = ["name", "role", "parliamentId", "expertId", "active"] as const;

function formValues(user: UserListItem): FormInput {
  return {
    name: user.name,
    role: user.role,
    parliamentId: user.parliamentId,
    expertId: user.expertId,
    active: user.active,
  };
}

/** What differs from the loaded record, keeping only the record the role uses. */
function changesOf(base: UserListItem, values: FormOutput): Changes {
  const changes: Changes = {};
  if (values.name !== base.name) changes.name = values.name;
  if (values.role !== base.role) changes.role = values.role;
  const parliamentId = values.role === "PARLIAMENT_STAFF" ? (values.parliamentId ?? null) : null;
  // The server clears the parliament of any other role; sending it would end the
  // user's sessions for nothing.
  if (values.role === "PARLIAMENT_STAFF" && parliamentId !== base.parliamentId) changes.parliamentId = parliamentId;
  const expertId = values.role === "EXPERT" ? (values.expertId ?? null) : null;
  if (expertId !== base.expertId) changes.expertId = expertId;
  if (values.active !== base.active) changes.active = values.active;
  return changes;
}

function asUser(value: unknown): UserListItem | null {
  return typeof value === "object" && value !== null && "id" in value && "version" in value
    ? (value as UserListItem)
    : null;
}

/** Mount it with a new `key` for each opening. */
type EditUserDialogProps = { open: boolean; onClose: () => void; user: UserListItem; meId: string };

export function EditUserDialog({ open, onClose, user, meId }: EditUserDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  // The record as last loaded: its version goes with the update, and changes are
  // measured against it.
  const [base, setBase] = useState(user);
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState<Changes | null>(null);
  const [setPassword, setSetPassword] = useState({ key: 0, open: false });
  const scope = useScopeOptions(base);
  const isSelf = user.id === meId;
  const activeId = useId();
  const formId = `edit-user-${user.id}`;

  const { register, handleSubmit, setError, reset, control, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZEditUserForm),
    defaultValues: formValues(user),
  });
  const role = useWatch({ control, name: "role" });
  const errors = formState.errors;
  const message = (m: string | undefined) => (m ? translateMessage(m) : undefined);

  /** Someone else changed the account: the form shows the current record. */
  function reload(current: UserListItem | null) {
    if (current) {
      setBase(current);
      reset(formValues(current));
    }
    setStale(true);
  }

  function save(changes: Changes) {
    setStale(false);
    update.mutate(
      { id: base.id, version: base.version, ...changes },
      {
        onSuccess: (saved) => {
          setPending(null);
          toast.success(
            changes.active === false
              ? t("users.edit.deactivated", { name: saved.name })
              : t("users.edit.saved", { name: saved.name }),
          );
          onClose();
        },
        onError: (error) => {
          setPending(null);
          const info = errorInfo(error);
          if (info.reason === "STALE_VERSION") {
            reload(asUser(info.details?.current));
            return;
          }
          if (info.code === "FORBIDDEN") {
            setError("root.server", { type: "server", message: translateMessage(info.message) });
            return;
          }
          applyServerErrors(error, setError, FIELDS);
        },
      },
    );
  }

  const onSubmit = handleSubmit((values) => {
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    if (changes.active === false) {
      setPending(changes); // asks first: the user is signed out at once
      return;
    }
    save(changes);
  });

  return (
    <>
      <Dialog
        open={open}
        onClose={onClose}
        size="md"
        title={t("users.edit.title", { name: base.name })}
        description={base.email}
        footer={
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" form={formId} variant="primary" loading={update.isPending}>
              {t("users.edit.submit")}
            </Button>
          </>
        }
      >
        <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
          {stale ? (
            <Alert tone="warning" title={t("users.edit.staleTitle")}>
              {t("users.edit.staleBody")}
            </Alert>
          ) : null}
          {errors.root?.server?.message ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
          <TextField
            label={t("users.form.name")}
            required
            autoComplete="off"
            data-autofocus
            error={message(errors.name?.message)}
            {...register("name")}
          />
          {isSelf ? (
            // Not registered: the form keeps the loaded role, which the server would
            // refuse to change anyway.
            <Select
              label={t("users.form.role")}
              value={base.role}
              disabled
              options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              hint={t("users.edit.selfRole")}
            />
          ) : (
            <Select
              label={t("users.form.role")}
              required
              options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              hint={t("users.edit.roleHint")}
              error={errors.role ? t("users.form.chooseRole") : undefined}
              {...register("role")}
            />
          )}
          <ScopeFields
            role={role}
            scope={scope}
            parliamentField={register("parliamentId", { setValueAs: emptyToNull })}
            expertField={register("expertId", { setValueAs: emptyToNull })}
            parliamentError={message(errors.parliamentId?.message)}
            expertError={message(errors.expertId?.message)}
          />
          <div className="flex items-start gap-3 rounded-md border border-zinc-200 bg-zinc-50/60 p-3">
            {isSelf ? (
              <input
                id={activeId}
                type="checkbox"
                checked={base.active}
                disabled
                aria-describedby={`${activeId}-hint`}
                className="mt-0.5 size-4 accent-brand-600"
              />
            ) : (
              <input
                id={activeId}
                type="checkbox"
                aria-describedby={`${activeId}-hint`}
                className="mt-0.5 size-4 accent-brand-600"
                {...register("active")}
              />
            )}
            <div>
              <label htmlFor={activeId} className="text-sm font-medium text-zinc-800">
                {t("users.form.active")}
              </label>
              <p id={`${activeId}-hint`} className="text-xs text-zinc-600">
                {isSelf ? t("users.edit.selfActive") : t("users.form.activeHint")}
              </p>
            </div>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-zinc-200 p-3">
            <div>
              <p className="text-sm font-medium text-zinc-800">{t("users.form.passwordSection")}</p>
              <p id={`${formId}-password-hint`} className="text-xs text-zinc-600">
                {isSelf ? t("users.edit.selfPassword") : t("users.edit.passwordHint")}
              </p>
            </div>
            <Button
              size="sm"
              disabled={isSelf}
              aria-describedby={`${formId}-password-hint`}
              onClick={() => setSetPassword((s) => ({ key: s.key + 1, open: true }))}
            >
              {t("users.edit.setPassword")}
            </Button>
          </div>
        </form>
      </Dialog>
      {isSelf ? null : (
        <SetPasswordDialog
          key={`set-password-${setPassword.key}`}
          open={setPassword.open}
          onClose={() => setSetPassword((s) => ({ ...s, open: false }))}
          user={base}
          onSaved={setBase}
          onStale={reload}
        />
      )}
      <ConfirmDialog
        open={pending !== null}
        onClose={() => setPending(null)}
        onConfirm={() => pending && save(pending)}
        busy={update.isPending}
        title={t("users.deactivate.title", { name: base.name })}
        description={t("users.deactivate.description", { name: base.name })}
        confirmLabel={t("users.deactivate.confirm")}
      />
    </>
  );
}
