// SQLite binds at most 32,766 parameters in one statement. A list of ids can hold more (one long article can have
// tens of thousands of claims), so queries over such a list run once per slice of it.
const CHUNK = 500;

/** The items in slices of at most CHUNK, in order. */
export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The rows of `query` for every slice of `items`, slice after slice (each slice's rows in the query's own order). */
export function selectInChunks<T, R>(items: readonly T[], query: (part: T[]) => R[]): R[] {
  return chunks(items).flatMap(query);
}
