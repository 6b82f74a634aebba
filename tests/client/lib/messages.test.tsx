// What the server and the shared schemas say travels as a code and values; the client's
// catalogue (shared/locales/en.json, `messages.<code>`) words it. Every code has its
// sentence, the catalogue has no sentence without a code, and values are interpolated:
// nested enum labels (`$t(phaseKind.{{phaseKind}})`) and calendar dates, which must read
// as the same day west of Greenwich too.
import { afterAll, describe, expect, it, vi } from "vitest";
import { FINDING_STATUSES, PHASE_KINDS, PHASE_STATUSES } from "@hemicycle/shared/enums";
import { MESSAGE_CODES, type Message } from "@hemicycle/shared/messages";
import en from "../../../shared/locales/en.json";

// A zone behind UTC, where a date stored at UTC midnight is still the previous day locally.
// The client's formatters are built when their module loads, and the setup file loaded
// them already: they are loaded again, in this zone, before anything here renders.
const previousTz = process.env.TZ;
process.env.TZ = "America/Los_Angeles";
vi.resetModules();
const { renderMessage } = await import("../../../client/src/lib/messages.ts");
// The reloaded i18n instance fetches its catalogue as a lazy chunk, as the app does: wait for it.
await (
  await import("../../../client/src/lib/i18n.ts")
).i18nReady;
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const catalogue = en.translation;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("the message catalogue", () => {
  it("has a sentence for every message code, and none for a code that does not exist", () => {
    // A message with a `count` has its plural forms (`code_one`, `code_other`).
    const codes = new Set(
      Object.keys(catalogue.messages).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")),
    );
    expect([...codes].sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it("has a non-empty sentence for every code", () => {
    for (const code of MESSAGE_CODES) {
      const text = renderMessage({ code, params: { count: 2 } });
      expect(text, code).not.toBe(`messages.${code}`);
      expect(text.trim(), code).not.toBe("");
    }
  });

  it("labels every value a message nests: phase kinds, phase and finding statuses", () => {
    expect(Object.keys(catalogue.phaseKind).sort()).toEqual([...PHASE_KINDS].sort());
    expect(Object.keys(catalogue.phaseStatus).sort()).toEqual([...PHASE_STATUSES].sort());
    expect(Object.keys(catalogue.findingStatus).sort()).toEqual([...FINDING_STATUSES].sort());
  });
});

describe("renderMessage", () => {
  it("picks the plural form a count asks for", () => {
    expect(renderMessage({ code: "signInThrottled", params: { count: 1 } })).toBe(
      "Too many failed sign-ins. Try again in 1 minute.",
    );
    expect(renderMessage({ code: "signInThrottled", params: { count: 15 } })).toBe(
      "Too many failed sign-ins. Try again in 15 minutes.",
    );
  });

  it("turns a dependency loop's arrows in Arabic and isolates each title, leaving other languages' as sent", async () => {
    const loop: Message = { code: "dependencyCycle", params: { cycle: "Portal → Data centre → Portal" } };
    expect(renderMessage(loop)).toBe("This would make a loop: Portal → Data centre → Portal");
    const i18n = (await import("../../../client/src/lib/i18n.ts")).default;
    await i18n.changeLanguage("ar");
    try {
      expect(renderMessage(loop)).toContain("\u2068Portal\u2069 ← \u2068Data centre\u2069 ← \u2068Portal\u2069");
    } finally {
      await i18n.changeLanguage("en");
    }
  });

  it("interpolates a schema's bounds", () => {
    expect(renderMessage({ code: "tooLong", params: { maximum: 200 } })).toBe("At most 200 characters");
    expect(renderMessage({ code: "yearRange", params: { minimum: 1990, maximum: 2100 } })).toBe(
      "The year must be between 1990 and 2100",
    );
  });

  it("nests the label of the record or status a message names", () => {
    expect(renderMessage({ code: "notFound", params: { entity: "assignment" } })).toBe(
      "This team assignment was not found. It may have been removed, or you may not have access to it.",
    );
    expect(renderMessage({ code: "findingTransition", params: { from: "VALIDATED", to: "DRAFT" } })).toBe(
      "A finding that is Validated cannot become Draft.",
    );
    expect(renderMessage({ code: "phaseClosedToFindings", params: { status: "FINALISED" } })).toBe(
      "This phase is Finalised: no findings can be logged on it.",
    );
  });

  it("words every phase move the server may refuse with labels, never raw values", () => {
    for (const from of PHASE_STATUSES) {
      for (const to of PHASE_STATUSES) {
        const text = renderMessage({ code: "phaseTransition", params: { from, to } });
        expect(text).toBe(`A phase cannot go from ${catalogue.phaseStatus[from]} to ${catalogue.phaseStatus[to]}.`);
      }
    }
  });

  it("formats a date stored at UTC midnight as that calendar day, whatever the local zone", () => {
    const start = day("2027-03-01");
    // Precondition: in this zone the instant is still 28 February, for Date and for a
    // formatter that does not name its zone.
    expect(start.getDate()).toBe(28);
    expect(new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }).format(start)).toBe("Feb 28, 2027");

    const overlap: Message = {
      code: "phaseOverlap",
      params: {
        expert: "Esi Mensah",
        mission: "ZMB-2027",
        phaseKind: "STRATEGIC_PLAN",
        startDate: start,
        endDate: day("2027-03-05"),
      },
    };
    expect(renderMessage(overlap)).toBe(
      "Esi Mensah is already on ZMB-2027 (Strategic plan) from Mar 1, 2027 to Mar 5, 2027, which overlaps this phase.",
    );
  });

  it("formats the dates of an unavailability the same way", () => {
    expect(
      renderMessage({
        code: "expertUnavailable",
        params: { expert: "Esi Mensah", startDate: day("2027-01-01"), endDate: day("2027-01-31"), reason: null },
      }),
    ).toBe("Esi Mensah is unavailable from Jan 1, 2027 to Jan 31, 2027, which overlaps this phase.");
  });
});
