import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZLoginInput } from "@hemicycle/shared/schemas/auth";
import { errorInfo } from "../../../lib/errors.ts";
import { shownInForm, trpc } from "../../../lib/trpc.ts";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { TextField } from "../../../components/ui/field.tsx";
import { Button } from "../../../components/ui/button.tsx";

type LoginFormProps = { onSignedIn: () => void | Promise<void> };

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(ZLoginInput, { defaultValues: { email: "", password: "" } });

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      // Wrong credentials, throttling and field errors are all shown in the form.
      meta: shownInForm,
      onSuccess: async () => {
        // Whatever was cached belonged to no one or to someone else.
        queryClient.clear();
        await onSignedIn();
      },
      onError: (error) => {
        form.showServerError(error);
        // The alert announces itself; the password is what to type again.
        if (errorInfo(error).problem?.reason === "INVALID_CREDENTIALS")
          form.setFocus("password", { shouldSelect: true });
      },
    }),
  );

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => login.mutate(values))}
      className="flex flex-col gap-4"
      aria-describedby={form.alert ? "login-error" : undefined}
    >
      <div id="login-error">
        <FormAlert message={form.alert} />
      </div>
      <TextField label={t("login.email")} type="email" autoComplete="username" autoFocus {...form.field("email")} />
      <TextField
        label={t("login.password")}
        type="password"
        autoComplete="current-password"
        {...form.field("password")}
      />
      <Button type="submit" variant="primary" loading={login.isPending} className="mt-2 w-full">
        {t("login.submit")}
      </Button>
    </form>
  );
}
