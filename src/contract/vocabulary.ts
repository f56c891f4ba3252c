/**
 * The closed sets of values the API speaks: what requests may send and answers may hold.
 * The server's domain and the front end both compile this one module (the front end as
 * `@contract/vocabulary`), so the two cannot drift apart. It imports nothing and does
 * nothing; what the values mean lives in src/domain.
 */

/** The eight quality dimensions customers rate a provider on, in the item bank's order. */
export const DIMENSIONS = [
  'reliability',
  'reachability',
  'responsiveness',
  'courtesy',
  'helpfulness',
  'communication',
  'transparency',
  'competence',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The four dimensions of the reverse block: how a provider sees its customer. */
export const REVERSE_DIMENSIONS = ['clear-requests', 'timely-input', 'realistic-expectations', 'respect'] as const;
export type ReverseDimension = (typeof REVERSE_DIMENSIONS)[number];

/** The parts a questionnaire may ask besides the perception items. */
export const QUESTIONNAIRE_BLOCKS = ['importance', 'overall', 'nps', 'comments', 'reverse', 'selfAssessment'] as const;
export type QuestionnaireBlock = (typeof QUESTIONNAIRE_BLOCKS)[number];

export const WAVE_STATUSES = ['draft', 'open', 'closed', 'archived'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

/** The two sides of a provider → customer relationship. */
export const RELATIONSHIP_SIDES = ['provider', 'customer'] as const;
export type RelationshipSide = (typeof RELATIONSHIP_SIDES)[number];

/** How a dimension moved from one wave to the next. */
export const TREND_LABELS = ['improved', 'worsened', 'no-clear-change', 'too-few-answers'] as const;
export type TrendLabel = (typeof TREND_LABELS)[number];

/** The quadrants of importance-performance analysis. */
export const QUADRANTS = ['concentrate-here', 'keep-up-the-good-work', 'low-priority', 'possible-overkill'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What "did it help?" found for an action. */
export const EFFECT_LABELS = ['helped', 'fell-behind', 'no-clear-difference', 'too-few-answers'] as const;
export type EffectLabel = (typeof EFFECT_LABELS)[number];

/** The three questions of a retrospective. */
export const RETROSPECTIVE_SECTIONS = ['whatWorks', 'whatToChange', 'whatWeAgree'] as const;
export type RetrospectiveSection = (typeof RETROSPECTIVE_SECTIONS)[number];

export const SLA_METRICS = ['first-response-time', 'resolution-time', 'on-time-delivery', 'availability', 'error-rate', 'custom'] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];

export const SLA_UNITS = ['minutes', 'hours', 'days', 'percent', 'count'] as const;
export type SlaUnit = (typeof SLA_UNITS)[number];

/** Whether an SLA's target is a ceiling (at-most: times, errors) or a floor (at-least: availability, on-time share). */
export const SLA_DIRECTIONS = ['at-most', 'at-least'] as const;
export type SlaDirection = (typeof SLA_DIRECTIONS)[number];

/** How an SLA period's measurements are summed up. */
export const SLA_AGGREGATIONS = ['mean', 'median', 'p90', 'share-within-target'] as const;
export type SlaAggregation = (typeof SLA_AGGREGATIONS)[number];

/** The life of one version of an SLA objective. */
export const SLA_OBJECTIVE_STATUSES = ['proposed', 'agreed', 'superseded', 'declined', 'withdrawn'] as const;
export type SlaObjectiveStatus = (typeof SLA_OBJECTIVE_STATUSES)[number];

/** How a period fared against its objective; `no-objective` when none was in force. */
export const COMPLIANCE_STATUSES = ['met', 'missed', 'missing', 'no-objective'] as const;
export type PeriodStatus = (typeof COMPLIANCE_STATUSES)[number];

/** An SLA's result beside how the customers rated the matching dimensions. */
export const SLA_PERCEPTION_FLAGS = ['both-green', 'green-sla-red-perception', 'red-sla-green-perception', 'both-red', 'no-data'] as const;
export type SlaPerceptionFlag = (typeof SLA_PERCEPTION_FLAGS)[number];

/** The periods an SLA is judged in. */
export const PERIOD_KINDS = ['week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
