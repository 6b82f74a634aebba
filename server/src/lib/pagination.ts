// Cursor pagination shared by every list: fetch one row more than asked to know
// whether there is a next page; the cursor is the id of the first row of that page.
export type Page<T> = { items: T[]; nextCursor: string | null };

export async function paginate<T extends { id: string }>(
  input: { cursor?: string | null | undefined; limit: number },
  fetch: (args: { take: number; skip?: number; cursor?: { id: string } }) => Promise<T[]>,
): Promise<Page<T>> {
  const rows = await fetch({
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor } } : {}),
  });
  const hasMore = rows.length > input.limit;
  const items = hasMore ? rows.slice(0, input.limit) : rows;
  return { items, nextCursor: hasMore ? (rows[input.limit]?.id ?? null) : null };
}
