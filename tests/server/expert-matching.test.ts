// Expert matching (docs/design.md, "Expert matching"): the pure score on a known set, and
// experts.suggest on a real database ranking a known directory for a phase, never
// suggesting the beneficiary parliament's own people, listing conflicts, in a fixed
// number of queries.
import type { SessionUser } from "@hemicycle/server/context";
import type { Db } from "@hemicycle/server/db/types";
import { suggestExperts } from "@hemicycle/server/services/expert-matching";
import { scoreExpert, type CandidateFacts, type PhaseNeeds } from "@hemicycle/shared/expert-matching";
import { workingLanguages } from "@hemicycle/shared/working-languages";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createFinding, createMission, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf } from "../helpers/trpc-errors.ts";

const needs: PhaseNeeds = {
  areas: ["GOV", "LEG"],
  languages: ["pt"],
  parliament: { name: "Assembleia da República", countryCode: "MZ" },
};
const base: CandidateFacts = {
  institution: "Parliament of Elsewhere",
  countryCode: "PT",
  areas: [],
  languages: [],
  conflictCount: 0,
  bookedDays: 0,
};

describe("scoreExpert", () => {
  it("adds up areas, language, availability and workload, each with its reason", () => {
    const fit = scoreExpert({ ...base, areas: ["GOV", "LEG", "WEB"], languages: ["en", "pt"] }, needs);
    expect(fit).toEqual({
      excluded: false,
      score: 15 + 15 + 20 + 25 + 10,
      reasons: [
        { code: "matchArea", params: { area: "GOV" } },
        { code: "matchArea", params: { area: "LEG" } },
        { code: "matchLanguage", params: { language: "pt" } },
        { code: "matchAvailable" },
        { code: "matchWorkload", params: { count: 0 } },
      ],
    });
  });

  it("ranks a known set: fit first, a clash or a heavy quarter costs, the beneficiary's own are excluded", () => {
    const set: Record<string, CandidateFacts> = {
      bestFit: { ...base, areas: ["GOV", "LEG"], languages: ["pt"] },
      busy: { ...base, areas: ["GOV", "LEG"], languages: ["pt"], conflictCount: 1 },
      loaded: { ...base, areas: ["GOV", "LEG"], languages: ["pt"], bookedDays: 20 },
      noLanguage: { ...base, areas: ["GOV", "LEG"], languages: ["fr"] },
      oneArea: { ...base, areas: ["LEG"], languages: ["pt"] },
      sameCountry: { ...base, countryCode: "MZ", areas: ["GOV", "LEG"], languages: ["pt"] },
      sameInstitution: { ...base, institution: " assembleia da  República ", areas: ["GOV"], languages: ["pt"] },
    };
    const ranked = Object.entries(set)
      .map(([name, facts]) => ({ name, fit: scoreExpert(facts, needs) }))
      .flatMap(({ name, fit }) => (fit.excluded ? [] : [{ name, score: fit.score }]))
      .sort((a, b) => b.score - a.score);
    expect(ranked).toEqual([
      { name: "bestFit", score: 85 },
      { name: "loaded", score: 75 },
      { name: "oneArea", score: 70 },
      { name: "noLanguage", score: 65 },
      { name: "busy", score: 60 },
    ]);
  });

  it("derives the parliament's working languages from its country, English when unknown", () => {
    expect(workingLanguages("mz")).toEqual(["pt"]);
    expect(workingLanguages("BE")).toEqual(["nl", "fr", "de"]);
    expect(workingLanguages("ZM")).toEqual(["en"]);
  });
});

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let expertUser: SessionUser;
let phaseId: string;
const ids: Record<string, string> = {};

async function expert(
  name: string,
  data: { institution?: string; countryCode?: string; areas?: ("GOV" | "LEG" | "WEB")[]; languages?: string[] },
) {
  const row = await prisma().expert.create({
    data: {
      name,
      institution: data.institution ?? "Parliament of Elsewhere",
      countryCode: data.countryCode ?? "PT",
      areas: data.areas ?? [],
      languages: data.languages ?? [],
    },
    select: { id: true },
  });
  ids[name] = row.id;
  return row.id;
}

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  const parliament = await prisma().parliament.create({
    data: { name: "Assembleia da República de Moçambique", countryCode: "MZ", region: "SADC", structure: "UNICAMERAL" },
    select: { id: true },
  });
  const mission = await createMission(db(), {
    parliamentId: parliament.id,
    type: "WORKSHOP",
    phases: [
      { kind: "ASSESSMENT", startDate: "2034-03-06", endDate: "2034-03-10" },
      { kind: "STRATEGIC_PLAN", startDate: "2034-05-08", endDate: "2034-05-12" },
    ],
  });
  const [assessment, plan] = mission.phases;
  phaseId = plan!.id;
  // The mission needs legislation: a finding of the earlier phase says so.
  const author = await expert("Author", { areas: ["LEG"] });
  await assignToPhase(db(), assessment!.id, author, "LEAD");
  expertUser = await createUser(db(), { role: "EXPERT", expertId: author });
  await createFinding(db(), { phaseId: assessment!.id, authorId: expertUser.id, area: "LEG" });

  await expert("Zz Best", { areas: ["LEG"], languages: ["pt"] });
  await expert("Zz Busy", { areas: ["LEG"], languages: ["pt"] });
  await expert("Zz Away", { areas: ["LEG"], languages: ["pt"] });
  await expert("Zz Other", { areas: ["WEB"], languages: ["en"] });
  await expert("Zz Own country", { countryCode: "MZ", areas: ["LEG"], languages: ["pt"] });
  await expert("Zz Own house", {
    institution: "Assembleia da República de Moçambique",
    areas: ["LEG"],
    languages: ["pt"],
  });
  const elsewhere = await createMission(db(), {
    parliamentId: parliament.id,
    phases: [{ kind: "VALIDATION", startDate: "2034-05-12", endDate: "2034-05-14" }],
  });
  // Ends the day the phase ends: an overlap on the edge day.
  await assignToPhase(db(), elsewhere.phases[0]!.id, ids["Zz Busy"]!);
  await prisma().expertUnavailability.create({
    data: { expertId: ids["Zz Away"]!, startDate: day("2034-05-01"), endDate: day("2034-05-08") },
  });
});

describe("experts.suggest", () => {
  it("ranks the directory for the phase with reasons and conflicts, never the beneficiary's own", async () => {
    const suggestions = await as(coordinator).experts.suggest({ phaseId });
    const mine = suggestions.filter((s) => s.expert.name.startsWith("Zz "));
    expect(mine.map((s) => [s.expert.name, s.score])).toEqual([
      ["Zz Best", 15 + 20 + 25 + 10],
      ["Zz Away", 15 + 20 + 10],
      ["Zz Busy", 15 + 20 + 9],
      ["Zz Other", 25 + 10],
    ]);
    const ranked = suggestions.map((s) => s.expert.id);
    expect(ranked).not.toContain(ids["Zz Own country"]);
    expect(ranked).not.toContain(ids["Zz Own house"]);
    // Already on the mission's other phase, not on this one: still suggested.
    expect(ranked).toContain(ids.Author);
    expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a));

    const busy = mine.find((s) => s.expert.name === "Zz Busy")!;
    expect(busy.conflicts).toEqual([
      expect.objectContaining({ kind: "PHASE_OVERLAP", from: day("2034-05-12"), to: day("2034-05-14") }),
    ]);
    expect(busy.reasons).toContainEqual({ code: "matchConflicts", params: { count: 1 } });
    expect(busy.reasons).toContainEqual({ code: "matchWorkload", params: { count: 3 } });
    const away = mine.find((s) => s.expert.name === "Zz Away")!;
    expect(away.conflicts).toEqual([{ kind: "UNAVAILABLE", from: day("2034-05-01"), to: day("2034-05-08") }]);
    expect(mine[0]!.reasons).toEqual([
      { code: "matchArea", params: { area: "LEG" } },
      { code: "matchLanguage", params: { language: "pt" } },
      { code: "matchAvailable" },
      { code: "matchWorkload", params: { count: 0 } },
    ]);
  });

  it("leaves out who is already on the phase's team", async () => {
    await assignToPhase(db(), phaseId, ids["Zz Other"]!);
    const suggestions = await as(coordinator).experts.suggest({ phaseId });
    expect(suggestions.map((s) => s.expert.id)).not.toContain(ids["Zz Other"]);
    await prisma().assignment.deleteMany({ where: { phaseId, expertId: ids["Zz Other"]! } });
  });

  it("costs the same number of queries whatever the size of the directory", async () => {
    const count = async () => {
      let queries = 0;
      const counted = prisma().$extends({
        query: {
          $allOperations: async ({ args, query }) => {
            queries++;
            return query(args);
          },
        },
      });
      await suggestExperts(counted as unknown as Db, coordinator, { phaseId });
      return queries;
    };
    const before = await count();
    for (let i = 0; i < 5; i++) await expert(`Yy Extra ${i}`, { areas: ["GOV"], languages: ["en"] });
    expect(await count()).toBe(before);
  });

  it("answers NOT_FOUND for an unknown phase and FORBIDDEN to an expert", async () => {
    expect(await appErrorOf(as(coordinator).experts.suggest({ phaseId: "nope" }))).toMatchObject({
      reason: "NOT_FOUND",
    });
    expect(await appErrorOf(as(expertUser).experts.suggest({ phaseId }))).toMatchObject({ reason: "FORBIDDEN" });
  });
});
