/** The eight dimensions customers rate a provider on, in the item bank's order. */
export const DIMENSIONS = [
  'reliability',
  'reachability',
  'responsiveness',
  'courtesy',
  'helpfulness',
  'communication',
  'transparency',
  'competence',
] as const;

/** The four dimensions of the reverse block: how the provider sees the customer. */
export const REVERSE_DIMENSIONS = ['clear-requests', 'timely-input', 'realistic-expectations', 'respect'] as const;

export type Dimension = (typeof DIMENSIONS)[number] | (typeof REVERSE_DIMENSIONS)[number];
