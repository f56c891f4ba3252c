import type { Generated } from 'kysely';

/** Table types for Kysely. Timestamps are ISO-8601 strings; flags are 0/1 integers, on both databases. */
export interface Database {
  units: UnitTable;
  people: PersonTable;
  services: ServiceTable;
  relationships: RelationshipTable;
  relationship_services: RelationshipServiceTable;
  accounts: AccountTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
}

export interface UnitTable {
  id: string;
  name: string;
  parent_id: string | null;
  code: string | null;
  created_at: string;
}

export interface PersonTable {
  id: string;
  email: string;
  name: string;
  unit_id: string;
  locale: string;
  is_lead: number;
  created_at: string;
  updated_at: string;
}

export interface ServiceTable {
  id: string;
  provider_unit_id: string;
  name: string;
  description: string;
  created_at: string;
}

export interface RelationshipTable {
  id: string;
  provider_unit_id: string;
  customer_unit_id: string;
  created_at: string;
}

export interface RelationshipServiceTable {
  relationship_id: string;
  service_id: string;
}

export interface AccountTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  unit_id: string | null;
  is_disabled: number;
  created_at: string;
}

export interface SessionTable {
  id: string;
  account_id: string;
  created_at: string;
  expires_at: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  account_id: string | null;
  action: string;
  subject: string;
  details: string;
}
