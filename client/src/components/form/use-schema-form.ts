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

/** For a select or input whose empty choice means "none": `form.field("programmeId", { setValueAs: emptyToNull })`. */
export const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

type ZodNode = z.ZodType & { shape?: Record<string, z.ZodType>; element?: z.ZodType };

/** The schema of the field at a dotted path (`phases.0.endDate`), when it can be told. */
function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let node: ZodNode | undefined = schema;
  for (const segment of path.split(".")) {
    if (!node) return undefined;
    node = /^\d+$/.test(segment) ? node.element : node.shape?.[segment];
  }
  return node;
}

export function useSchemaForm<In extends FieldValues, Out>(
  schema: z.ZodType<Out, In>,
  options: Omit<UseFormProps<In, unknown, Out>, "resolver"> = {},
) {
  const form = useForm<In, unknown, Out>({ ...options, resolver: schemaResolver(schema) });
  const { errors } = form.formState;

  /** The rendered error of a field, if it has one. */
  function errorOf(name: string): string | undefined {
    return (get(errors, name) as { message?: string } | undefined)?.message;
  }

  /** Registers a field and hands it its error and whether the schema requires it. */
  function field(name: FieldPath<In>, rules?: RegisterOptions<In, FieldPath<In>>): FieldBinding {
    const required = schemaAt(schema, name)?.isOptional() === false;
    return { ...form.register(name, rules), error: errorOf(name), required };
  }

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
      if (schemaAt(schema, path)) {
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
  return { ...form, errorOf, field, showServerError, alert };
}

export type SchemaForm<In extends FieldValues, Out> = ReturnType<typeof useSchemaForm<In, Out>>;
