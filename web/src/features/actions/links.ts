/** The page of one action. */
export function actionHref(actionId: string): string {
  return `/actions/${encodeURIComponent(actionId)}`;
}

/** Where a weak point leads to: the create form prefilled with its provider, customer group, dimension and wave. */
export interface ActionCreateLinkInput {
  providerUnitId: string;
  customerGroupId: string | null;
  dimension: string | null;
  waveId: string | null;
}

/** `/actions/new?provider=…&customer=…&dimension=…&wave=…`, leaving out what is absent. */
export function actionCreateHref(input: ActionCreateLinkInput): string {
  const search = new URLSearchParams();
  const parts: [string, string | null][] = [
    ['provider', input.providerUnitId],
    ['customer', input.customerGroupId],
    ['dimension', input.dimension],
    ['wave', input.waveId],
  ];
  for (const [key, value] of parts) if (value !== null && value !== '') search.set(key, value);
  const text = search.toString();
  return text === '' ? '/actions/new' : `/actions/new?${text}`;
}
