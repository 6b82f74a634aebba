// search.global, the command palette's search, on the demo data: each list is scoped as
// its own list procedure is, at most five of each come back, and it costs three statements.
import type { SessionUser } from "@hemicycle/server/context";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { globalSearch } from "@hemicycle/server/services/global-search";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, sessionUserByEmail } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { statementCountingClient } from "../helpers/statement-counter.ts";
import { appErrorOf, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser | null) => callerFor(db(), user);

const ZAMBIA_CODE = "SADC-ZMB-2026";

let coordinator: SessionUser;
let outsider: SessionUser; // an expert on no mission
let staffZambia: SessionUser;
let staffMontenegro: SessionUser;

beforeAll(async () => {
  expect(await seedDemoData(prisma())).toEqual({ seeded: true });
  [coordinator, outsider, staffZambia, staffMontenegro] = (await Promise.all(
    [
      "coordinator@hemicycle.test",
      "outsider.expert@hemicycle.test",
      "staff.zambia@hemicycle.test",
      "staff.montenegro@hemicycle.test",
    ].map((email) => sessionUserByEmail(db(), email)),
  )) as [SessionUser, SessionUser, SessionUser, SessionUser];
});

describe("search.global's reach", () => {
  it("finds Zambia's mission for the coordinator and Zambia's staff, case-insensitively", async () => {
    for (const user of [coordinator, staffZambia]) {
      const found = await as(user).search.global({ q: "  sadc-zmb " });
      expect(found.missions.map((m) => m.code)).toContain(ZAMBIA_CODE);
      expect(found.missions[0]).toEqual({ id: expect.any(String), code: ZAMBIA_CODE, title: expect.any(String) });
    }
  });

  it("never gives Montenegro's staff Zambia's mission, parliament or team", async () => {
    const found = await as(staffMontenegro).search.global({ q: "zambia" });
    expect(found.missions).toEqual([]);
    expect(found.parliaments).toEqual([]);
    const everything = await as(staffMontenegro).search.global({ q: "a" });
    expect(everything.parliaments).toEqual([
      { id: staffMontenegro.parliamentId, name: "Parliament of Montenegro", countryCode: "ME" },
    ]);
    const zambiaTeam = await prisma().expert.findMany({
      where: { assignments: { some: { phase: { mission: { code: ZAMBIA_CODE } } } } },
      select: { id: true },
    });
    const montenegroTeam = await prisma().expert.findMany({
      where: { assignments: { some: { phase: { mission: { parliamentId: staffMontenegro.parliamentId! } } } } },
      select: { id: true },
    });
    const onlyZambian = zambiaTeam.filter((e) => !montenegroTeam.some((m) => m.id === e.id)).map((e) => e.id);
    expect(onlyZambian.length).toBeGreaterThan(0);
    for (const expert of everything.experts) {
      expect(montenegroTeam.map((e) => e.id)).toContain(expert.id);
      expect(onlyZambian).not.toContain(expert.id);
    }
  });

  it("gives the outsider expert no mission, though the directory stays theirs", async () => {
    const found = await as(outsider).search.global({ q: "-" });
    expect(found.missions).toEqual([]);
    const byCountry = await as(outsider).search.global({ q: "zambia" });
    expect(byCountry.missions).toEqual([]);
    expect(byCountry.parliaments.map((p) => p.countryCode)).toEqual(["ZM"]);
  });

  it("is for signed-in users only, and asks for 1 to 100 characters", async () => {
    expect((await appErrorOf(as(null).search.global({ q: "zam" }))).reason).toBe("UNAUTHENTICATED");
    for (const q of ["", "   ", "x".repeat(101)]) {
      expect(issuePaths(await rejection(as(coordinator).search.global({ q })))).toContain("q");
    }
  });
});

describe("search.global's limits", () => {
  it("returns at most five of each, sorted", async () => {
    expect(
      await prisma().parliament.count({ where: { name: { contains: "parliament", mode: "insensitive" } } }),
    ).toBeGreaterThan(5);
    const found = await as(coordinator).search.global({ q: "PARLIAMENT" });
    expect(found.parliaments).toHaveLength(5);
    const names = found.parliaments.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const wide = await as(coordinator).search.global({ q: "a" });
    expect(wide.missions.length).toBeLessThanOrEqual(5);
    expect(wide.experts).toHaveLength(5);
  });

  it("takes a user's % and _ literally", async () => {
    const found = await as(coordinator).search.global({ q: "%" });
    expect(found).toEqual({ missions: [], parliaments: [], experts: [] });
  });
});

const countingClient = () => statementCountingClient(db());

describe("search.global's cost", () => {
  it("is three statements, whoever asks", async () => {
    const { client, counter } = countingClient();
    try {
      await globalSearch(client, coordinator, { q: "warm" });
      for (const user of [coordinator, staffZambia, outsider]) {
        counter.statements = 0;
        await globalSearch(client, user, { q: "a" });
        expect(counter.statements).toBe(3);
      }
    } finally {
      await client.$disconnect();
    }
  });
});
