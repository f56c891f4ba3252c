/** The analytics of survey results: cell aggregates and the figures computed from them. */
export * from './aggregate.js';
export * from './statistics.js';
export * from './importance-performance.js';
export * from './satisfaction-index.js';
export * from './weak-points.js';
export * from './trend.js';
export * from './mirror.js';
