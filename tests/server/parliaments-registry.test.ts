// The parliaments and programmes registries through the real router: the lists' filters,
// sort and total, what parliament staff may see, versioned edits, and the CSV import that
// reports every bad row by line and column and imports nothing unless all are good.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { createMission, createParliament, createProgramme, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let staff: SessionUser;
let expert: SessionUser;
let ownParliamentId: string;
let fundingProgrammeId: string;
let otherProgrammeId: string;

beforeAll(async () => {
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  const data = [
    { name: "Reg Alpha Assembly", countryCode: "ZM", region: "SADC", structure: "UNICAMERAL" },
    { name: "Reg Bravo Parliament", countryCode: "KE", region: "EAST_AFRICA", structure: "BICAMERAL" },
    { name: "Reg Charlie Congress", countryCode: "BO", region: "LATIN_AMERICA_CARIBBEAN", structure: "BICAMERAL" },
    { name: "Reg Delta Assembly", countryCode: "AO", region: "SADC", structure: "UNICAMERAL" },
  ] as const;
  const created = [];
  for (const p of data) {
    created.push(await prisma().parliament.create({ data: { ...p, chamberNames: [] }, select: { id: true } }));
  }
  ownParliamentId = created[0]!.id;
  staff = await createUser(db(), { role: "PARLIAMENT_STAFF", parliamentId: ownParliamentId });
  expert = await createUser(db(), { role: "EXPERT" });
  const funding = await prisma().programme.create({
    data: {
      name: "Reg Funding Programme",
      funders: ["Reg Fund"],
      startDate: day("2025-03-01"),
      endDate: day("2026-06-30"),
    },
    select: { id: true },
  });
  const other = await prisma().programme.create({
    data: {
      name: "Reg Another Programme",
      funders: ["Reg Other"],
      startDate: day("2027-01-01"),
      endDate: day("2028-12-31"),
    },
    select: { id: true },
  });
  fundingProgrammeId = funding.id;
  otherProgrammeId = other.id;
  await createMission(db(), { parliamentId: ownParliamentId, programmeId: fundingProgrammeId });
  await createMission(db(), { parliamentId: created[1]!.id, programmeId: otherProgrammeId });
});

describe("parliaments.list", () => {
  it("filters by region and chambers and counts every match, not only the page", async () => {
    const sadc = await as(coordinator).parliaments.list({ search: "Reg", region: "SADC", limit: 1 });
    expect(sadc.items).toHaveLength(1);
    expect(sadc.total).toBe(2);
    expect(sadc.nextCursor).not.toBeNull();
    const bicameral = await as(coordinator).parliaments.list({ search: "Reg", structure: "BICAMERAL" });
    expect(bicameral.items.map((p) => p.name)).toEqual(["Reg Bravo Parliament", "Reg Charlie Congress"]);
    expect(bicameral.total).toBe(2);
  });

  it("sorts by name, country or region, either way, and pages through without overlap", async () => {
    const names = async (sort: "name" | "country" | "region", order: "asc" | "desc") =>
      (await as(coordinator).parliaments.list({ search: "Reg", sort, order })).items.map((p) => p.name);
    expect(await names("name", "desc")).toEqual([
      "Reg Delta Assembly",
      "Reg Charlie Congress",
      "Reg Bravo Parliament",
      "Reg Alpha Assembly",
    ]);
    expect(await names("country", "asc")).toEqual([
      "Reg Delta Assembly", // AO
      "Reg Charlie Congress", // BO
      "Reg Bravo Parliament", // KE
      "Reg Alpha Assembly", // ZM
    ]);
    const byRegion = await names("region", "asc");
    expect(byRegion.slice(0, 2)).toEqual(["Reg Alpha Assembly", "Reg Delta Assembly"]);

    const first = await as(coordinator).parliaments.list({ search: "Reg", sort: "country", limit: 3 });
    const second = await as(coordinator).parliaments.list({
      search: "Reg",
      sort: "country",
      limit: 3,
      cursor: first.nextCursor,
    });
    expect([...first.items, ...second.items].map((p) => p.name)).toEqual(await names("country", "asc"));
  });

  it("shows parliament staff their own parliament only, and hides the others as not found", async () => {
    const list = await as(staff).parliaments.list({});
    expect(list.items.map((p) => p.id)).toEqual([ownParliamentId]);
    expect(list.total).toBe(1);
    const other = await prisma().parliament.findFirstOrThrow({ where: { name: "Reg Bravo Parliament" } });
    expect((await rejection(as(staff).parliaments.byId({ id: other.id }))).code).toBe("NOT_FOUND");
  });
});

describe("programmes.list", () => {
  it("filters by funder and by a year it runs in, sorts by name or start and counts", async () => {
    const funded = await as(coordinator).programmes.list({ funder: "Reg Fund" });
    expect(funded.items.map((p) => p.id)).toEqual([fundingProgrammeId]);
    expect(funded.total).toBe(1);
    const in2026 = await as(coordinator).programmes.list({ search: "Reg", activeIn: 2026 });
    expect(in2026.items.map((p) => p.id)).toEqual([fundingProgrammeId]);
    const in2027 = await as(coordinator).programmes.list({ search: "Reg", activeIn: 2027 });
    expect(in2027.items.map((p) => p.id)).toEqual([otherProgrammeId]);
    const byName = await as(coordinator).programmes.list({ search: "Reg", sort: "name", order: "asc" });
    expect(byName.items.map((p) => p.name)).toEqual(["Reg Another Programme", "Reg Funding Programme"]);
    const byStart = await as(coordinator).programmes.list({ search: "Reg", sort: "start", order: "asc" });
    expect(byStart.items.map((p) => p.name)).toEqual(["Reg Funding Programme", "Reg Another Programme"]);
  });

  it("shows staff only the programmes funding their parliament's missions, and their funders only", async () => {
    const list = await as(staff).programmes.list({});
    expect(list.items.map((p) => p.id)).toEqual([fundingProgrammeId]);
    expect(list.total).toBe(1);
    expect(await as(staff).programmes.funders()).toEqual(["Reg Fund"]);
    expect((await rejection(as(staff).programmes.byId({ id: otherProgrammeId }))).code).toBe("NOT_FOUND");
    expect(await as(coordinator).programmes.funders()).toEqual(expect.arrayContaining(["Reg Fund", "Reg Other"]));
  });
});

describe("versioned edits", () => {
  it("answers a stale parliament edit with a conflict carrying the record as it is", async () => {
    const p = await createParliament(db());
    await as(coordinator).parliaments.update({ id: p.id, version: p.version, website: "https://one.example" });
    const stale = await rejection(as(coordinator).parliaments.update({ id: p.id, version: p.version, name: "Late" }));
    expect(stale.code).toBe("CONFLICT");
    const programme = await createProgramme(db());
    await as(coordinator).programmes.update({ id: programme.id, version: programme.version, description: "One" });
    const staleProgramme = await rejection(
      as(coordinator).programmes.update({ id: programme.id, version: programme.version, description: "Two" }),
    );
    expect(staleProgramme.code).toBe("CONFLICT");
  });
});

describe("parliaments.importCsv", () => {
  const header = "name,country,region,chambers,chamberNames,website";

  it("imports every row of a good file, in one go, with an audit event for each parliament", async () => {
    const csv = [
      header,
      "Imp One Assembly,LS,SADC,unicameral,National Assembly,https://one.example",
      '"Imp Two Parliament, Upper and Lower",MW,sadc,Bicameral,Senate;National Assembly,',
    ].join("\n");
    const preview = await as(coordinator).parliaments.importCsv({ csv, dryRun: true });
    expect(preview).toEqual({ ok: true, rows: 2, imported: 0, dryRun: true });
    expect(await prisma().parliament.count({ where: { name: { startsWith: "Imp " } } })).toBe(0);

    const result = await as(coordinator).parliaments.importCsv({ csv });
    expect(result).toEqual({ ok: true, rows: 2, imported: 2, dryRun: false });
    const two = await prisma().parliament.findFirstOrThrow({ where: { name: "Imp Two Parliament, Upper and Lower" } });
    expect(two).toMatchObject({
      countryCode: "MW",
      region: "SADC",
      structure: "BICAMERAL",
      chamberNames: ["Senate", "National Assembly"],
      website: null,
    });
    expect(await prisma().auditEvent.count({ where: { action: "parliament.import", entityId: two.id } })).toBe(1);
  });

  it("reports each bad row by line and column and imports nothing, not even the good rows", async () => {
    const csv = [
      header,
      "Bad Good Row,LS,SADC,unicameral,,",
      "Bad Country,Zambia,SADC,unicameral,,",
      ",ZM,NOWHERE,tricameral,,javascript:alert(1)",
      "Bad Good Row,LS,SADC,unicameral,,",
      "Imp One Assembly,LS,SADC,unicameral,,",
    ].join("\n");
    const before = await prisma().parliament.count();
    const audits = await prisma().auditEvent.count();
    const result = await as(coordinator).parliaments.importCsv({ csv });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rows).toBe(5);
    expect(result.problems.map((p) => [p.line, p.column, p.message.code])).toEqual([
      [3, "country", "countryCode"],
      [4, "name", "required"],
      [4, "region", "invalidChoice"],
      [4, "chambers", "invalidChoice"],
      [4, "website", "invalidWebAddress"],
      [5, "name", "alreadyInUse"], // the same name as line 2
      [6, "name", "alreadyInUse"], // already in the registry
    ]);
    expect(result.problems[5]!.message.params).toEqual({ line: 2 });
    expect(await prisma().parliament.count()).toBe(before);
    expect(await prisma().auditEvent.count()).toBe(audits);
  });

  it("reports a missing column on the header line and a broken quote on its line", async () => {
    const missing = await as(coordinator).parliaments.importCsv({ csv: "name,country,region\nX,LS,SADC" });
    expect(missing.ok ? [] : missing.problems.map((p) => [p.line, p.column, p.message.code])).toEqual([
      [1, "chambers", "required"],
    ]);
    const broken = await as(coordinator).parliaments.importCsv({
      csv: `${header}\nQuote One,LS,SADC,unicameral,,\n"Quote Two,LS,SADC,unicameral,,\n`,
    });
    expect(broken.ok).toBe(false);
    expect(await prisma().parliament.count({ where: { name: { startsWith: "Quote" } } })).toBe(0);
  });

  it("refuses a file longer than the limit before reading a row", async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `Many ${i},LS,SADC,unicameral,,`);
    const result = await as(coordinator).parliaments.importCsv({ csv: [header, ...rows].join("\n") });
    expect(result.ok ? null : result.problems[0]?.message).toEqual({ code: "tooMany", params: { maximum: 2000 } });
    const huge = await rejection(as(coordinator).parliaments.importCsv({ csv: "x".repeat(1_000_001) }));
    expect(huge.code).toBe("BAD_REQUEST");
  });

  it("is for managers only", async () => {
    const csv = `${header}\nDenied,LS,SADC,unicameral,,`;
    expect((await rejection(as(expert).parliaments.importCsv({ csv }))).code).toBe("FORBIDDEN");
    expect((await rejection(as(staff).parliaments.importCsv({ csv }))).code).toBe("FORBIDDEN");
  });
});
