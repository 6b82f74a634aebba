// Free-text search for lists: every word must match one of the searched fields, so
// "assessment zambia" finds the Zambia assessment; a user's % and _ match themselves.

type Term = { contains: string; mode: "insensitive" };

const MAX_WORDS = 8;

/** Escapes LIKE's wildcards (and its escape character) so they match literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * A Prisma `where` for a search: `fields(term, word)` lists the conditions of which one
 * must hold for each word. No search, or only spaces, gives `{}`.
 */
export function searchWhere<W>(
  search: string | undefined,
  fields: (term: Term, word: string) => W[],
): { AND?: { OR: W[] }[] } {
  const words = (search ?? "").trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  if (words.length === 0) return {};
  return { AND: words.map((word) => ({ OR: fields({ contains: escapeLike(word), mode: "insensitive" }, word) })) };
}
