/** Inclusive ranges of calendar dates overlap. */
export function rangesOverlap(a: { startDate: Date; endDate: Date }, b: { startDate: Date; endDate: Date }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
