// Cursor pagination shared by every list: fetch one row more than asked to know
// whether there is a next page; the cursor is the id of the first row of that page.
export type Page<T> = { items: T[]; nextCursor: string | null };

export async function paginate<T extends { id: string }>(
  input: { cursor?: string | null | undefined; limit: number },
  fetch: (args: { take: number; cursor?: { id: string } }) => Promise<T[]>,
): Promise<Page<T>> {
  const rows = await fetch({
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor } } : {}),
  });
  // Prisma positions a cursor on its row whether or not that row matches the list's
  // scope. A page starts with its cursor row only when the caller may see it; any other
  // cursor (a hidden record, a made-up id) gets the same empty page, so a cursor cannot
  // reveal that a hidden record exists.
  if (input.cursor && rows[0]?.id !== input.cursor) return { items: [], nextCursor: null };
  const hasMore = rows.length > input.limit;
  const items = hasMore ? rows.slice(0, input.limit) : rows;
  return { items, nextCursor: hasMore ? (rows[input.limit]?.id ?? null) : null };
}
