import type { SlaVersion } from './api';

/**
 * An SLA version for component tests: an agreed "First response" objective (mean hours, at
 * most 4, monthly) of relationship r1, proposed by the provider and agreed by the customer;
 * `changes` replace what a test needs otherwise.
 */
export function slaVersion(changes: Partial<SlaVersion> = {}): SlaVersion {
  return {
    id: 'v1',
    objectiveId: 'o1',
    version: 1,
    relationshipId: 'r1',
    name: 'First response',
    metric: 'first-response-time',
    customMetric: null,
    unit: 'hours',
    target: 4,
    direction: 'at-most',
    aggregation: 'mean',
    requiredShare: null,
    period: 'month',
    status: 'agreed',
    validFrom: '2026-01-01',
    proposedBy: { side: 'provider', accountId: 'a1', at: '2026-01-01T00:00:00.000Z' },
    agreedBy: { side: 'customer', accountId: 'a2', at: '2026-01-01T00:00:00.000Z' },
    closedBy: null,
    supersededAt: null,
    ...changes,
  };
}
