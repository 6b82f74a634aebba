// The audit log as CSV, for the admin view's export link: the events among the view's
// filters, newest first, one row each, with the names the view shows and every changed
// field's value before and after; the header, roles and record types in the reader's
// language (auditLog.csv, role, auditLog.entityTypes), the action codes and field
// values as stored (what an auditor searches for). The same file rules as the findings' CSV
// (findings-csv.ts): RFC 4180 by csv-stringify, UTF-8 with a byte order mark, and no cell a
// spreadsheet would run as a formula (the texts are users', so any of them could try).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setImmediate as afterPendingIo } from "node:timers/promises";
import { AUDIT_ENTITY_TYPES, type TAuditFilterInput } from "@hemicycle/shared/schemas/audit";
import { stringify } from "csv-stringify";
import type { Db } from "../db/types.ts";
import { keysetPages } from "../lib/pagination.ts";
import { translator, type TranslationKey, type Translator } from "../lib/translate.ts";
import { auditEventSelect, auditKeyset, auditWhere, auditWords } from "../services/audit-list.ts";
import { neutraliseFormula } from "./roadmap-csv.ts";

const COLUMNS = [
  "when",
  "who",
  "email",
  "role",
  "action",
  "entityType",
  "entityId",
  "entity",
  "phase",
  "expert",
  "changes",
] as const;
type Column = (typeof COLUMNS)[number];

/** The header in English, as the file reads without a language. */
export const AUDIT_CSV_COLUMNS: Record<Column, string> = Object.fromEntries(
  COLUMNS.map((column) => [column, translator("en").t(`auditLog.csv.${column}`)]),
) as Record<Column, string>;

const ENTITY_TYPES: ReadonlySet<string> = new Set(AUDIT_ENTITY_TYPES);

/** A stored enum value in words when the catalogue has them, else as stored. */
function labelled({ t }: Translator, path: string, value: string | null): string {
  if (!value) return "";
  const text = t(`${path}.${value}` as TranslationKey);
  return text === `${path}.${value}` ? value : text;
}

/** Events read per query: a large export never holds one long query or a big array. */
const PAGE_SIZE = 200;

const show = (value: unknown) => (value === undefined ? "" : JSON.stringify(value));

/** `status: "SUBMITTED" → "VALIDATED"; title: → "New"`, one field after another. */
export function describeChanges(before: unknown, after: unknown): string {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .map((key) => `${key}: ${show(b[key])}${key in b && key in a ? " → " : key in a ? "→ " : ""}${show(a[key])}`)
    .join("; ");
}

async function* records(db: Db, filters: TAuditFilterInput, language: Translator): AsyncGenerator<string[]> {
  yield COLUMNS.map((column) => language.t(`auditLog.csv.${column}`));
  const where = auditWhere(filters);
  // Each page is read from where the last ended (a keyset, docs/decisions/0019-keyset-cursors.md).
  const pages = keysetPages(auditKeyset, PAGE_SIZE, (page) =>
    db.auditEvent.findMany({ ...page, where: { AND: [where, page.where] }, select: auditEventSelect }),
  );
  for await (const page of pages) {
    const words = await auditWords(db, page);
    for (const event of page) {
      const w = words.get(event.id)!;
      const cells: Record<Column, string> = {
        when: event.createdAt.toISOString(),
        who: event.actor?.name ?? "",
        email: event.actor?.email ?? "",
        role: labelled(language, "role", event.actorRole),
        action: event.action,
        entityType: ENTITY_TYPES.has(event.entityType)
          ? labelled(language, "auditLog.entityTypes", event.entityType)
          : event.entityType,
        entityId: event.entityId,
        entity: w.entity ?? "",
        phase: w.phase ?? "",
        expert: w.expert ?? "",
        changes: describeChanges(event.before, event.after),
      };
      yield COLUMNS.map((column) => neutraliseFormula(cells[column]));
    }
    // Other requests are served between pages (PGlite runs in this thread).
    await afterPendingIo();
  }
}

/** The CSV of the audit events among the filters, as a stream read from the database while it is sent. */
export function auditCsv(db: Db, filters: TAuditFilterInput, language: Translator = translator("en")): Readable {
  const out = stringify({ bom: true, record_delimiter: "windows" });
  pipeline(Readable.from(records(db, filters, language)), out).catch((error: unknown) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}

/** `audit-log-2026-11-29.csv`. */
export function auditFileName(today: Date): string {
  return `audit-log-${today.toISOString().slice(0, 10)}.csv`;
}
