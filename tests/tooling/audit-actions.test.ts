// Every action code the server writes to the audit log is in the shared list
// (shared/src/audit-actions.ts), and every listed code has its sentence in the client's
// catalogue: the admin view never falls back to a bare code. recordAudit's `action` is
// typed with that list; this also catches the events written without it (the demo's
// trail, the refused attempts' codes chosen at run time).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { AUDIT_ACTIONS } from "@hemicycle/shared/audit-actions";
import { describe, expect, it } from "vitest";
import en from "../../shared/locales/en.json" with { type: "json" };

const root = join(import.meta.dirname, "..", "..");
const serverSrc = join(root, "server", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** `action: "mission.create"`, `"comment.resolve" : "comment.reopen"` after `action:`, `satisfies DeniedAction` codes. */
function writtenCodes(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(/action:\s*\(?([^,}\n]+)/g)) {
    for (const literal of match[1]!.matchAll(/"([a-zA-Z]+\.[a-zA-Z]+)"/g)) codes.push(literal[1]!);
  }
  return codes;
}

describe("audit action codes", () => {
  const written = new Map<string, string>();
  for (const file of sources(serverSrc)) {
    for (const code of writtenCodes(readFileSync(file, "utf8"))) written.set(code, relative(root, file));
  }

  it("finds the codes the server writes", () => {
    expect(written.size).toBeGreaterThan(40);
    expect(written.get("phase.setLead")).toBe("server/src/services/assignments.ts");
    expect(written.has("access.denied")).toBe(true);
  });

  it("lists every code the server writes", () => {
    const unlisted = [...written].filter(([code]) => !(AUDIT_ACTIONS as readonly string[]).includes(code));
    expect(unlisted).toEqual([]);
  });

  it("has a sentence and a filter label for every listed code", () => {
    for (const catalogue of [en.translation.auditLog.sentences, en.translation.auditLog.actions]) {
      const texts = catalogue as Record<string, Record<string, string>>;
      const missing = AUDIT_ACTIONS.filter((code) => {
        const [group, verb] = code.split(".") as [string, string];
        return typeof texts[group]?.[verb] !== "string";
      });
      expect(missing).toEqual([]);
    }
  });
});
