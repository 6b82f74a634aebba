// Two saves of the same terms of reference from the same version, at once: exactly one is
// stored as the next version, the other answers CONFLICT with it (the row is locked before
// its version is compared). It shows on PostgreSQL (the server-postgres project); PGlite
// runs one transaction at a time, so there it passes either way.
import type { SessionUser } from "@hemicycle/server/context";
import { beforeAll, describe, expect, it } from "vitest";
import { createExpert, createParliament, createUser } from "../factories/records.ts";
import { createTorSources, sectionsNamed, type TorSourcesFixture } from "../factories/terms-of-reference.ts";
import { callerFor } from "../helpers/context.ts";
import { useTestDatabase } from "../helpers/database.ts";

/** Many rounds of rival calls: slow on a busy two-core machine. */
const RACE_TIMEOUT_MS = 90_000;
const ROUNDS = 25;

const db = useTestDatabase();
const as = (user: SessionUser) => callerFor(db(), user);

let coordinator: SessionUser;
let lead: SessionUser;
let src: TorSourcesFixture;

beforeAll(async () => {
  const parliamentId = (await createParliament(db())).id;
  coordinator = await createUser(db(), { role: "COORDINATOR" });
  lead = await createUser(db(), { role: "EXPERT", expertId: (await createExpert(db())).id });
  src = await createTorSources(db(), { parliamentId, leadExpertId: lead.expertId!, authorId: lead.id });
});

const outcome = (r: PromiseSettledResult<unknown>) =>
  r.status === "fulfilled" ? "ok" : ((r.reason as { code?: string }).code ?? String(r.reason));

describe("terms of reference races", { timeout: RACE_TIMEOUT_MS }, () => {
  it("two saves from the same version: one becomes version 2, the other gets CONFLICT", async () => {
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const tor = await as(lead).termsOfReference.create({
        missionId: src.missionId,
        title: `Round ${round}`,
        language: "en",
        findingIds: [src.findings.bills.id],
      });
      const results = await Promise.allSettled([
        as(lead).termsOfReference.save({ id: tor.id, version: 1, title: "Lead's", ...sectionsNamed("Lead") }),
        as(coordinator).termsOfReference.save({
          id: tor.id,
          version: 1,
          title: "Coordinator's",
          ...sectionsNamed("Co"),
        }),
      ]);
      const outcomes = results.map(outcome).sort();
      const stored = await db().prisma.termsOfReferenceVersion.findMany({
        where: { termsOfReferenceId: tor.id },
        select: { number: true },
        orderBy: { number: "asc" },
      });
      const numbers = stored.map((v) => v.number).join(",");
      if (outcomes.join() !== "CONFLICT,ok" || numbers !== "1,2") {
        failures.push(`round ${round}: ${outcomes.join(" + ")}, versions ${numbers}`);
      }
    }
    expect(failures, `${failures.length} of ${ROUNDS} rounds without exactly one save`).toEqual([]);
  });
});
