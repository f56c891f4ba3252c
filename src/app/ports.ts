import type { ActionStore, RetrospectiveStore } from './actions/ports.js';
import type { RespondentStore } from './respond/ports.js';
import type { ResultsStore } from './results/ports.js';
import type { IntegrationTokenStore, SlaStore } from './sla/ports.js';
import type { WaveStores } from './waves/ports.js';
import type { Actor, Role } from '../domain/access/policy.js';
import type { Person } from '../domain/org/person.js';
import type { Relationship, Service } from '../domain/org/relationship.js';
import type { Unit } from '../domain/org/unit.js';

/**
 * What the use cases need from storage. src/db implements these with Kysely; use cases
 * never see SQL. Every method returns plain objects.
 */
export interface UnitStore {
  listAll(): Promise<Unit[]>;
  findById(id: string): Promise<Unit | undefined>;
  insertMany(units: readonly Unit[]): Promise<void>;
  update(unit: Unit): Promise<void>;
  delete(id: string): Promise<void>;
  countPeopleByUnit(): Promise<Map<string, number>>;
  /** What still refers to the unit: child units, people, services, relationships, lead accounts. */
  countDependents(
    id: string,
  ): Promise<{ children: number; people: number; services: number; relationships: number; 'lead accounts': number }>;
}

export interface PersonPageQuery {
  search?: string | undefined;
  unitId?: string | undefined;
  page: number;
  pageSize: number;
}

export interface PersonStore {
  page(query: PersonPageQuery): Promise<{ items: Person[]; total: number }>;
  listAll(): Promise<Person[]>;
  findById(id: string): Promise<Person | undefined>;
  findByEmail(email: string): Promise<Person | undefined>;
  count(): Promise<number>;
  insertMany(people: readonly Person[], now: string): Promise<void>;
  updateMany(people: readonly Person[], now: string): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface ServiceStore {
  listAll(): Promise<Service[]>;
  findById(id: string): Promise<Service | undefined>;
  insertMany(services: readonly Service[]): Promise<void>;
  update(service: Service): Promise<void>;
  delete(id: string): Promise<void>;
  countRelationshipsByService(): Promise<Map<string, number>>;
}

export interface RelationshipStore {
  listAll(): Promise<Relationship[]>;
  findById(id: string): Promise<Relationship | undefined>;
  insertMany(relationships: readonly Relationship[]): Promise<void>;
  /** Adds service links; links that exist already are left alone. */
  addServices(links: readonly { relationshipId: string; serviceId: string }[]): Promise<void>;
  setServices(relationshipId: string, serviceIds: readonly string[]): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
  isDisabled: boolean;
}

export interface AccountStore {
  listAll(): Promise<Account[]>;
  findById(id: string): Promise<Account | undefined>;
  findCredentials(email: string): Promise<{ account: Account; passwordHash: string } | undefined>;
  count(): Promise<number>;
  insert(account: Account, passwordHash: string): Promise<void>;
  update(account: Account): Promise<void>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
}

export interface SessionStore {
  insert(session: { id: string; accountId: string; createdAt: string; expiresAt: string }): Promise<void>;
  /** The account of an unexpired session of an enabled account. */
  findActor(id: string, now: string): Promise<Actor | undefined>;
  delete(id: string): Promise<void>;
  deleteForAccount(accountId: string): Promise<void>;
  deleteExpired(now: string): Promise<number>;
}

export interface AuditEvent {
  at: string;
  accountId: string | null;
  action: string;
  subject: string;
  details?: Record<string, unknown>;
}

export interface AuditStore {
  record(event: AuditEvent): Promise<void>;
  list(limit: number): Promise<(AuditEvent & { id: number; details: Record<string, unknown> })[]>;
}

/** A mail waiting in the outbox, in the recipient's language, ready to send. */
export interface OutgoingMail {
  id: string;
  kind: string;
  waveId: string | null;
  recipient: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
}

export interface OutboxEntry extends OutgoingMail {
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/**
 * The mail outbox in the database: a restart loses nothing, and a mail is claimed by one
 * worker at a time, also with several app instances on one PostgreSQL.
 */
export interface OutboxStore {
  enqueue(mails: readonly OutgoingMail[], now: string): Promise<void>;
  /** Atomically leases up to `limit` due mails to `worker` until `leaseUntil`. */
  claimDue(options: { now: string; worker: string; leaseUntil: string; limit: number }): Promise<(OutgoingMail & { attempts: number })[]>;
  /**
   * Marks a mail sent and wipes its bodies, which may hold an invitation link, and a
   * reminder's recipient and subject: who got a reminder is who had not answered by then.
   */
  markSent(id: string, now: string): Promise<void>;
  /** Records a failed attempt; `nextAttemptAt` null means give up (status failed). */
  markFailed(id: string, options: { error: string; nextAttemptAt: string | null }): Promise<void>;
  countByStatus(waveId?: string): Promise<Record<'pending' | 'sent' | 'failed', number>>;
  list(options: { status?: OutboxEntry['status'] | undefined; limit: number; offset: number }): Promise<OutboxEntry[]>;
  /**
   * For a wave that closed (its links lead nowhere): drops its mails still waiting, wipes the
   * texts of its failed ones and the recipients and subjects of its failed reminders; returns how many it dropped.
   */
  clearClosedWave(waveId: string): Promise<number>;
  /** A failed mail goes back to pending, due now; false when there is none with this id, or its text was wiped (its wave closed). */
  retry(id: string, now: string): Promise<boolean>;
}

/** Sends one mail over SMTP (or wherever the adapter sends it); throws on failure. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

export interface Stores {
  units: UnitStore;
  people: PersonStore;
  services: ServiceStore;
  relationships: RelationshipStore;
  accounts: AccountStore;
  sessions: SessionStore;
  audit: AuditStore;
  outbox: OutboxStore;
  waves: WaveStores;
  responding: RespondentStore;
  results: ResultsStore;
  sla: SlaStore;
  actions: ActionStore;
  retrospectives: RetrospectiveStore;
  integrations: IntegrationTokenStore;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Everything a use case may touch, passed in by the adapter that calls it. */
export interface AppContext {
  stores: Stores;
  /** Runs `work` in one database transaction: all of it is stored, or none. */
  transaction<T>(work: (stores: Stores) => Promise<T>): Promise<T>;
  passwords: PasswordHasher;
  clock: () => Date;
  newId: () => string;
}
