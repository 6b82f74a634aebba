// Edits an account: name, role, the parliament or expert record, active. Sends the
// version it loaded and only the fields that changed (a new role or parliament signs
// the user out, so an untouched one is not sent). Deactivating asks first. A stale
// version reloads the form with the current record; the server's refusal of an admin
// demoting or deactivating themselves is shown, and those controls are disabled on the
// admin's own account anyway. "Set a new password" opens its own dialog over this one
// (set-password-dialog.tsx); the version it saves becomes this form's version.
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { mayChangeRoleOrAccessOf, maySetPasswordOf } from "@hemicycle/shared/policy";
import {
  recordsOfRole,
  staffBelongToAParliament,
  ZUpdateUserInput,
  type TUpdateUserInput,
} from "@hemicycle/shared/schemas/users";
import { currentRecordOf, isStaleVersion } from "../../../lib/errors.ts";
import { useDialogState } from "../../../lib/use-dialog-state.ts";
import { useMe } from "../../../lib/session.ts";
import { emptyToNull, useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { ConfirmDialog, Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextField } from "../../../components/ui/field.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useUpdateUser, type UserListItem } from "../api/users.ts";
import { useScopeOptions } from "../hooks/use-scope-options.ts";
import { RoleFields } from "./role-fields.tsx";
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
  .refine(...staffBelongToAParliament);

type FormInput = z.input<typeof ZEditUserForm>;
type FormOutput = z.output<typeof ZEditUserForm>;
type Changes = Omit<TUpdateUserInput, "id" | "version">;

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
  const records = recordsOfRole(values.role);
  const parliamentId = records.parliament ? (values.parliamentId ?? null) : null;
  // The server clears the parliament of any other role; sending it would end the
  // user's sessions for nothing.
  if (records.parliament && parliamentId !== base.parliamentId) changes.parliamentId = parliamentId;
  const expertId = records.expert ? (values.expertId ?? null) : null;
  if (expertId !== base.expertId) changes.expertId = expertId;
  if (values.active !== base.active) changes.active = values.active;
  return changes;
}

/** Mount it with a new `key` for each opening. */
type EditUserDialogProps = { open: boolean; onClose: () => void; user: UserListItem };

export function EditUserDialog({ open, onClose, user }: EditUserDialogProps) {
  const { t } = useTranslation();
  const me = useMe();
  const update = useUpdateUser();
  // The record as last loaded: its version goes with the update, and changes are
  // measured against it.
  const [base, setBase] = useState(user);
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState<Changes | null>(null);
  const setPassword = useDialogState();
  const scope = useScopeOptions(base);
  const locked = !mayChangeRoleOrAccessOf(me, user.id);
  const mayResetPassword = maySetPasswordOf(me, user.id);
  const activeId = useId();
  const formId = `edit-user-${user.id}`;

  const form = useSchemaForm(ZEditUserForm, { defaultValues: formValues(user) });
  const role = useWatch({ control: form.control, name: "role" });

  /** Someone else changed the account: the form shows the current record. */
  function reload(current: UserListItem | null) {
    if (current) {
      setBase(current);
      form.reset(formValues(current));
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
          if (isStaleVersion(error)) reload(currentRecordOf<UserListItem>(error));
          else form.showServerError(error);
        },
      },
    );
  }

  const onSubmit = form.handleSubmit((values) => {
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
          <FormAlert message={form.alert} />
          <TextField label={t("users.form.name")} autoComplete="off" data-autofocus {...form.field("name")} />
          <RoleFields
            role={locked ? { locked: base.role, hint: t("users.edit.selfRole") } : form.field("role")}
            roleValue={role}
            roleHint={t("users.edit.roleHint")}
            parliament={form.field("parliamentId", { setValueAs: emptyToNull })}
            expert={form.field("expertId", { setValueAs: emptyToNull })}
            scope={scope}
          />
          <div className="flex items-start gap-3 rounded-md border border-zinc-200 bg-zinc-50/60 p-3">
            {locked ? (
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
                {...form.register("active")}
              />
            )}
            <div>
              <label htmlFor={activeId} className="text-sm font-medium text-zinc-800">
                {t("users.form.active")}
              </label>
              <p id={`${activeId}-hint`} className="text-xs text-zinc-600">
                {locked ? t("users.edit.selfActive") : t("users.form.activeHint")}
              </p>
            </div>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-zinc-200 p-3">
            <div>
              <p className="text-sm font-medium text-zinc-800">{t("users.form.passwordSection")}</p>
              <p id={`${formId}-password-hint`} className="text-xs text-zinc-600">
                {mayResetPassword ? t("users.edit.passwordHint") : t("users.edit.selfPassword")}
              </p>
            </div>
            <Button
              size="sm"
              disabled={!mayResetPassword}
              aria-describedby={`${formId}-password-hint`}
              onClick={() => setPassword.open()}
            >
              {t("users.edit.setPassword")}
            </Button>
          </div>
        </form>
      </Dialog>
      {mayResetPassword ? (
        <SetPasswordDialog
          key={`set-password-${setPassword.key}`}
          open={setPassword.isOpen}
          onClose={setPassword.close}
          user={base}
          onSaved={setBase}
          onStale={reload}
        />
      ) : null}
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
