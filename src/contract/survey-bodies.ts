import type { WaveStatus } from './vocabulary.js';

/**
 * The bodies the survey admin API answers with (waves, response rates, the outbox), as the
 * front end reads them. The server's response schemas are checked at compile time to give
 * exactly these types (src/http/routes/waves.ts, outbox.ts), so the two cannot drift apart.
 * Types only: nothing here runs.
 */

/** Which relationships a wave asks about: null on a side means every unit. */
export interface WaveScope {
  providerUnitIds: string[] | null;
  customerUnitIds: string[] | null;
}

export interface Wave {
  id: string;
  name: string;
  status: WaveStatus;
  questionnaireVersionId: string;
  questionnaire: { id: string; name: string; versionNumber: number; versionStatus: 'draft' | 'frozen' };
  scope: WaveScope;
  opensAt: string | null;
  closesAt: string | null;
  createdAt: string;
  /** How many people were invited (0 before the wave opens). */
  invited: number;
}

/** One wave with what it covers, its mail counts and whether it accepts responses now. */
export interface WaveDetail extends Wave {
  /** For a draft as of now; fixed when the wave opened. */
  inScope: { relationships: number; customerUnits: number; people: number };
  outbox: Record<OutboxStatus, number>;
  isAcceptingResponses: boolean;
  isOpeningOverdue: boolean;
}

/** Invited and submitted per unit: counts only, for units of at least `threshold` invitees. */
export interface ResponseRates {
  waveId: string;
  status: WaveStatus;
  threshold: number;
  units: { unitId: string; unitPath: string; invited: number; submitted: number }[];
  /** The units below the threshold, merged, when together they reach it. */
  otherUnits: { unitCount: number; invited: number; submitted: number } | null;
  /** Units below the threshold that are left out, also from the total. */
  hiddenUnitCount: number;
  total: { invited: number; submitted: number };
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem {
  id: string;
  kind: string;
  waveId: string | null;
  /** Null for a reminder: it goes only to those who have not answered. */
  recipient: string | null;
  /** Null for a reminder: its language would tell the recipient's. */
  subject: string | null;
  /** The text of a pending invitation, only while no SMTP server is configured. */
  bodyText: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** One page of the outbox, newest first, with the counts by status. */
export interface OutboxPage {
  isSmtpConfigured: boolean;
  counts: Record<OutboxStatus, number>;
  total: number;
  page: number;
  pageSize: number;
  items: OutboxItem[];
}
