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
  questionnaires: QuestionnaireTable;
  questionnaire_versions: QuestionnaireVersionTable;
  waves: WaveTable;
  wave_relationships: WaveRelationshipTable;
  invitations: InvitationTable;
  invitation_tokens: InvitationTokenTable;
  respondent_sessions: RespondentSessionTable;
  responses: ResponseTable;
  comments: CommentTable;
  outbox: OutboxTable;
  cell_aggregates: CellAggregateTable;
  wave_results: WaveResultsTable;
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

export interface QuestionnaireTable {
  id: string;
  name: string;
  created_at: string;
}

export interface QuestionnaireVersionTable {
  id: string;
  questionnaire_id: string;
  number: number;
  status: string;
  /** JSON of QuestionnaireContent. */
  content: string;
  created_at: string;
}

export interface WaveTable {
  id: string;
  name: string;
  questionnaire_version_id: string;
  /** JSON of WaveScope. */
  scope: string;
  status: string;
  opens_at: string | null;
  closes_at: string | null;
  created_at: string;
}

export interface WaveRelationshipTable {
  wave_id: string;
  provider_unit_id: string;
  customer_unit_id: string;
}

export interface InvitationTable {
  id: string;
  wave_id: string;
  person_id: string | null;
  unit_id: string;
  locale: string;
  is_submitted: number;
  reminder_count: number;
  /** Answers saved before submission (save-and-resume); deleted when submitted. */
  draft: string | null;
}

export interface InvitationTokenTable {
  token_hash: string;
  invitation_id: string;
  expires_at: string;
}

export interface RespondentSessionTable {
  id: string;
  invitation_id: string;
  expires_at: string;
}

export interface ResponseTable {
  id: string;
  wave_id: string;
  questionnaire_version_id: string;
  provider_unit_id: string;
  customer_unit_id: string;
  /** 'perception', 'no-contact', 'reverse' or 'self'. */
  kind: string;
  /** YYYY-MM-DD: never finer than the day. */
  submitted_on: string;
  /** JSON: item key → value. */
  answers: string;
}

export interface CommentTable {
  id: string;
  wave_id: string;
  provider_unit_id: string;
  customer_unit_id: string;
  topic: string;
  text: string;
}

export interface OutboxTable {
  id: string;
  kind: string;
  wave_id: string | null;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface CellAggregateTable {
  wave_id: string;
  subject_unit_id: string;
  respondent_unit_id: string;
  /** 'perception', 'reverse' or 'self'. */
  kind: string;
  /** A dimension, `importance:<dimension>`, `overall` or `nps`. */
  measure: string;
  n: number;
  sum: number;
  sum_squares: number;
  /** JSON: { min, counts }. */
  histogram: string;
}

export interface WaveResultsTable {
  wave_id: string;
  built_at: string;
  responses: number;
}
