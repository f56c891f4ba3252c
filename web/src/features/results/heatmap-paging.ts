/** Where a page of heatmap rows starts and ends, 1-based for display. */
export interface HeatmapPageRange {
  /** The page actually shown: clamped to 1 … pageCount. */
  page: number;
  pageCount: number;
  /** The `offset` to ask the API for. */
  offset: number;
  /** First and last row on the page, counting from 1; 0 and 0 when there are none. */
  from: number;
  to: number;
}

/** The rows a page holds out of `total`, for the request and for "rows 201–400 of 10,000". */
export function pageRange(options: { page: number; pageSize: number; total: number }): HeatmapPageRange {
  const { pageSize, total } = options;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageCount, Math.max(1, Math.floor(options.page)));
  const offset = (page - 1) * pageSize;
  return { page, pageCount, offset, from: total === 0 ? 0 : offset + 1, to: Math.min(total, offset + pageSize) };
}

/** Several lists of providers as one, each id once (the first name wins), by name in the UI language. */
export function mergeProviderLists(
  lists: readonly (readonly { id: string; name: string }[])[],
  language: string,
): { id: string; name: string }[] {
  const providers = new Map<string, string>();
  for (const list of lists) for (const { id, name } of list) if (!providers.has(id)) providers.set(id, name);
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...providers].map(([id, name]) => ({ id, name })).sort((left, right) => collator.compare(left.name, right.name));
}
