import type { Action, ActionComment, ActionStatus } from '../../domain/actions/action.js';
import type { Retrospective } from '../../domain/actions/retrospective.js';

export interface ActionQuery {
  /** Actions whose provider or customer unit is this one. */
  unitId?: string | undefined;
  status?: ActionStatus | undefined;
}

/** Storage for actions and their comments. Implemented by src/db/repositories/action-repository.ts. */
export interface ActionStore {
  insert(action: Action): Promise<void>;
  /** Stores changed fields and status if the status is still `expectedStatus`; false when a concurrent change came first. Comments are added on their own. */
  update(action: Action, expectedStatus: ActionStatus, updatedAt: string): Promise<boolean>;
  addComment(actionId: string, comment: ActionComment): Promise<void>;
  /** Deletes the action if it still has no history (open, never moved, no comments); false when it has one by now. */
  deleteIfWithoutHistory(id: string): Promise<boolean>;
  /**
   * An action with its comments, oldest first. Within a transaction `lock` holds the row
   * until it ends: `share` against a concurrent deletion (a comment), `update` against
   * concurrent comments and links (a deletion). PostgreSQL locks the row; SQLite runs one
   * transaction at a time anyway.
   */
  findById(id: string, lock?: 'share' | 'update'): Promise<Action | undefined>;
  /** Of the given ids, those of existing actions, locked for share within a transaction (see findById). */
  lockExisting(ids: readonly string[]): Promise<string[]>;
  /** Actions with their comments, by due date. */
  list(query: ActionQuery): Promise<Action[]>;
}

/** Storage for retrospectives. Implemented by src/db/repositories/retrospective-repository.ts. */
export interface RetrospectiveStore {
  insert(retrospective: Retrospective): Promise<void>;
  update(retrospective: Retrospective): Promise<void>;
  /** Deletes the retrospective with its notes and links (the linked actions and objectives stay). */
  delete(id: string): Promise<void>;
  /** Whether any retrospective links the action. */
  linksAction(actionId: string): Promise<boolean>;
  findById(id: string): Promise<Retrospective | undefined>;
  list(query: { relationshipIds?: readonly string[] | undefined; waveId?: string | undefined }): Promise<Retrospective[]>;
}
