// messageFromIssue (shared/src/messages.ts): every zod issue of the shared schemas becomes a
// message code with its values, so that a field says the same whoever caught the problem.
import { describe, expect, it } from "vitest";
import { messageFromIssue } from "@hemicycle/shared/messages";
import { ZLoginInput } from "@hemicycle/shared/schemas/auth";
import { ZCreateFindingInput } from "@hemicycle/shared/schemas/findings";
import { ZCreateMissionInput } from "@hemicycle/shared/schemas/missions";
import { ZCreateParliamentInput } from "@hemicycle/shared/schemas/parliaments";
import { ZCreateUserInput } from "@hemicycle/shared/schemas/users";

/** Each field's first message, keyed by its dotted path. */
type Issue = Parameters<typeof messageFromIssue>[0];
type Schema = { safeParse: (input: unknown) => { success: true } | { success: false; error: { issues: Issue[] } } };

function messagesOf(schema: Schema, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  const out: Record<string, unknown> = {};
  for (const issue of result.error.issues) out[issue.path.join(".") || "(form)"] ??= messageFromIssue(issue);
  return out;
}

const mission = {
  code: "ZMB-2031",
  title: "Assessment",
  type: "ASSESSMENT_AND_PLAN",
  parliamentId: "p1",
  phases: [{ kind: "ASSESSMENT", startDate: "2031-03-02", endDate: "2031-03-06" }],
};

describe("messageFromIssue", () => {
  it("words the generic checks: required, too long with its maximum, a choice, an e-mail", () => {
    expect(messagesOf(ZLoginInput, { email: "not-an-email", password: "" })).toEqual({
      email: { code: "invalidEmail" },
      password: { code: "enterPassword", params: { minimum: 1 } },
    });
    expect(messagesOf(ZCreateMissionInput, { ...mission, title: "", type: "PARTY" })).toEqual({
      title: { code: "required" },
      type: { code: "invalidChoice" },
    });
    expect(messagesOf(ZCreateMissionInput, { ...mission, title: "x".repeat(201) })).toEqual({
      title: { code: "tooLong", params: { maximum: 200 } },
    });
    expect(messagesOf(ZCreateUserInput, { name: "A", email: "a@b.example", password: "short", role: "ADMIN" })).toEqual(
      {
        password: { code: "tooShort", params: { minimum: 12 } },
      },
    );
  });

  it("keeps the codes a schema names, with their values", () => {
    expect(
      messagesOf(ZCreateMissionInput, {
        ...mission,
        code: "zmb 2031",
        phases: [{ kind: "ASSESSMENT", startDate: "2031-03-06", endDate: "2031-03-02" }],
      }),
    ).toEqual({ code: { code: "missionCodeFormat" }, "phases.0.endDate": { code: "endBeforeStart" } });
    expect(messagesOf(ZCreateMissionInput, { ...mission, phases: [] })).toEqual({
      phases: { code: "missionNeedsPhase", params: { minimum: 1 } },
    });
    expect(
      messagesOf(ZCreateMissionInput, {
        ...mission,
        phases: [{ kind: "ASSESSMENT", startDate: "1985-03-02", endDate: "2031-03-06" }],
      }),
    ).toEqual({ "phases.0.startDate": { code: "yearRange", params: { minimum: 1990, maximum: 2100 } } });
    expect(
      messagesOf(ZCreateMissionInput, {
        ...mission,
        phases: [{ kind: "ASSESSMENT", startDate: "2031-02-30", endDate: "2031-03-06" }],
      }),
    ).toEqual({ "phases.0.startDate": { code: "invalidDate" } });
  });

  it("refuses any web address but http and https", () => {
    const parliament = { name: "P", countryCode: "ZM", region: "SADC", structure: "UNICAMERAL" };
    for (const website of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://parliament.example"]) {
      expect(messagesOf(ZCreateParliamentInput, { ...parliament, website })).toEqual({
        website: { code: "invalidWebAddress" },
      });
    }
    expect(ZCreateParliamentInput.safeParse({ ...parliament, website: "https://parliament.example" }).success).toBe(
      true,
    );
  });

  it("says which field wanted a whole number", () => {
    const finding = { phaseId: "p", area: "GOV", kind: "GAP", severity: "LOW", title: "T", description: "D" };
    expect(messagesOf(ZCreateFindingInput, { ...finding, grade: 2.5 })).toEqual({ grade: { code: "notAWholeNumber" } });
    expect(messagesOf(ZCreateFindingInput, { ...finding, grade: 7 })).toEqual({
      grade: { code: "gradeRange", params: { maximum: 5 } },
    });
  });
});
