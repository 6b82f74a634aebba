// The Prisma errors that a user's input can cause (a duplicate code, a reference to a
// record that vanished) become domain errors, so they answer 4xx rather than 500.
import { Prisma } from "../db/generated/client.ts";
import { message } from "@hemicycle/shared/messages";
import { AppError, fail, notFound } from "./errors.ts";

export function toAppError(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  switch (error.code) {
    case "P2002": {
      const target = uniqueTarget(error);
      return AppError.of(
        "DUPLICATE",
        message("duplicateRecord"),
        target ? { fieldErrors: { [target]: [message("alreadyInUse")] } } : undefined,
      );
    }
    case "P2025":
      return notFound("record");
    case "P2003":
      return fail("VALIDATION", "referenceMissing");
    case "P2020":
      // A number too large for its column: the schemas bound them, this is the safety net.
      return fail("VALIDATION", "invalidValue");
    case "P2039":
      // PostgreSQL refuses some characters in text (a NUL byte): the input's fault, not ours.
      return fail("VALIDATION", "unstorableCharacter");
    case "P2010":
      // The same refusal met by a raw query (SQLSTATE 22021, invalid byte sequence); the
      // text schemas refuse a NUL first, this is the safety net.
      return /\b22021\b/.test(error.message) ? fail("VALIDATION", "unstorableCharacter") : null;
    default:
      return null;
  }
}

function uniqueTarget(error: Prisma.PrismaClientKnownRequestError): string | null {
  const meta = error.meta as
    { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  const first = Array.isArray(fields) ? fields[0] : fields;
  return typeof first === "string" ? first.replace(/"/g, "") : null;
}
