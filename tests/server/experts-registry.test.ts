// The expert directory through the real router: its list (filters, sort, total, the
// availability filter at edge days), what parliament staff see of it, an expert's
// assignments, and the CSV import that writes the whole file or nothing.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createMission, createParliament, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let expertUser: SessionUser;

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  expertUser = await createUser(db(), { role: "EXPERT" });
});

const HEADER = "name,email,institution,country,areas,languages,unavailable";

describe("experts.list", () => {
  it("filters by area, language and country, sorts by name or country and counts the whole match", async () => {
    const tag = `Sortable ${Date.now()}`;
    await createExpert(db(), { name: `${tag} Zulu`, areas: ["GOV"], languages: ["fr"] });
    await createExpert(db(), { name: `${tag} Alpha`, areas: ["LEG"], languages: ["en"] });
    await prisma().expert.create({
      data: { name: `${tag} Mike`, institution: "Assembleia", countryCode: "AO", areas: ["GOV"], languages: ["pt"] },
    });

    const all = await as(coordinator).experts.list({ search: tag, limit: 2 });
    expect(all.total).toBe(3);
    expect(all.items.map((e) => e.name)).toEqual([`${tag} Alpha`, `${tag} Mike`]);
    const rest = await as(coordinator).experts.list({ search: tag, limit: 2, cursor: all.nextCursor });
    expect(rest.items.map((e) => e.name)).toEqual([`${tag} Zulu`]);
    expect(rest.total).toBe(3);

    const byCountry = await as(coordinator).experts.list({ search: tag, sort: "country" });
    expect(byCountry.items.map((e) => e.countryCode)).toEqual(["AO", "ZA", "ZA"]);

    const gov = await as(coordinator).experts.list({ search: tag, area: "GOV" });
    expect(gov.items.map((e) => e.name).sort()).toEqual([`${tag} Mike`, `${tag} Zulu`]);
    const french = await as(coordinator).experts.list({ search: tag, language: "fr" });
    expect(french.items.map((e) => e.name)).toEqual([`${tag} Zulu`]);
    const angola = await as(coordinator).experts.list({ search: tag, country: "ao" });
    expect(angola).toMatchObject({ total: 1, items: [{ name: `${tag} Mike` }] });
  });

  it("counts a period or a phase that ends on the first day of the range, or starts on its last, as overlapping", async () => {
    const tag = `Edge ${Date.now()}`;
    const offEndsOnStart = await createExpert(db(), {
      name: `${tag} off-until-start`,
      unavailable: [{ startDate: day("2027-05-20"), endDate: day("2027-06-01") }],
    });
    const offEndsBefore = await createExpert(db(), {
      name: `${tag} off-until-day-before`,
      unavailable: [{ startDate: day("2027-05-20"), endDate: day("2027-05-31") }],
    });
    const bookedFromEnd = await createExpert(db(), { name: `${tag} booked-from-end` });
    const bookedAfter = await createExpert(db(), { name: `${tag} booked-day-after` });
    const cancelled = await createExpert(db(), { name: `${tag} cancelled-phase` });
    const parliament = await createParliament(db());
    const onEnd = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-06-10", endDate: "2027-06-14" }],
    });
    const afterEnd = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-06-11", endDate: "2027-06-15" }],
    });
    const cancelledMission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2027-06-03", endDate: "2027-06-05", status: "CANCELLED" }],
    });
    await assignToPhase(db(), onEnd.phases[0]!.id, bookedFromEnd.id);
    await assignToPhase(db(), afterEnd.phases[0]!.id, bookedAfter.id);
    await assignToPhase(db(), cancelledMission.phases[0]!.id, cancelled.id);

    const available = await as(coordinator).experts.list({
      search: tag,
      availableFrom: "2027-06-01",
      availableTo: "2027-06-10",
    });
    expect(available.items.map((e) => e.id).sort()).toEqual([offEndsBefore.id, bookedAfter.id, cancelled.id].sort());
    expect(available.total).toBe(3);
    expect(available.items.map((e) => e.id)).not.toContain(offEndsOnStart.id);
  });

  it("shows parliament staff the experts on their parliament's missions, without the private side, and never filters them by availability", async () => {
    const own = await createParliament(db());
    const other = await createParliament(db());
    const onOwn = await createExpert(db(), {
      name: `Staff-visible ${Date.now()}`,
      unavailable: [{ startDate: day("2027-08-01"), endDate: day("2027-08-02"), reason: "Surgery" }],
    });
    const onOther = await createExpert(db());
    const ownMission = await createMission(db(), { parliamentId: own.id });
    const otherMission = await createMission(db(), { parliamentId: other.id });
    await assignToPhase(db(), ownMission.phases[0]!.id, onOwn.id, "LEAD");
    await assignToPhase(db(), otherMission.phases[0]!.id, onOwn.id);
    await assignToPhase(db(), otherMission.phases[0]!.id, onOther.id);
    const staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: own.id });

    const list = await as(staff).experts.list({});
    expect(list.items.map((e) => e.id)).toEqual([onOwn.id]);
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ email: null, unavailability: [] });

    const page = await as(staff).experts.byId({ id: onOwn.id });
    expect(page.unavailability).toEqual([]);
    // Their own parliament's phase only: the other mission is not theirs to see.
    expect(page.assignments.map((a) => a.phase.mission.id)).toEqual([ownMission.id]);
    expect(page.assignments[0]).toMatchObject({ role: "LEAD", phase: { kind: "ASSESSMENT" } });

    expect(await appErrorOf(as(staff).experts.byId({ id: onOther.id }))).toMatchObject({
      reason: "NOT_FOUND",
    });
    expect(
      await appErrorOf(as(staff).experts.list({ availableFrom: "2027-01-01", availableTo: "2027-01-02" })),
    ).toMatchObject({ reason: "FORBIDDEN" });

    const full = await as(coordinator).experts.byId({ id: onOwn.id });
    expect(full.unavailability).toHaveLength(1);
    expect(full.assignments).toHaveLength(2);
  });
});

describe("experts.importCsv", () => {
  it("imports a good file whole, with every list column, and audits each expert", async () => {
    const stamp = Date.now();
    const csv = [
      HEADER,
      `Ana Import ${stamp},ana.${stamp}@example.test,Assembleia da República,pt,GOV;leg,pt; en,2027-01-01..2027-01-15;2027-03-01..2027-03-02`,
      `"Bo, Import ${stamp}",,"Riksdag",SE,,sv,`,
    ].join("\n");

    const result = await as(coordinator).experts.importCsv({ csv });

    expect(result).toEqual({ ok: true, imported: 2 });
    const ana = await prisma().expert.findFirstOrThrow({
      where: { name: `Ana Import ${stamp}` },
      select: { id: true, email: true, countryCode: true, areas: true, languages: true, unavailability: true },
    });
    expect(ana).toMatchObject({
      email: `ana.${stamp}@example.test`,
      countryCode: "PT",
      areas: ["GOV", "LEG"],
      languages: ["pt", "en"],
    });
    expect(ana.unavailability.map((u) => [u.startDate, u.endDate])).toEqual([
      [day("2027-01-01"), day("2027-01-15")],
      [day("2027-03-01"), day("2027-03-02")],
    ]);
    expect(await prisma().expert.count({ where: { name: `Bo, Import ${stamp}` } })).toBe(1);
    expect(await prisma().auditEvent.count({ where: { action: "expert.import", entityId: ana.id } })).toBe(1);
  });

  it("reports every bad row by line and column with its message, and imports nothing", async () => {
    const stamp = Date.now();
    await prisma().expert.create({
      data: { name: "Taken", email: `taken.${stamp}@example.test`, institution: "X", countryCode: "ZA" },
    });
    const csv = [
      HEADER,
      `Good ${stamp},good.${stamp}@example.test,Senate,KE,GOV,en,`,
      `,bad-email,Senate,Kenya,XYZ,english,2027-02-10..2027-02-01`,
      `Twice ${stamp},good.${stamp}@example.test,Senate,KE,,,`,
      `Taken ${stamp},taken.${stamp}@example.test,Senate,KE,,,`,
      `Short ${stamp},x@example.test`,
      `Period ${stamp},,Senate,KE,,,2027-01-01`,
    ].join("\n");
    const before = { experts: await prisma().expert.count(), audit: await prisma().auditEvent.count() };

    const result = await as(coordinator).experts.importCsv({ csv });

    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, column: "name", message: { code: "required" } },
        { line: 3, column: "email", message: { code: "invalidEmail" } },
        { line: 3, column: "country", message: { code: "countryCode" } },
        { line: 3, column: "areas", message: { code: "invalidChoice" } },
        { line: 3, column: "languages", message: { code: "languageCode" } },
        { line: 3, column: "unavailable", message: { code: "endBeforeStart" } },
        { line: 4, column: "email", message: { code: "duplicateInFile", params: { line: 2 } } },
        { line: 5, column: "email", message: { code: "alreadyInUse" } },
        { line: 6, column: null, message: { code: "csvUnreadable" } },
        { line: 7, column: "unavailable", message: { code: "dateFormat" } },
      ],
    });
    expect({ experts: await prisma().expert.count(), audit: await prisma().auditEvent.count() }).toEqual(before);
  });

  it("refuses a file whose first line does not name the columns, or that cannot be read", async () => {
    expect(await as(coordinator).experts.importCsv({ csv: "name,mail\nA,b" })).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          column: null,
          message: {
            code: "csvColumns",
            params: { expected: "name, email, institution, country, areas, languages, unavailable" },
          },
        },
      ],
    });
    expect(await as(coordinator).experts.importCsv({ csv: `${HEADER}\n"Open quote,a,b,c,d,e,f` })).toMatchObject({
      ok: false,
      problems: [{ line: 2, column: null, message: { code: "csvUnreadable" } }],
    });
  });

  it("is the managers': an expert is refused", async () => {
    const error = await rejection(as(expertUser).experts.importCsv({ csv: HEADER }));
    expect(error.code).toBe("FORBIDDEN");
  });
});
