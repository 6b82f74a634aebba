// User accounts (admin only) and the reference data coordinators keep: parliaments,
// programmes and the expert directory, with their validation, optimistic concurrency,
// partial updates that leave unsent fields alone, and the directory's filters.
import type { SessionUser } from "@hemicycle/server/context";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";
import { beforeAll, describe, expect, it } from "vitest";
import { assignToPhase, createExpert, createMission, createParliament, createUser, day } from "../factories/records.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";
import { appErrorOf, formattedRejection, issuePaths, rejection } from "../helpers/trpc-errors.ts";

const db = useTestDatabase();
const prisma = () => db().prisma;
const as = (user: SessionUser) => callerFor(db(), user);

let admin: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  admin = await createUser(db(), { role: "ADMIN", email: "the.admin@example.test" });
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  resetSignInThrottle();
});

describe("users", () => {
  it("an admin creates a user whose password is hashed and who can then sign in", async () => {
    const parliament = await createParliament(db());
    const password = "a long and memorable passphrase";
    const created = await as(admin).users.create({
      name: "Mwila Banda",
      email: "Mwila.Banda@Parliament.example",
      password,
      role: "PARLIAMENT_STAFF",
      parliamentId: parliament.id,
    });
    expect(created).toMatchObject({
      name: "Mwila Banda",
      email: "mwila.banda@parliament.example",
      role: "PARLIAMENT_STAFF",
      parliamentId: parliament.id,
      expertId: null,
      active: true,
      version: 1,
      parliament: { id: parliament.id },
    });
    expect(JSON.stringify(created)).not.toMatch(/password|argon/i);

    const account = await prisma().account.findFirstOrThrow({
      where: { userId: created.id },
      select: { providerId: true, password: true },
    });
    expect(account.providerId).toBe("credential");
    expect(account.password).toMatch(/^\$argon2id\$/);
    expect(account.password).not.toContain(password);

    const signedIn = await callerFor(db(), null).auth.login({ email: "mwila.banda@parliament.example", password });
    expect(signedIn).toEqual({
      id: created.id,
      email: created.email,
      name: "Mwila Banda",
      role: "PARLIAMENT_STAFF",
      parliamentId: parliament.id,
      expertId: null,
      language: null,
    });

    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "user.create", entityId: created.id },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.after)).not.toMatch(/password|argon/i);
  });

  it("refuses parliament staff without a parliament", async () => {
    const before = await prisma().user.count();
    const error = await rejection(
      as(admin).users.create({
        name: "No Parliament",
        email: "no.parliament@example.test",
        password: "a long enough password",
        role: "PARLIAMENT_STAFF",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error)).toEqual(["parliamentId"]);
    expect(await prisma().user.count()).toBe(before);

    // Nor can an existing account become staff without one.
    const expert = await createUser(db(), { role: "EXPERT" });
    const shape = await formattedRejection(
      as(admin).users.update({ id: expert.id, version: 1, role: "PARLIAMENT_STAFF" }),
    );
    expect(shape.data).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { parliamentId: [{ code: "staffNeedParliament" }] },
    });
    expect(
      await prisma().user.findUniqueOrThrow({ where: { id: expert.id }, select: { role: true, version: true } }),
    ).toEqual({ role: "EXPERT", version: 1 });
  });

  it("refuses an e-mail address already in use, whatever its case", async () => {
    const before = await prisma().user.count();
    const error = await appErrorOf(
      as(admin).users.create({
        name: "Twin",
        email: "THE.ADMIN@example.test",
        password: "a long enough password",
        role: "COORDINATOR",
      }),
    );
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "DUPLICATE" });
    expect(error.fieldErrors).toEqual({ email: ["emailInUse"] });
    expect(await prisma().user.count()).toBe(before);
  });

  it("an admin cannot deactivate or demote themselves", async () => {
    await expect(as(admin).users.update({ id: admin.id, version: 1, active: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as(admin).users.update({ id: admin.id, version: 1, role: "COORDINATOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await prisma().user.findUniqueOrThrow({
        where: { id: admin.id },
        select: { active: true, role: true, version: true },
      }),
    ).toEqual({
      active: true,
      role: "ADMIN",
      version: 1,
    });
  });

  it("does not set an admin's own password from the users screen", async () => {
    const before = await prisma().user.findUniqueOrThrow({ where: { id: admin.id }, select: { version: true } });
    const error = await appErrorOf(
      as(admin).users.update({ id: admin.id, version: before.version, password: "a brand new passphrase" }),
    );
    expect(error).toMatchObject({
      trpcCode: "FORBIDDEN",
      reason: "FORBIDDEN",
      message: { code: "ownPasswordElsewhere" },
    });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: admin.id } })).version).toBe(before.version);
  });

  it("ties an account only to the records its role uses: an expert record to an expert, not to a coordinator", async () => {
    const expert = await createExpert(db());
    const coordinatorAccount = await as(admin).users.create({
      name: "Coordinator with a stray expert",
      email: `stray-${expert.id}@example.test`,
      password: "a long and memorable passphrase",
      role: "COORDINATOR",
      expertId: expert.id,
    });
    expect(coordinatorAccount.expertId).toBeNull();
    const expertAccount = await as(admin).users.create({
      name: "Expert with their record",
      email: `expert-${expert.id}@example.test`,
      password: "a long and memorable passphrase",
      role: "EXPERT",
      expertId: expert.id,
    });
    expect(expertAccount.expertId).toBe(expert.id);
    // Made a coordinator, the account lets go of the expert record.
    const promoted = await as(admin).users.update({ id: expertAccount.id, version: 1, role: "COORDINATOR" });
    expect(promoted.expertId).toBeNull();
  });

  it("updates with the current version and refuses a stale one", async () => {
    const user = await createUser(db(), { role: "COORDINATOR" });
    const renamed = await as(admin).users.update({ id: user.id, version: 1, name: "Renamed Coordinator" });
    expect(renamed).toMatchObject({ name: "Renamed Coordinator", version: 2, role: "COORDINATOR", active: true });
    const error = await appErrorOf(as(admin).users.update({ id: user.id, version: 1, name: "Lost update" }));
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(error.details?.current).toMatchObject({ id: user.id, name: "Renamed Coordinator", version: 2 });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Renamed Coordinator");
  });
});

describe("parliaments", () => {
  it("creates, updates with the version (keeping unsent fields), and refuses a stale version", async () => {
    const created = await as(coordinator).parliaments.create({
      name: "Parliament of Malawi (test)",
      countryCode: "mw",
      region: "SADC",
      structure: "UNICAMERAL",
      chamberNames: ["National Assembly"],
      website: "https://www.parliament.gov.mw",
    });
    expect(created).toMatchObject({ countryCode: "MW", chamberNames: ["National Assembly"], version: 1 });

    const updated = await as(coordinator).parliaments.update({
      id: created.id,
      version: 1,
      name: "National Assembly of Malawi (test)",
    });
    expect(updated).toMatchObject({
      name: "National Assembly of Malawi (test)",
      countryCode: "MW",
      chamberNames: ["National Assembly"],
      website: "https://www.parliament.gov.mw",
      version: 2,
    });

    const error = await appErrorOf(as(coordinator).parliaments.update({ id: created.id, version: 1, name: "Stale" }));
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(error.details?.current).toMatchObject({
      id: created.id,
      name: "National Assembly of Malawi (test)",
      version: 2,
    });
    expect(
      await prisma().parliament.findUniqueOrThrow({
        where: { id: created.id },
        select: { name: true, version: true, chamberNames: true },
      }),
    ).toEqual({
      name: "National Assembly of Malawi (test)",
      version: 2,
      chamberNames: ["National Assembly"],
    });
  });

  it("refuses a country that is not an ISO code, with a field error on countryCode", async () => {
    const before = await prisma().parliament.count();
    const shape = await formattedRejection(
      as(coordinator).parliaments.create({
        name: "Zambia by name",
        countryCode: "Zambia",
        region: "SADC",
        structure: "UNICAMERAL",
      }),
    );
    expect(shape.data).toMatchObject({
      code: "BAD_REQUEST",
      problem: { reason: "VALIDATION" },
      fieldErrors: { countryCode: [{ code: "countryCode" }] },
    });
    expect(await prisma().parliament.count()).toBe(before);

    const existing = await createParliament(db());
    const onUpdate = await rejection(
      as(coordinator).parliaments.update({ id: existing.id, version: 1, countryCode: "Zambia" }),
    );
    expect(onUpdate.code).toBe("BAD_REQUEST");
    expect(issuePaths(onUpdate)).toEqual(["countryCode"]);
  });

  it("refuses a second parliament of the same name with CONFLICT, not a server fault", async () => {
    const existing = await createParliament(db(), { name: "Pyidaungsu Hluttaw (test)" });
    const before = await prisma().parliament.count();
    const error = await appErrorOf(
      as(coordinator).parliaments.create({
        name: "Pyidaungsu Hluttaw (test)",
        countryCode: "MM",
        region: "ASIA_PACIFIC",
        structure: "BICAMERAL",
      }),
    );
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "DUPLICATE" });
    expect(await prisma().parliament.count()).toBe(before);
    expect(
      await prisma().parliament.findMany({ where: { name: "Pyidaungsu Hluttaw (test)" }, select: { id: true } }),
    ).toEqual([{ id: existing.id }]);
  });
});

describe("programmes", () => {
  it("creates, updates with the version (keeping unsent fields), and refuses a stale version", async () => {
    const created = await as(coordinator).programmes.create({
      name: "SADC ICT Modernisation (test)",
      funders: ["European Union", "UNDP"],
      startDate: "2026-01-01",
      endDate: "2028-12-31",
      description: "Regional programme.",
    });
    expect(created).toMatchObject({
      funders: ["European Union", "UNDP"],
      startDate: day("2026-01-01"),
      endDate: day("2028-12-31"),
      version: 1,
    });

    const updated = await as(coordinator).programmes.update({
      id: created.id,
      version: 1,
      name: "SADC ICT Modernisation Programme (test)",
    });
    expect(updated).toMatchObject({
      name: "SADC ICT Modernisation Programme (test)",
      funders: ["European Union", "UNDP"],
      description: "Regional programme.",
      version: 2,
    });

    await expect(
      as(coordinator).programmes.update({ id: created.id, version: 1, name: "Stale" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await prisma().programme.findUniqueOrThrow({ where: { id: created.id } })).name).toBe(
      "SADC ICT Modernisation Programme (test)",
    );
  });

  it("refuses an end before the start, on create and on update", async () => {
    const before = await prisma().programme.count();
    const onCreate = await rejection(
      as(coordinator).programmes.create({ name: "Backwards", startDate: "2027-06-01", endDate: "2027-01-01" }),
    );
    expect(onCreate.code).toBe("BAD_REQUEST");
    expect(issuePaths(onCreate)).toEqual(["endDate"]);
    expect(await prisma().programme.count()).toBe(before);

    const programme = await as(coordinator).programmes.create({
      name: "Forwards",
      startDate: "2027-01-01",
      endDate: "2027-12-31",
    });
    // Only the end date is sent: the check needs the stored start date.
    const shape = await formattedRejection(
      as(coordinator).programmes.update({ id: programme.id, version: 1, endDate: "2026-06-30" }),
    );
    expect(shape.data).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { endDate: [{ code: "endBeforeStart" }] },
    });
    expect((await prisma().programme.findUniqueOrThrow({ where: { id: programme.id } })).endDate).toEqual(
      day("2027-12-31"),
    );
  });
});

describe("experts", () => {
  it("creates, updates with the version (keeping areas, languages and unavailability), and refuses a stale version", async () => {
    const created = await as(coordinator).experts.create({
      name: "Grace Mwale (test)",
      institution: "Parliament of Kenya",
      countryCode: "ke",
      areas: ["LEG", "WEB"],
      languages: ["EN", "sw"],
      unavailability: [{ startDate: "2027-08-02", endDate: "2027-08-20", reason: "Annual leave" }],
    });
    expect(created).toMatchObject({
      countryCode: "KE",
      areas: ["LEG", "WEB"],
      languages: ["en", "sw"],
      unavailability: [{ startDate: day("2027-08-02"), endDate: day("2027-08-20"), reason: "Annual leave" }],
      version: 1,
    });

    const updated = await as(coordinator).experts.update({
      id: created.id,
      version: 1,
      institution: "National Assembly of Kenya",
    });
    expect(updated).toMatchObject({
      institution: "National Assembly of Kenya",
      areas: ["LEG", "WEB"],
      languages: ["en", "sw"],
      unavailability: [{ startDate: day("2027-08-02"), endDate: day("2027-08-20"), reason: "Annual leave" }],
      version: 2,
    });

    const replaced = await as(coordinator).experts.update({ id: created.id, version: 2, unavailability: [] });
    expect(replaced).toMatchObject({ unavailability: [], areas: ["LEG", "WEB"], version: 3 });

    const error = await appErrorOf(as(coordinator).experts.update({ id: created.id, version: 2, name: "Stale" }));
    expect(error).toMatchObject({ trpcCode: "CONFLICT", reason: "STALE_VERSION" });
    expect(error.details?.current).toMatchObject({ id: created.id, version: 3 });
    expect((await prisma().expert.findUniqueOrThrow({ where: { id: created.id } })).name).toBe("Grace Mwale (test)");
  });

  it("refuses an unavailable period that ends before it starts", async () => {
    const error = await rejection(
      as(coordinator).experts.create({
        name: "Backwards Leave",
        institution: "Somewhere",
        countryCode: "ZA",
        unavailability: [{ startDate: "2027-08-20", endDate: "2027-08-02" }],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuePaths(error)).toEqual(["unavailability.0.endDate"]);
  });

  describe("experts.list", () => {
    const names: Record<string, string> = {};

    beforeAll(async () => {
      const parliament = await createParliament(db());
      const make = async (key: string, options: Parameters<typeof createExpert>[1] = {}) => {
        const expert = await createExpert(db(), { name: `Directory ${key}`, ...options });
        names[key] = expert.name;
        return expert;
      };
      await make("free", { areas: ["LEG"], languages: ["en", "fr"] });
      const booked = await make("booked", { areas: ["LEG"], languages: ["en"] });
      await make("unavailable", {
        areas: ["LEG"],
        languages: ["en"],
        unavailable: [{ startDate: day("2032-03-01"), endDate: day("2032-03-09") }],
      });
      const onCancelled = await make("on-cancelled", { areas: ["LEG"], languages: ["en"] });
      const adjacent = await make("adjacent", { areas: ["LEG"], languages: ["en"] });
      await make("web", { areas: ["WEB", "CIT"], languages: ["es"] });

      const field = await createMission(db(), {
        parliamentId: parliament.id,
        phases: [{ startDate: "2032-03-08", endDate: "2032-03-12" }],
      });
      await assignToPhase(db(), field.phases[0]!.id, booked.id);
      const cancelled = await createMission(db(), {
        parliamentId: parliament.id,
        phases: [{ startDate: "2032-03-08", endDate: "2032-03-12", status: "CANCELLED" }],
      });
      await assignToPhase(db(), cancelled.phases[0]!.id, onCancelled.id);
      const next = await createMission(db(), {
        parliamentId: parliament.id,
        phases: [{ startDate: "2032-03-13", endDate: "2032-03-17" }],
      });
      await assignToPhase(db(), next.phases[0]!.id, adjacent.id);
    });

    const found = async (filters: Record<string, unknown>) => {
      const page = await as(coordinator).experts.list({ search: "Directory", limit: 100, ...filters });
      return page.items.map((e) => Object.entries(names).find(([, name]) => name === e.name)?.[0] ?? e.name).sort();
    };

    it("lists the whole directory without filters", async () => {
      expect(await found({})).toEqual(["adjacent", "booked", "free", "on-cancelled", "unavailable", "web"]);
    });

    it("filters by ICT area and by language", async () => {
      expect(await found({ area: "LEG" })).toEqual(["adjacent", "booked", "free", "on-cancelled", "unavailable"]);
      expect(await found({ area: "CIT" })).toEqual(["web"]);
      expect(await found({ language: "es" })).toEqual(["web"]);
      expect(await found({ language: "FR" })).toEqual(["free"]);
      expect(await found({ area: "SEC" })).toEqual([]);
    });

    it("keeps only experts free for the whole window: not on an overlapping phase, not unavailable", async () => {
      expect(await found({ availableFrom: "2032-03-08", availableTo: "2032-03-12" })).toEqual([
        "adjacent",
        "free",
        "on-cancelled",
        "web",
      ]);
      expect(await found({ area: "LEG", availableFrom: "2032-03-08", availableTo: "2032-03-12" })).toEqual([
        "adjacent",
        "free",
        "on-cancelled",
      ]);
      // One day is a window too.
      expect(await found({ availableFrom: "2032-03-13" })).toEqual([
        "booked",
        "free",
        "on-cancelled",
        "unavailable",
        "web",
      ]);
      expect(await found({ availableTo: "2032-03-02" })).toEqual(["adjacent", "booked", "free", "on-cancelled", "web"]);
    });

    it("refuses a window that ends before it starts", async () => {
      const error = await rejection(
        as(coordinator).experts.list({ availableFrom: "2032-03-12", availableTo: "2032-03-08" }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(issuePaths(error)).toEqual(["availableTo"]);
    });
  });
});

describe("an unavailable period over an existing booking", () => {
  it("is refused without a reason, naming the phase, and recorded with one", async () => {
    const parliament = await createParliament(db());
    const expert = await createExpert(db());
    const mission = await createMission(db(), {
      parliamentId: parliament.id,
      phases: [{ startDate: "2035-03-02", endDate: "2035-03-06" }],
    });
    await as(coordinator).missions.assignExpert({ phaseId: mission.phases[0]!.id, expertId: expert.id, role: "LEAD" });
    const period = { startDate: day("2035-03-05"), endDate: day("2035-03-20"), reason: "Parliamentary recess duty" };

    const refused = await appErrorOf(
      as(coordinator).experts.update({ id: expert.id, version: expert.version, unavailability: [period] }),
    );
    expect(refused).toMatchObject({ trpcCode: "CONFLICT", reason: "EXPERT_UNAVAILABLE" });
    expect(refused.message.params?.mission).toBe(mission.code);
    expect(await prisma().expertUnavailability.count({ where: { expertId: expert.id } })).toBe(0);

    const saved = await as(coordinator).experts.update({
      id: expert.id,
      version: expert.version,
      unavailability: [period],
      overrideReason: "Will join the phase remotely for its last two days",
    });
    expect(saved.unavailability).toHaveLength(1);
    const event = (await as(admin).audit.list({ entityType: "expert", entityId: expert.id })).items[0]!;
    expect(event.after).toMatchObject({ overrideReason: "Will join the phase remotely for its last two days" });
  });
});

describe("users.update: sessions and passwords", () => {
  const sessionCount = (userId: string) => prisma().session.count({ where: { userId } });
  const signIn = (email: string, password: string) => callerFor(db(), null).auth.login({ email, password });

  it("keeps the user's sessions when the values sent are the ones stored", async () => {
    const parliament = await createParliament(db());
    const staff = await createUser(db(), {
      role: "PARLIAMENT_STAFF",
      parliamentId: parliament.id,
      password: "the first password",
    });
    await signIn(staff.email, "the first password");
    expect(await sessionCount(staff.id)).toBe(1);
    await as(admin).users.update({
      id: staff.id,
      version: 1,
      name: "Renamed",
      role: "PARLIAMENT_STAFF",
      parliamentId: parliament.id,
    });
    expect(await sessionCount(staff.id)).toBe(1);
    // A real change of scope ends them.
    const other = await createParliament(db());
    await as(admin).users.update({ id: staff.id, version: 2, parliamentId: other.id });
    expect(await sessionCount(staff.id)).toBe(0);
  });

  it("lets an admin set a new password: the old one stops working, sessions end, the log says so without it", async () => {
    resetSignInThrottle();
    const user = await createUser(db(), { role: "EXPERT", password: "the old password" });
    await signIn(user.email, "the old password");
    await as(admin).users.update({ id: user.id, version: 1, password: "a brand new password" });
    expect(await sessionCount(user.id)).toBe(0);
    await expect(signIn(user.email, "the old password")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await signIn(user.email, "a brand new password")).id).toBe(user.id);
    const event = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.update" },
      select: { after: true },
    });
    expect(event.after).toMatchObject({ passwordReset: true });
    expect(JSON.stringify(event.after)).not.toContain("brand new");
  });

  it("gives an account created without a password its first one", async () => {
    resetSignInThrottle();
    const user = await createUser(db(), { role: "COORDINATOR" });
    await as(admin).users.update({ id: user.id, version: 1, password: "a first real password" });
    expect((await signIn(user.email, "a first real password")).id).toBe(user.id);
  });
});
