// Who reports a programme's IATI activity file, from the environment (docs/documents.md,
// "IATI export"): the organisation that runs Hemicycle publishes the file under its own
// IATI organisation identifier, which prefixes every activity's identifier. The demo
// defaults say plainly that they are not a registered identifier; a deployment that
// publishes to the IATI Registry sets its own. A bad value stops start-up (config.ts
// checks these with the rest of the configuration).
import { z } from "zod";
import { DEFAULT_LANGUAGE, languageSchema, type Language } from "@hemicycle/shared/languages";
import { ORGANISATION_TYPES } from "./codelists.ts";

const IatiEnvSchema = z.object({
  /** The reporting organisation's IATI identifier ({registration agency}-{number}). */
  IATI_REPORTING_ORG_REF: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/,
      "letters, digits, '.', '_' and '-' only (an IATI organisation identifier)",
    )
    .default("XX-HEMICYCLE-DEMO"),
  /** Its name, as the file's readers see it. */
  IATI_REPORTING_ORG_NAME: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default("Hemicycle demonstration (not a registered IATI publisher)"),
  /** Its type, a code of the IATI OrganisationType codelist (40: multilateral). */
  IATI_REPORTING_ORG_TYPE: z.enum(ORGANISATION_TYPES).default("40"),
  /** The language the organisation records programmes and missions in (the narratives' xml:lang). */
  IATI_LANGUAGE: languageSchema.default(DEFAULT_LANGUAGE),
  /** The activities' default currency (ISO 4217) when their costs do not settle one. */
  IATI_DEFAULT_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD")
    .default("USD"),
});

export type IatiSettings = {
  reportingOrg: { ref: string; name: string; type: (typeof ORGANISATION_TYPES)[number] };
  language: Language;
  defaultCurrency: string;
};

/** The settings, or the problems as "VARIABLE: message" lines. */
export function parseIatiSettings(env: NodeJS.ProcessEnv): { settings: IatiSettings } | { problems: string[] } {
  const parsed = IatiEnvSchema.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  const e = parsed.data;
  return {
    settings: {
      reportingOrg: { ref: e.IATI_REPORTING_ORG_REF, name: e.IATI_REPORTING_ORG_NAME, type: e.IATI_REPORTING_ORG_TYPE },
      language: e.IATI_LANGUAGE,
      defaultCurrency: e.IATI_DEFAULT_CURRENCY,
    },
  };
}

let current: IatiSettings | undefined;

/** This process's settings, read once (start-up has already refused bad ones). */
export function iatiSettings(): IatiSettings {
  if (!current) {
    const result = parseIatiSettings(process.env);
    if ("problems" in result) throw new Error(`Invalid configuration:\n  ${result.problems.join("\n  ")}`);
    current = result.settings;
  }
  return current;
}
