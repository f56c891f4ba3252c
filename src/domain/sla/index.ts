/** SLAs: objectives agreed between the sides of a relationship, their periods, compliance, and compliance beside perception. */
export * from './periods.js';
export * from './objective.js';
export * from './compliance.js';
export * from './sla-perception.js';
