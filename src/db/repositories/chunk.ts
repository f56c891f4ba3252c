/** Splits rows so that one INSERT stays below the bound-parameter limits of both databases. */
export function chunk<T>(rows: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}
