import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZLoginInput, type TLoginInput } from "@hemicycle/shared/schemas/auth";
import { trpc } from "../../../lib/trpc.ts";
import { applyServerErrors, errorInfo } from "../../../lib/errors.ts";
import { translateMessage } from "../../../lib/i18n.ts";
import { TextField } from "../../../components/ui/field.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";

const FIELDS = ["email", "password"] as const;

type LoginFormProps = { onSignedIn: () => void | Promise<void> };

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<TLoginInput>({ resolver: zodResolver(ZLoginInput), defaultValues: { email: "", password: "" } });
  const { register, handleSubmit, setError, setFocus, formState } = form;

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      // Wrong credentials, throttling and field errors are all shown in the form.
      meta: { handles: (e) => e.code === "UNAUTHORIZED" || e.code === "TOO_MANY_REQUESTS" || e.code === "BAD_REQUEST" },
      onSuccess: async () => {
        // Whatever was cached belonged to no one or to someone else.
        queryClient.clear();
        await onSignedIn();
      },
      onError: (error) => {
        const info = errorInfo(error);
        if (info.reason === "INVALID_CREDENTIALS" || info.code === "UNAUTHORIZED") {
          setError("root.server", { message: t("login.invalidCredentials") });
          // The alert announces itself; the password is what to type again.
          setFocus("password", { shouldSelect: true });
        } else if (info.code === "TOO_MANY_REQUESTS") {
          setError("root.server", { message: t("login.throttled") });
        } else if (!applyServerErrors(error, setError, FIELDS)) {
          setError("root.server", { message: info.code === "NETWORK" ? t("errors.network") : t("errors.server") });
        }
      },
    }),
  );

  const rootError = formState.errors.root?.server?.message;
  const fieldMessage = (message: string | undefined) => (message ? translateMessage(message) : undefined);

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => login.mutate(values))}
      className="flex flex-col gap-4"
      aria-describedby={rootError ? "login-error" : undefined}
    >
      {rootError ? (
        <div id="login-error">
          <Alert tone="error">{rootError}</Alert>
        </div>
      ) : null}
      <TextField
        label={t("login.email")}
        type="email"
        autoComplete="username"
        autoFocus
        required
        error={fieldMessage(formState.errors.email?.message)}
        {...register("email")}
      />
      <TextField
        label={t("login.password")}
        type="password"
        autoComplete="current-password"
        required
        error={fieldMessage(formState.errors.password?.message)}
        {...register("password")}
      />
      <Button type="submit" variant="primary" loading={login.isPending} className="mt-2 w-full">
        {t("login.submit")}
      </Button>
    </form>
  );
}
