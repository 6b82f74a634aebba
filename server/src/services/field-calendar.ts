// The field calendar: who is where over a range of days, per expert or per mission, with
// each row's clashes (two phases that overlap, or a phase inside an unavailable period)
// and overrides (assignments a coordinator kept despite a clash). Scoped like the
// missions; three statements whatever the number of rows (docs/design.md, "Field calendar").
// The overlap rule is scheduling.ts's, the one assignments are checked against.
import type { Clash } from "@hemicycle/shared/errors";
import type { PhaseKind, PhaseStatus, TeamRole } from "@hemicycle/shared/enums";
import { seesTeamPrivateDetails, type Actor } from "@hemicycle/shared/policy";
import type { TCalendarRange } from "@hemicycle/shared/schemas/calendar";
import type { Prisma } from "../db/generated/client.ts";
import type { DbOrTx } from "../db/types.ts";
import { phaseScope, scoped } from "../access/scopes.ts";
import { overlapping, periodsOverlap } from "./scheduling.ts";

type Person = { id: string; name: string };
type MissionRef = { id: string; code: string; title: string };
type ParliamentRef = { id: string; name: string; countryCode: string };

/** One bar: an expert on a phase (or, per mission, a phase nobody is on yet). */
export type CalendarEntry = {
  key: string;
  phaseId: string;
  phaseKind: PhaseKind;
  phaseStatus: PhaseStatus;
  startDate: Date;
  endDate: Date;
  location: string | null;
  mission: MissionRef;
  parliament: ParliamentRef;
  expert: Person | null;
  role: TeamRole | null;
  /** Kept despite a clash: a coordinator gave a reason. */
  overridden: boolean;
  /** How many clashes this bar has (listed in the row's `conflicts`). */
  conflictCount: number;
};

/** An expert on `phase` who is also on another phase, or unavailable, on some of its days. */
export type CalendarConflict = {
  expert: Person;
  phase: { id: string; missionCode: string; phaseKind: PhaseKind; startDate: Date; endDate: Date };
  clash: Clash;
};

export type CalendarOverride = {
  expert: Person;
  phase: { id: string; missionCode: string; phaseKind: PhaseKind };
  /** Null for those who may not read a coordinator's reasons. */
  reason: string | null;
};

export type CalendarRow = {
  key: string;
  expert: Person | null;
  mission: (MissionRef & { parliament: ParliamentRef }) | null;
  entries: CalendarEntry[];
  conflicts: CalendarConflict[];
  overrides: CalendarOverride[];
};

const phaseSelect = {
  id: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  location: true,
  mission: {
    select: { id: true, code: true, title: true, parliament: { select: { id: true, name: true, countryCode: true } } },
  },
  team: {
    select: { id: true, role: true, overrideReason: true, expert: { select: { id: true, name: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  },
} satisfies Prisma.PhaseSelect;

type Range = { startDate: Date; endDate: Date };

function span(periods: readonly Range[]): Range | null {
  if (periods.length === 0) return null;
  let { startDate, endDate } = periods[0]!;
  for (const p of periods) {
    if (p.startDate < startDate) startDate = p.startDate;
    if (p.endDate > endDate) endDate = p.endDate;
  }
  return { startDate, endDate };
}

export async function calendarRange(db: DbOrTx, actor: Actor, input: TCalendarRange) {
  const range = { startDate: input.from, endDate: input.to };
  const phases = await db.phase.findMany({
    where: scoped<Prisma.PhaseWhereInput>(
      phaseScope(actor),
      { status: { not: "CANCELLED" } },
      overlapping(range),
      input.missionId && { missionId: input.missionId },
      input.programmeId && { mission: { programmeId: input.programmeId } },
      input.expertId && { team: { some: { expertId: input.expertId } } },
    ),
    select: phaseSelect,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });

  // Everything the bars' experts are booked on, or away for, around the bars: the
  // clashes of a bar may lie partly outside the range shown.
  const expertIds = [...new Set(phases.flatMap((p) => p.team.map((m) => m.expert.id)))];
  const around = span(phases);
  const [bookings, absences] =
    around && expertIds.length > 0
      ? [
          await db.assignment.findMany({
            where: {
              expertId: { in: expertIds },
              phase: scoped<Prisma.PhaseWhereInput>(
                phaseScope(actor),
                { status: { not: "CANCELLED" } },
                overlapping(around),
              ),
            },
            select: {
              expertId: true,
              phase: {
                select: { id: true, kind: true, startDate: true, endDate: true, mission: { select: { code: true } } },
              },
            },
          }),
          await db.expertUnavailability.findMany({
            where: { expertId: { in: expertIds }, ...overlapping(around) },
            select: { id: true, expertId: true, startDate: true, endDate: true, reason: true },
            orderBy: { startDate: "asc" },
          }),
        ]
      : [[], []];

  const privateDetails = seesTeamPrivateDetails(actor);

  /** Each clash of one expert on one phase, in date order. */
  function clashesOf(expertId: string, phase: Range & { id: string }): { key: string; clash: Clash }[] {
    const withPhases = bookings
      .filter((b) => b.expertId === expertId && b.phase.id !== phase.id && periodsOverlap(b.phase, phase))
      .map((b) => ({
        key: [phase.id, b.phase.id].sort().join("|"),
        clash: {
          kind: "phase" as const,
          phaseId: b.phase.id,
          missionCode: b.phase.mission.code,
          phaseKind: b.phase.kind,
          startDate: b.phase.startDate,
          endDate: b.phase.endDate,
        },
      }));
    const withAbsences = absences
      .filter((a) => a.expertId === expertId && periodsOverlap(a, phase))
      .map((a) => ({
        key: `${phase.id}|${a.id}`,
        clash: {
          kind: "unavailability" as const,
          startDate: a.startDate,
          endDate: a.endDate,
          reason: privateDetails ? a.reason : null,
        },
      }));
    return [...withPhases, ...withAbsences].sort((x, y) => x.clash.startDate.getTime() - y.clash.startDate.getTime());
  }

  const rows = new Map<string, CalendarRow>();
  const seen = new Map<string, Set<string>>();
  const rowFor = (key: string, make: () => CalendarRow) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = make()));
    return row;
  };

  for (const phase of phases) {
    const { mission, team, ...p } = phase;
    const { parliament, ...missionRef } = mission;
    const base = {
      phaseId: p.id,
      phaseKind: p.kind,
      phaseStatus: p.status,
      startDate: p.startDate,
      endDate: p.endDate,
      location: p.location,
      mission: missionRef,
      parliament,
    };
    const missionRow = () =>
      rowFor(`mission:${mission.id}`, () => ({
        key: `mission:${mission.id}`,
        expert: null,
        mission: { ...missionRef, parliament },
        entries: [],
        conflicts: [],
        overrides: [],
      }));
    const members = team.filter((m) => input.by === "mission" || !input.expertId || m.expert.id === input.expertId);
    if (members.length === 0 && input.by === "mission") {
      missionRow().entries.push({ ...base, key: p.id, expert: null, role: null, overridden: false, conflictCount: 0 });
    }
    for (const member of members) {
      const row =
        input.by === "mission"
          ? missionRow()
          : rowFor(`expert:${member.expert.id}`, () => ({
              key: `expert:${member.expert.id}`,
              expert: member.expert,
              mission: null,
              entries: [],
              conflicts: [],
              overrides: [],
            }));
      const clashes = clashesOf(member.expert.id, p);
      row.entries.push({
        ...base,
        key: member.id,
        expert: member.expert,
        role: member.role,
        overridden: member.overrideReason !== null,
        conflictCount: clashes.length,
      });
      const listed = seen.get(row.key) ?? new Set<string>();
      seen.set(row.key, listed);
      for (const { key, clash } of clashes) {
        // A clash between two bars of the same row is listed once.
        if (listed.has(`${member.expert.id}|${key}`)) continue;
        listed.add(`${member.expert.id}|${key}`);
        row.conflicts.push({
          expert: member.expert,
          phase: { id: p.id, missionCode: mission.code, phaseKind: p.kind, startDate: p.startDate, endDate: p.endDate },
          clash,
        });
      }
      if (member.overrideReason !== null) {
        row.overrides.push({
          expert: member.expert,
          phase: { id: p.id, missionCode: mission.code, phaseKind: p.kind },
          reason: privateDetails ? member.overrideReason : null,
        });
      }
    }
  }

  const ordered = [...rows.values()].sort((a, b) =>
    a.expert && b.expert ? a.expert.name.localeCompare(b.expert.name, "en") || a.key.localeCompare(b.key) : 0,
  );
  return { from: input.from, to: input.to, by: input.by, rows: ordered };
}

export type CalendarRangeResult = Awaited<ReturnType<typeof calendarRange>>;
