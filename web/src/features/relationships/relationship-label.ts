/** A unit's own name: the last segment of its path ("Muster AG/IT/Service Desk" → "Service Desk"). */
export function unitName(path: string): string {
  return (path.split('/').at(-1) ?? path).trim();
}

/** "Provider → Customer" by the units' own names ("Service Desk → Innendienst"). */
export function relationshipLabel(relationship: { providerPath: string; customerPath: string }): string {
  return `${unitName(relationship.providerPath)} → ${unitName(relationship.customerPath)}`;
}
