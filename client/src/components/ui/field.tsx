// Form controls with their label, hint and error text wired together: the error is
// announced through aria-describedby and the control is marked aria-invalid.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useTranslation } from "react-i18next";
import { cn } from "../../lib/cn.ts";

const controlBase =
  "block w-full rounded-md border bg-white px-3 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400 " +
  "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 " +
  "disabled:cursor-not-allowed disabled:bg-zinc-100 disabled:text-zinc-500";

function controlClasses(invalid: boolean, extra?: string) {
  return cn(controlBase, invalid ? "border-red-500" : "border-zinc-300", extra);
}

type FieldFrameProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean | undefined;
  hideLabel?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
};

function FieldFrame({ id, label, hint, error, required, hideLabel, className, children }: FieldFrameProps) {
  const { t } = useTranslation();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className={cn("text-sm font-medium text-zinc-800", hideLabel && "sr-only")}>
        {label}
        {required ? (
          <span className="ms-0.5 text-red-600" aria-hidden="true">
            *
          </span>
        ) : null}
        {required ? <span className="sr-only"> ({t("common.required")})</span> : null}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A control's error under it; controls point at its id with aria-describedby. */
export function FieldError({ id, error, className }: { id: string; error: string | undefined; className?: string }) {
  return error ? (
    <p id={id} className={cn("text-xs font-medium text-red-700", className)}>
      {error}
    </p>
  ) : null;
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

type CommonProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  hideLabel?: boolean;
  containerClassName?: string;
};

/**
 * What every control shares: its id (given or generated), the frame's props (label, hint,
 * error, required mark) and the control's aria wiring; the rest of the props go to the
 * control itself.
 */
function useFieldParts<P extends CommonProps & { id?: string; required?: boolean; className?: string }>(props: P) {
  const { label, hint, error, hideLabel, containerClassName, className, id, required, ...rest } = props;
  const autoId = useId();
  const fieldId = id ?? autoId;
  return {
    frame: { id: fieldId, label, hint, error, required, hideLabel, className: containerClassName },
    control: {
      id: fieldId,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy(fieldId, hint, error),
      "aria-required": required || undefined,
    },
    classes: (extra: string) => controlClasses(!!error, cn(extra, className)),
    rest,
  };
}

export type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & CommonProps & { ref?: Ref<HTMLInputElement> };

export function TextField(props: TextFieldProps) {
  const { frame, control, classes, rest } = useFieldParts(props);
  return (
    <FieldFrame {...frame}>
      <input {...control} className={classes("h-9")} {...rest} />
    </FieldFrame>
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> &
  CommonProps & {
    options: readonly SelectOption[];
    /** A first, empty choice ("Any status", "Choose…"). */
    placeholder?: string;
    ref?: Ref<HTMLSelectElement>;
  };

export function Select({ options, placeholder, ...props }: SelectProps) {
  const { frame, control, classes, rest } = useFieldParts(props);
  return (
    <FieldFrame {...frame}>
      <select {...control} className={classes("h-9 pe-8")} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> &
  CommonProps & { ref?: Ref<HTMLTextAreaElement> };

export function Textarea({ rows, ...props }: TextareaProps) {
  const { frame, control, classes, rest } = useFieldParts(props);
  return (
    <FieldFrame {...frame}>
      <textarea {...control} rows={rows ?? 3} className={classes("py-2")} {...rest} />
    </FieldFrame>
  );
}
