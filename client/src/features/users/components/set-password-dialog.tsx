// "Set a new password" for an account, opened from the edit dialog: the admin types or
// generates a password, confirms that the user will be signed out everywhere, and then
// sees the password once to pass it on. Only `{ id, version, password }` is sent, so
// nothing else about the account changes. A stale version reloads the account (the
// edit dialog takes the current record too) and asks to confirm again; the server's
// field errors show next to the field.
import { useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZUpdateUserInput } from "@hemicycle/shared/schemas/users";
import { currentRecordOf, isStaleVersion } from "../../../lib/errors.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useUpdateUser, type UserListItem } from "../api/users.ts";
import { PasswordField } from "./password-field.tsx";
import { OneTimePassword } from "./one-time-password.tsx";

// The update schema's password rule, required here.
const ZSetPasswordForm = ZUpdateUserInput.pick({ password: true }).required();

type Step = { kind: "form" } | { kind: "confirm"; password: string } | { kind: "done"; password: string };

/** Mount it with a new `key` for each opening. */
type SetPasswordDialogProps = {
  open: boolean;
  onClose: () => void;
  /** The account as the edit dialog last loaded it: its version goes with the update. */
  user: UserListItem;
  /** The saved account (new version). */
  onSaved: (user: UserListItem) => void;
  /** Someone else changed the account: the current record, when the server sent it. */
  onStale: (current: UserListItem | null) => void;
};

export function SetPasswordDialog({ open, onClose, user, onSaved, onStale }: SetPasswordDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [step, setStep] = useState<Step>({ kind: "form" });
  const [stale, setStale] = useState(false);
  const formId = `set-password-${user.id}`;

  const form = useSchemaForm(ZSetPasswordForm, { defaultValues: { password: "" } });

  const onSubmit = form.handleSubmit((values) => {
    setStale(false);
    setStep({ kind: "confirm", password: values.password });
  });

  function backToForm() {
    flushSync(() => setStep({ kind: "form" }));
    form.setFocus("password");
  }

  function save(password: string) {
    update.mutate(
      { id: user.id, version: user.version, password },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          toast.success(t("users.password.toast", { name: saved.name }));
          setStep({ kind: "done", password });
        },
        onError: (error) => {
          // Back to the form, shown again before errors are set so that they can take
          // the focus.
          backToForm();
          if (isStaleVersion(error)) {
            onStale(currentRecordOf<UserListItem>(error));
            setStale(true);
            return;
          }
          form.showServerError(error);
        },
      },
    );
  }

  const title =
    step.kind === "done"
      ? t("users.password.doneTitle")
      : step.kind === "confirm"
        ? t("users.password.confirmTitle", { name: user.name })
        : t("users.password.title", { name: user.name });

  const footer =
    // Keys: each step has its own buttons, so that focus never lands on "confirm" by
    // itself (the confirm step focuses "Back").
    step.kind === "done" ? (
      <Button key="done" variant="primary" onClick={onClose}>
        {t("users.create.done")}
      </Button>
    ) : step.kind === "confirm" ? (
      <>
        <Button key="back" onClick={backToForm} disabled={update.isPending} autoFocus>
          {t("users.password.back")}
        </Button>
        <Button key="confirm" variant="danger" onClick={() => save(step.password)} loading={update.isPending}>
          {t("users.password.confirm")}
        </Button>
      </>
    ) : (
      <>
        <Button key="cancel" onClick={onClose}>
          {t("common.cancel")}
        </Button>
        <Button key="submit" type="submit" form={formId} variant="primary">
          {t("users.password.submit")}
        </Button>
      </>
    );

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="md"
      title={title}
      description={step.kind === "done" ? undefined : user.email}
      footer={footer}
    >
      {/* The form stays mounted while confirming, so that "Back" finds the password. */}
      <form
        id={formId}
        noValidate
        hidden={step.kind !== "form"}
        onSubmit={(event) => void onSubmit(event)}
        className="flex flex-col gap-4"
      >
        {stale ? (
          <Alert tone="warning" title={t("users.edit.staleTitle")}>
            {t("users.password.staleBody", { name: user.name })}
          </Alert>
        ) : null}
        <FormAlert message={form.alert} />
        <PasswordField
          label={t("users.password.label")}
          hint={t("users.password.hint")}
          field={form.field("password")}
          onGenerate={(password) =>
            form.setValue("password", password, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
          }
          autoFocus
        />
        <p className="text-xs text-zinc-600">{t("users.password.signOutNote", { name: user.name })}</p>
      </form>
      {step.kind === "confirm" ? (
        <Alert tone="warning" title={t("users.password.confirmHeading", { name: user.name })}>
          <p>{t("users.password.confirmBody", { name: user.name })}</p>
        </Alert>
      ) : null}
      {step.kind === "done" ? (
        <div className="flex flex-col gap-4">
          <Alert tone="success" title={t("users.password.doneHeading", { name: user.name })}>
            <p>{t("users.password.doneBody", { name: user.name })}</p>
          </Alert>
          <OneTimePassword label={t("users.password.label")} password={step.password} name={user.name} />
        </div>
      ) : null}
    </Dialog>
  );
}
