// Validates a form with the shared zod schema the server validates the same input with,
// and words each problem through the shared message codes (messageFromIssue), so that a
// field says the same thing whether the browser or the server caught it.
import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { messageFromIssue } from "@hemicycle/shared/messages";
import { renderMessage } from "../../lib/messages.ts";

/** Where an issue about the whole form (no path) is kept: shown by the form's alert. */
export const FORM_LEVEL_ERROR = "root.schema";

export function schemaResolver<In extends FieldValues, Out>(schema: z.ZodType<Out, In>): Resolver<In, unknown, Out> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.length ? issue.path.join(".") : FORM_LEVEL_ERROR;
      // The first problem of a field is the one to fix first.
      errors[path] ??= { type: issue.code, message: renderMessage(messageFromIssue(issue)) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
