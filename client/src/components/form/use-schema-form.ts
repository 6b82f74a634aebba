// The form kit: react-hook-form bound to a shared zod schema. A field is registered and
// handed its error in one call (`<TextField {...form.field("title")} />`), marked required
// when the schema requires it, and a failed call's errors land where they belong: field
// errors next to their fields, anything else in the form's alert (`form.alert`).
import {
  get,
  useForm,
  type FieldPath,
  type FieldValues,
  type RegisterOptions,
  type UseFormProps,
  type UseFormRegisterReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { Message } from "@hemicycle/shared/messages";
import { describeError } from "../../lib/describe-error.ts";
import { errorInfo } from "../../lib/errors.ts";
import { renderMessage } from "../../lib/messages.ts";
import { FORM_LEVEL_ERROR, schemaResolver } from "./schema-resolver.ts";

/** What `form.field(name)` hands a control: its registration, its error, whether it is required. */
export type FieldBinding = UseFormRegisterReturn & { error: string | undefined; required: boolean };

/** A field that says `fallback` (its choices could not be loaded…) when it has no error of its own. */
export function withFallbackError<F extends { error: string | undefined }>(field: F, fallback: string | false): F {
  return { ...field, error: field.error ?? (fallback || undefined) };
}

/** For a select or input whose empty choice means "none": `form.field("programmeId", { setValueAs: emptyToNull })`. */
export const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

type ZodNode = z.ZodType & { shape?: Record<string, z.ZodType>; element?: z.ZodType };
type ZodDef = { type?: string; innerType?: ZodNode; in?: ZodNode };

/** The object or array inside optional, nullable, default and pipe wrappers. */
function unwrap(node: ZodNode): ZodNode {
  for (let current = node; ;) {
    const def = (current as { _zod?: { def?: ZodDef } })._zod?.def;
    const inner = def?.innerType ?? (def?.type === "pipe" ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
}

/** The schema of the field at a dotted path (`phases.0.endDate`), when it can be told. */
function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let node: ZodNode | undefined = schema;
  for (const segment of path.split(".")) {
    if (!node) return undefined;
    const container = unwrap(node);
    node = /^\d+$/.test(segment) ? container.element : container.shape?.[segment];
  }
  return node;
}

export function useSchemaForm<In extends FieldValues, Out>(
  schema: z.ZodType<Out, In>,
  options: Omit<UseFormProps<In, unknown, Out>, "resolver"> = {},
) {
  const form = useForm<In, unknown, Out>({ ...options, resolver: schemaResolver(schema) });
  const { errors } = form.formState;
  // The fields this render shows: a server error on any other (a field the form leaves
  // out, or locks) goes to the alert, or nobody would see it.
  const shown = new Set<string>();

  /**
   * The rendered error of a field, if it has one. `browserText` words a problem the
   * browser found in the field's own terms ("Choose an expert"); the server's stay as sent.
   */
  function errorOf(name: string, browserText?: string): string | undefined {
    const error = get(errors, name) as { type?: string; message?: string } | undefined;
    if (!error) return undefined;
    return browserText && error.type !== "server" ? browserText : error.message;
  }

  const register: typeof form.register = (name, rules) => {
    shown.add(name);
    return form.register(name, rules);
  };

  /** Registers a field and hands it its error and whether the schema requires it. */
  function field(name: FieldPath<In>, rules?: RegisterOptions<In, FieldPath<In>>): FieldBinding {
    const required = schemaAt(schema, name)?.isOptional() === false;
    return { ...register(name, rules), error: errorOf(name), required };
  }

  /** A field this render shows, or a list whose items it shows (`phases` for `phases.0.kind`). */
  const isShown = (path: string) => shown.has(path) || [...shown].some((name) => name.startsWith(`${path}.`));

  /**
   * Shows why a call failed: each field error next to its field (the first one focused),
   * the rest, or the call's own message when no field is concerned, in the form's alert.
   */
  function showServerError(error: unknown) {
    const info = errorInfo(error);
    const unplaced: Message[] = [...info.formErrors];
    let placed = false;
    for (const [path, [first]] of Object.entries(info.fieldErrors)) {
      if (!first) continue;
      if (isShown(path)) {
        form.setError(
          path as FieldPath<In>,
          { type: "server", message: renderMessage(first) },
          { shouldFocus: !placed },
        );
        placed = true;
      } else {
        unplaced.push(first);
      }
    }
    const text = unplaced.length ? unplaced.map(renderMessage).join(" ") : placed ? null : describeError(error);
    if (text) form.setError("root.server", { type: "server", message: text });
  }

  const alert = errorOf("root.server") ?? errorOf(FORM_LEVEL_ERROR);
  return { ...form, register, errorOf, field, showServerError, alert };
}

export type SchemaForm<In extends FieldValues, Out> = ReturnType<typeof useSchemaForm<In, Out>>;
