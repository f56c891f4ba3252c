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
  /** Submitted rows until the mover takes them to responses and comments (migration 008). */
  response_inbox: ResponseTable;
  comment_inbox: CommentTable;
  outbox: OutboxTable;
  cell_aggregates: CellAggregateTable;
  wave_results: WaveResultsTable;
  sla_objectives: SlaObjectiveTable;
  sla_objective_versions: SlaObjectiveVersionTable;
  sla_measurements: SlaMeasurementTable;
  actions: ActionTable;
  action_comments: ActionCommentTable;
  retrospectives: RetrospectiveTable;
  integration_tokens: IntegrationTokenTable;
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
  /** PostgreSQL: the day (UTC) the scheduler last rewrote the open wave's responses in random order. */
  storage_shuffled_on?: string | null;
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

export interface SlaObjectiveTable {
  id: string;
  relationship_id: string;
  created_at: string;
}

export interface SlaObjectiveVersionTable {
  id: string;
  objective_id: string;
  version: number;
  name: string;
  metric: string;
  custom_metric: string | null;
  unit: string;
  target: number;
  direction: string;
  aggregation: string;
  required_share: number | null;
  period: string;
  /** JSON array of dimension keys (custom metrics only); '[]' otherwise. */
  dimensions: string;
  /** 'proposed', 'agreed', 'superseded', 'declined' or 'withdrawn'. */
  status: string;
  /** YYYY-MM-DD. */
  valid_from: string;
  /** 'provider' or 'customer', with the account that acted for that side. */
  proposed_side: string;
  proposed_by: string;
  proposed_at: string;
  agreed_side: string | null;
  agreed_by: string | null;
  agreed_at: string | null;
  closed_side: string | null;
  closed_by: string | null;
  closed_at: string | null;
  superseded_at: string | null;
}

export interface SlaMeasurementTable {
  id: string;
  objective_id: string;
  /** ISO time in UTC; unique per objective. */
  at: string;
  value: number;
  /** 'csv', 'api' or 'form'. */
  source: string;
  recorded_by: string;
  recorded_at: string;
}

export interface ActionTable {
  id: string;
  provider_unit_id: string;
  customer_unit_id: string | null;
  dimension: string | null;
  source_wave_id: string | null;
  title: string;
  description: string;
  owner_account_id: string;
  /** YYYY-MM-DD. */
  due_date: string;
  /** 'open', 'in-progress', 'done' or 'dropped'. */
  status: string;
  created_by: string;
  created_at: string;
  status_changed_at: string;
  closed_at: string | null;
  updated_at: string;
}

export interface ActionCommentTable {
  id: Generated<number>;
  action_id: string;
  author_account_id: string;
  at: string;
  text: string;
}

export interface RetrospectiveTable {
  id: string;
  relationship_id: string;
  wave_id: string;
  /** 'draft' or 'completed'. */
  status: string;
  /** JSON of RetrospectivePart, or null while the side has not written. */
  provider_part: string | null;
  customer_part: string | null;
  /** JSON arrays of ids. */
  action_ids: string;
  sla_objective_ids: string;
  created_at: string;
  completed_at: string | null;
}

export interface IntegrationTokenTable {
  id: string;
  name: string;
  /** SHA-256 of the secret (base64url); the secret itself is shown once and never stored. */
  token_hash: string;
  /** JSON array of the SLA objective ids the token may write measurements for. */
  objective_ids: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}
