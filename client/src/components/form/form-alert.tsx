import { Alert } from "../ui/alert.tsx";

/** The form's own error (a refusal no field explains), above its fields. */
export function FormAlert({ message }: { message: string | undefined }) {
  return message ? <Alert tone="error">{message}</Alert> : null;
}
