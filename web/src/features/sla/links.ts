/** The SLA page of a relationship. */
export function relationshipSlaHref(relationshipId: string): string {
  return `/sla/relationships/${encodeURIComponent(relationshipId)}`;
}

/** The retrospectives of a relationship. */
export function retrospectivesHref(relationshipId: string): string {
  return `/retrospectives?relationshipId=${encodeURIComponent(relationshipId)}`;
}
