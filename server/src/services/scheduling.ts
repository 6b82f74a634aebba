// Who can be where, when: an expert cannot be on two phases whose dates overlap, nor
// inside one of their unavailable periods, unless a coordinator overrides with a reason
// (docs/design.md, "Scheduling"). Callers lock the phase and the experts concerned first
// (db/locks.ts), so that two concurrent changes cannot both pass these checks.
import type { Clash } from "@hemicycle/shared/errors";
import type { DbOrTx } from "../db/types.ts";

type Range = { startDate: Date; endDate: Date };

/**
 * Two periods overlap when they share a day, both ends included: a phase ending on the
 * day another starts overlaps it. `overlapping` is the same rule as a query.
 */
export function periodsOverlap(a: Range, b: Range): boolean {
  return a.startDate.getTime() <= b.endDate.getTime() && b.startDate.getTime() <= a.endDate.getTime();
}

/** Rows whose [startDate, endDate] shares a day with `range` (see `periodsOverlap`). */
export function overlapping(range: Range) {
  return { startDate: { lte: range.endDate }, endDate: { gte: range.startDate } };
}

/** The expert's other non-cancelled phases and unavailable periods that overlap `range`. */
export async function findClashes(
  tx: DbOrTx,
  expertId: string,
  range: Range,
  exceptPhaseId?: string,
): Promise<Clash[]> {
  // One after the other: inside a transaction both run on one connection anyway.
  const phases = await tx.phase.findMany({
    where: {
      id: exceptPhaseId ? { not: exceptPhaseId } : undefined,
      status: { not: "CANCELLED" },
      ...overlapping(range),
      team: { some: { expertId } },
    },
    select: { id: true, kind: true, startDate: true, endDate: true, mission: { select: { code: true } } },
    orderBy: { startDate: "asc" },
  });
  const unavailable = await tx.expertUnavailability.findMany({
    where: { expertId, ...overlapping(range) },
    select: { startDate: true, endDate: true, reason: true },
    orderBy: { startDate: "asc" },
  });
  return [
    ...phases.map((p): Clash => ({
      kind: "phase",
      phaseId: p.id,
      missionCode: p.mission.code,
      phaseKind: p.kind,
      startDate: p.startDate,
      endDate: p.endDate,
    })),
    ...unavailable.map((u): Clash => ({ kind: "unavailability", ...u })),
  ];
}

/** The expert's phases (not their time off) that overlap any of `periods`, each once. */
export async function bookingsDuring(tx: DbOrTx, expertId: string, periods: readonly Range[]): Promise<Clash[]> {
  const bookings = new Map<string, Clash>();
  for (const period of periods) {
    for (const clash of await findClashes(tx, expertId, period)) {
      if (clash.kind === "phase") bookings.set(clash.phaseId, clash);
    }
  }
  return [...bookings.values()];
}

export async function expertName(tx: DbOrTx, expertId: string): Promise<string> {
  const expert = await tx.expert.findUnique({ where: { id: expertId }, select: { name: true } });
  return expert?.name ?? expertId;
}
