// A notice's sentence and age in the reader's language: the catalogue's sentence for its
// kind with its values (phase kinds and roles worded, dates formatted), people's text
// isolated and stripped of direction controls, and the age relative ("5 minutes ago").
import { afterEach, describe, expect, it } from "vitest";
import i18n, { changeLanguage } from "../../../client/src/lib/i18n.ts";
import { setFormattingLanguage } from "../../../client/src/lib/format.ts";
import { notificationSentence } from "../../../client/src/features/notifications/lib/sentence.ts";
import { formatRelativeTime } from "../../../client/src/features/notifications/lib/relative-time.ts";

afterEach(async () => {
  await changeLanguage("en");
  setFormattingLanguage("en");
});

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");
const assigned = {
  kind: "PHASE_ASSIGNED" as const,
  params: {
    actor: "Carlos Mendes",
    mission: "SADC-ZMB-2026",
    phaseKind: "ASSESSMENT",
    role: "MEMBER",
    startDate: "2027-03-01",
    endDate: "2027-03-12",
  },
};

describe("notificationSentence", () => {
  it("words each language's sentence with the notice's values", async () => {
    expect(plain(notificationSentence(i18n.t, assigned))).toBe(
      "Carlos Mendes added you to the Assessment phase of SADC-ZMB-2026 as Member, Mar 1, 2027 to Mar 12, 2027.",
    );
    await changeLanguage("fr");
    expect(plain(notificationSentence(i18n.t, assigned))).toMatch(
      /^Carlos Mendes vous a ajouté à la phase Évaluation de SADC-ZMB-2026 en tant que Membre, du 1 mars 2027 au 12 mars 2027\.$/,
    );
    await changeLanguage("ar");
    const arabic = notificationSentence(i18n.t, {
      kind: "ROADMAP_SUBMITTED",
      params: { actor: "Sipho Banda", roadmap: "ICT strategic plan 2027–2030" },
    });
    expect(arabic).toBe(
      "قدَّم \u2068Sipho Banda\u2069 خارطة الطريق «\u2068ICT strategic plan 2027–2030\u2069» لمراجعتك.",
    );
  });

  it("words a reminder's date and an export's kind from their own catalogue keys", () => {
    expect(
      notificationSentence(i18n.t, {
        kind: "REPORT_OVERDUE",
        params: { mission: "SADC-ZMB-2026", phaseKind: "ASSESSMENT", dueDate: "2026-11-13" },
      }),
    ).toBe("The report of the Assessment phase of \u2068SADC-ZMB-2026\u2069 was due on Nov 13, 2026 and is overdue.");
    expect(notificationSentence(i18n.t, { kind: "EXPORT_READY", params: { exportKind: "findingsCsv" } })).toBe(
      "Your export is ready: validated findings (CSV).",
    );
  });

  it("isolates people's text and drops the direction controls in it", () => {
    const sentence = notificationSentence(i18n.t, {
      kind: "COMMENT",
      params: { actor: "\u202eEvil", subject: "Network", excerpt: "Looks good \u202b" },
    });
    expect(sentence).toBe("\u2068Evil\u2069 commented on “\u2068Network\u2069”: \u2068Looks good \u2069");
  });
});

describe("formatRelativeTime", () => {
  const now = Date.parse("2026-11-30T10:00:00Z");
  const ago = (ms: number) => new Date(now - ms);

  it("says now, minutes, hours, yesterday, then the date", () => {
    expect(formatRelativeTime(ago(20_000), now)).toBe("now");
    expect(formatRelativeTime(ago(5 * 60_000), now)).toBe("5 minutes ago");
    expect(formatRelativeTime(ago(3 * 3_600_000), now)).toBe("3 hours ago");
    expect(formatRelativeTime(ago(26 * 3_600_000), now)).toBe("yesterday");
    expect(formatRelativeTime(ago(3 * 86_400_000), now)).toBe("3 days ago");
    expect(formatRelativeTime(ago(10 * 86_400_000), now)).toMatch(/^Nov 20, 2026$/);
  });

  it("in the screens' language", () => {
    setFormattingLanguage("fr");
    expect(formatRelativeTime(ago(5 * 60_000), now)).toBe("il y a 5 minutes");
    setFormattingLanguage("ar");
    expect(formatRelativeTime(ago(26 * 3_600_000), now)).toBe("أمس");
  });
});
