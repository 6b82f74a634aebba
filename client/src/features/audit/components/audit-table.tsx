// The audit log: who changed what, and each changed field's value before → after. A table
// from a tablet up; on a phone, one card per event instead of a table scrolling sideways.
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { Link } from "react-router";
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from "@hemicycle/shared/schemas/audit";
import { formatDateTime } from "../../../lib/format.ts";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { Badge } from "../../../components/ui/badge.tsx";
import type { AuditEvent } from "../api/audit.ts";
import { useAuditSentence } from "./audit-sentence.ts";

type Change = { field: string; before: unknown; after: unknown };

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Record<string, unknown>)
    : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The kind of record in the reader's words ("evidence file"); a kind the catalogue lacks stays as stored. */
function entityTypeWords(t: TFunction, type: string): string {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(type)
    ? t(`auditLog.entityTypes.${type as AuditEntityType}`)
    : type;
}

/** Fields whose value differs; on a creation every field, on a deletion every field. */
export function changedFields(before: unknown, after: unknown): Change[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const keys = Array.from(new Set([...Object.keys(b), ...Object.keys(a)]));
  return keys
    .filter((k) => k !== "id" && !same(b[k], a[k]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

function show(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "—";
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if (typeof value === "string")
    return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value) ? value.slice(0, 10) : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function Value({ value, tone }: { value: unknown; tone: "before" | "after" }) {
  const text = show(value);
  if (value === undefined) return <span className="text-zinc-400">∅</span>;
  // <bdi>: each value keeps its own direction and its place in the line (in Arabic "fr ← en"
  // would otherwise run together as one left-to-right phrase, before and after swapped).
  return (
    <bdi
      title={text.length > 80 ? text : undefined}
      className={
        tone === "before"
          ? "rounded bg-red-50 px-1 text-red-800 line-through decoration-red-300"
          : "rounded bg-emerald-50 px-1 text-emerald-800"
      }
    >
      {text.length > 80 ? `${text.slice(0, 77)}…` : text}
    </bdi>
  );
}

/** Each changed field, its value before → after, behind a summary that says how many. */
function Changes({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const changes = changedFields(event.before, event.after);
  if (changes.length === 0) return <span className="text-xs text-zinc-500">{t("audit.noChanges")}</span>;
  return (
    <details className="group text-xs">
      <summary className="cursor-pointer text-zinc-600 select-none hover:text-zinc-900">
        {t("auditLog.details", { count: changes.length })}
      </summary>
      <ul className="mt-1 flex flex-col gap-1">
        {changes.map((c) => (
          <li key={c.field} className="text-xs leading-5 break-words">
            <bdi className="font-mono font-medium text-zinc-700">{c.field}</bdi>{" "}
            {c.before !== undefined ? <Value value={c.before} tone="before" /> : null}
            {c.before !== undefined && c.after !== undefined ? (
              <>
                <span aria-hidden="true" className="mx-1 inline-block text-zinc-400 rtl:-scale-x-100">
                  →
                </span>
                <span className="sr-only">{t("audit.becomes")} </span>
              </>
            ) : null}
            {c.after !== undefined ? <Value value={c.after} tone="after" /> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The record's id, a link to every event of that record (the record filter). */
function RecordLink({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.entityId) return null;
  const search = new URLSearchParams({ type: event.entityType, record: event.entityId });
  return (
    <Link
      to={{ search: `?${search.toString()}` }}
      title={t("auditLog.filters.showRecord")}
      className="font-mono underline decoration-zinc-300 underline-offset-2 hover:text-zinc-900"
    >
      {event.entityId}
    </Link>
  );
}

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return event.actor ? (
    <span className="text-zinc-900">{event.actor.name}</span>
  ) : (
    <span className="text-zinc-500">{t("audit.system")}</span>
  );
}

export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <>
      <AuditTableWide events={events} />
      <AuditCards events={events} />
    </>
  );
}

/** On a phone: the sentence, when and who, the record, then the changes. */
function AuditCards({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const sentence = useAuditSentence();
  return (
    <ul aria-label={t("audit.caption")} className="space-y-3 md:hidden">
      {events.map((event) => (
        <li key={event.id} className="rounded-lg border border-zinc-200 bg-white p-3 text-sm shadow-xs">
          <p className="font-medium text-zinc-900">{sentence(event)}</p>
          <div className="mt-1 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <span className="font-mono text-xs break-all text-zinc-500">{event.action}</span>
            <time className="text-xs text-zinc-500 tabular-nums">{formatDateTime(event.createdAt)}</time>
          </div>
          <p className="mt-1 text-xs text-zinc-600">
            <Actor event={event} />
            {event.actorRole ? `\u00a0· ${t(`role.${event.actorRole}`)}` : null}
          </p>
          <p className="mt-0.5 text-xs break-all text-zinc-500">
            {entityTypeWords(t, event.entityType)} <RecordLink event={event} />
          </p>
          <div className="mt-2">
            <Changes event={event} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function AuditTableWide({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const sentence = useAuditSentence();
  return (
    <Table caption={t("audit.caption")} className="hidden md:block">
      <THead>
        <tr>
          <Th>{t("audit.columns.when")}</Th>
          <Th>{t("auditLog.what")}</Th>
          <Th>{t("audit.columns.who")}</Th>
          <Th>{t("audit.columns.changes")}</Th>
        </tr>
      </THead>
      <TBody>
        {events.map((event) => (
          <Tr key={event.id}>
            <Td className="whitespace-nowrap text-zinc-600">{formatDateTime(event.createdAt)}</Td>
            <Td className="min-w-80">
              <div className="text-zinc-900">{sentence(event)}</div>
              <div className="mt-0.5 font-mono text-xs break-all text-zinc-500">
                {event.action} · {entityTypeWords(t, event.entityType)} <RecordLink event={event} />
              </div>
            </Td>
            <Td className="whitespace-nowrap">
              {event.actor ? (
                <>
                  <div>{event.actor.name}</div>
                  <div className="text-xs text-zinc-500">{event.actor.email}</div>
                </>
              ) : (
                <span className="text-zinc-500">{t("audit.system")}</span>
              )}
              {event.actorRole ? <Badge className="mt-1">{t(`role.${event.actorRole}`)}</Badge> : null}
            </Td>
            <Td className="min-w-56">
              <Changes event={event} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
