import { DIMENSIONS, REVERSE_DIMENSIONS, type Dimension as PerceptionDimension, type ReverseDimension } from '@contract/vocabulary';

export { DIMENSIONS, REVERSE_DIMENSIONS };

/** A dimension of the perception items or of the reverse block. */
export type Dimension = PerceptionDimension | ReverseDimension;
