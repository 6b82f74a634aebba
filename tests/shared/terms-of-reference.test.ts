// Who may draft terms of reference (the shared policy the server enforces and the client
// asks) and what a draft's input must hold (the schema both validate with).
import { describe, expect, it } from "vitest";
import { messageFromIssue } from "@hemicycle/shared/messages";
import { mayDraftTermsOfReference } from "@hemicycle/shared/policy";
import { MAX_TOR_SECTION_LENGTH, ZCreateTorInput, ZSaveTorInput } from "@hemicycle/shared/schemas/terms-of-reference";

describe("mayDraftTermsOfReference", () => {
  it("lets managers and the mission's experts draft, not an expert elsewhere nor the parliament's staff", () => {
    expect(mayDraftTermsOfReference({ role: "ADMIN" }, { onMission: false })).toBe(true);
    expect(mayDraftTermsOfReference({ role: "COORDINATOR" }, { onMission: false })).toBe(true);
    expect(mayDraftTermsOfReference({ role: "EXPERT" }, { onMission: true })).toBe(true);
    expect(mayDraftTermsOfReference({ role: "EXPERT" }, { onMission: false })).toBe(false);
    expect(mayDraftTermsOfReference({ role: "PARLIAMENT_STAFF" }, { onMission: true })).toBe(false);
  });
});

describe("the terms-of-reference inputs", () => {
  const base = { missionId: "m-1", title: "Legislative information system", language: "en" };

  it("needs at least one finding or roadmap item, said under the findings", () => {
    const result = ZCreateTorInput.safeParse(base);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(["findingIds"]);
    expect(messageFromIssue(issue)).toEqual({ code: "tooFew", params: { minimum: 1 } });
    expect(ZCreateTorInput.safeParse({ ...base, roadmapItemIds: ["i-1"] }).success).toBe(true);
    expect(ZCreateTorInput.safeParse({ ...base, language: "de", findingIds: ["f-1"] }).success).toBe(false);
  });

  it("refuses a save with an empty title or a section over its length, each by its field", () => {
    const sections = {
      background: "",
      objectives: "",
      scope: "",
      functionalRequirements: "",
      technicalRequirements: "",
    };
    const rest = { deliverables: "", timeline: "", qualifications: "x".repeat(MAX_TOR_SECTION_LENGTH + 1) };
    const result = ZSaveTorInput.safeParse({ id: "t-1", version: 1, title: " ", ...sections, ...rest });
    expect(result.error?.issues.map((i) => [i.path.join("."), messageFromIssue(i).code])).toEqual([
      ["title", "required"],
      ["qualifications", "tooLong"],
    ]);
  });
});
