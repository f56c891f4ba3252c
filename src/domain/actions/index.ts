/** Actions on weak points, retrospectives of a relationship after a wave, and whether an action helped. */
export * from './action.js';
export * from './retrospective.js';
export * from './effect.js';
