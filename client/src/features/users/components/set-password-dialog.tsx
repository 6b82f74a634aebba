// "Set a new password" for an account, opened from the edit dialog: the admin types or
// generates a password, confirms that the user will be signed out everywhere, and then
// sees the password once to pass it on. Only `{ id, version, password }` is sent, so
// nothing else about the account changes. A stale version reloads the account (the
// edit dialog takes the current record too) and asks to confirm again; the server's
// field errors show next to the field.
import { useState } from "react";
import { flushSync } from "react-dom";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import type { z } from "zod";
import { ZUpdateUserInput } from "@hemicycle/shared/schemas/users";
import { applyServerErrors, errorInfo } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { useUpdateUser, type UserListItem } from "../api/users.ts";
import { PasswordField } from "./password-field.tsx";
import { OneTimePassword } from "./one-time-password.tsx";

// The update schema's password rule, required here.
const ZSetPasswordForm = ZUpdateUserInput.pick({ password: true }).required();
type FormInput = z.input<typeof ZSetPasswordForm>;
type FormOutput = z.output<typeof ZSetPasswordForm>;

const FIELDS = ["password"] as const;

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

  const { register, handleSubmit, setError, setValue, setFocus, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZSetPasswordForm),
    defaultValues: { password: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit((values) => {
    setStale(false);
    setStep({ kind: "confirm", password: values.password });
  });

  function backToForm() {
    flushSync(() => setStep({ kind: "form" }));
    setFocus("password");
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
          const info = errorInfo(error);
          if (info.reason === "STALE_VERSION") {
            const current = info.details?.current;
            onStale(
              typeof current === "object" && current !== null && "id" in current && "version" in current
                ? (current as UserListItem)
                : null,
            );
            setStale(true);
            return;
          }
          if (!applyServerErrors(error, setError, FIELDS)) {
            setError("root.server", { type: "server", message: translateMessage(info.message) });
          }
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
        {errors.root?.server?.message ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
        <PasswordField
          label={t("users.password.label")}
          hint={t("users.password.hint")}
          error={errors.password?.message ? translateMessage(errors.password.message) : undefined}
          field={register("password")}
          onGenerate={(password) =>
            setValue("password", password, { shouldDirty: true, shouldValidate: formState.isSubmitted })
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
