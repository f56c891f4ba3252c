import { isAcceptingResponses } from '../../domain/wave/wave.js';
import { createToken, hashToken } from '../tokens.js';
import type { InvitationAccess } from './ports.js';
import type { RespondentRuntime } from './respondent-runtime.js';

/** How many days a respondent session lasts at most (to the start of a day); the token's expiry may cut it shorter. */
const SESSION_DAYS = 30;

export type TokenOutcome =
  { kind: 'invalid' } | { kind: 'submitted'; locale: string } | { kind: 'opened'; sessionSecret: string; expiresAt: Date };

/**
 * The first visit with an invitation link: swaps the token for a respondent session. An
 * unknown token, an expired one and one of a closed wave all come out as `invalid`, after
 * the same single lookup, so the answer tells nothing about which it was.
 */
export async function openInvitation(respond: RespondentRuntime, token: string): Promise<TokenOutcome> {
  const { context } = respond;
  const now = context.clock();
  const access = await context.stores.responding.findByTokenHash(hashToken(token));
  if (!access) return { kind: 'invalid' };
  if (access.isSubmitted) return { kind: 'submitted', locale: access.locale };
  if (!isUsable(access, now)) return { kind: 'invalid' };
  // Expired sessions are deleted by the wave scheduler (see schedule-waves.ts).
  const sessionSecret = createToken();
  // The start of a day (UTC), not the moment: a session outlives the submission, and its
  // expiry must not tell when the person opened the link finer than the day.
  const lastDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + SESSION_DAYS);
  const expiresAt = new Date(Math.min(Date.parse(access.expiresAt), lastDay));
  await context.stores.responding.insertSession({
    id: hashToken(sessionSecret),
    invitationId: access.invitationId,
    expiresAt: expiresAt.toISOString(),
  });
  return { kind: 'opened', sessionSecret, expiresAt };
}

/** The invitation behind a respondent session cookie, or undefined when it is unknown or expired. */
export async function resolveRespondentSession(respond: RespondentRuntime, sessionSecret: string): Promise<InvitationAccess | undefined> {
  const access = await respond.context.stores.responding.findBySessionId(hashToken(sessionSecret));
  return access && access.expiresAt > respond.context.clock().toISOString() ? access : undefined;
}

/** The invitation behind a token presented directly (API clients), or undefined when it is unknown or expired. */
export async function resolveInvitationToken(respond: RespondentRuntime, token: string): Promise<InvitationAccess | undefined> {
  const access = await respond.context.stores.responding.findByTokenHash(hashToken(token));
  return access && access.expiresAt > respond.context.clock().toISOString() ? access : undefined;
}

/** Whether the invitation can still take answers: its access has not expired and the wave is open. */
export function isUsable(access: InvitationAccess, now: Date): boolean {
  return access.expiresAt > now.toISOString() && isAcceptingResponses(access.wave, now);
}
