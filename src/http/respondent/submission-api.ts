import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { resolveInvitationToken, resolveRespondentSession } from '../../app/respond/open-invitation.js';
import type { InvitationAccess } from '../../app/respond/ports.js';
import { submitResponses } from '../../app/respond/submit-responses.js';
import { COMMENT_TOPICS, MAX_COMMENT_LENGTH } from '../../domain/respond/answers.js';
import { DomainError } from '../../domain/errors.js';
import type { ApiScope } from '../routes/types.js';
import { RESPONDENT_COOKIE, type RespondentRoutesContext } from './shared.js';

const unitId = z.string().min(1).max(100);
/**
 * A rating's answers: item key → number or null, checked here for shape only; each value is
 * checked against its own question's scale by the domain (checkRatings names the answer and
 * the scale). Hand-written rather than `z.record(...)`: this runs on every submission, and
 * zod's record, which parses every key and value through schemas of their own, took about
 * 6 µs of the server's 80 µs per request under ingest load; this takes well under one.
 */
const MAX_ANSWERS = 200;
const answers = z
  .custom<Record<string, number | null>>()
  .superRefine((value, context) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      context.addIssue({ code: 'custom', message: 'must be an object of item keys and answers' });
      return;
    }
    let count = 0;
    let problems = 0;
    const problem = (path: string[], message: string) => {
      problems += 1;
      context.addIssue({ code: 'custom', path, message });
    };
    for (const key in value) {
      count += 1;
      // Enough to refuse the object: a large body neither walks on nor lists every key.
      if (count > MAX_ANSWERS || problems >= 10) break;
      if (!Object.hasOwn(value, key)) continue;
      const answer = (value as Record<string, unknown>)[key];
      const path = [key.length > 80 ? `${key.slice(0, 80)}…` : key];
      if (key.length === 0 || key.length > 80) problem(path, 'item keys have 1 to 80 characters');
      else if (answer !== null && typeof answer !== 'number') problem(path, 'must be a number, or null for "can\'t judge"');
    }
    if (count > MAX_ANSWERS) context.addIssue({ code: 'custom', message: `at most ${MAX_ANSWERS} answers` });
  })
  .meta({
    description: "item key → a point of the item's scale (null: can't judge)",
    type: 'object',
    additionalProperties: { type: ['number', 'null'] },
    maxProperties: MAX_ANSWERS,
  });
const comments = z.strictObject(
  Object.fromEntries(COMMENT_TOPICS.map((topic) => [topic, z.string().max(MAX_COMMENT_LENGTH).optional()])) as Record<
    (typeof COMMENT_TOPICS)[number],
    z.ZodOptional<z.ZodString>
  >,
);

/** One rating: a provider (or "no contact"), a customer of the respondent's unit (reverse), or the self-assessment. */
export const ratingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('perception'), providerUnitId: unitId, answers, comments: comments.optional() }),
  z.strictObject({ kind: z.literal('no-contact'), providerUnitId: unitId, answers: z.strictObject({}).optional() }),
  z.strictObject({ kind: z.literal('reverse'), customerUnitId: unitId, answers }),
  z.strictObject({ kind: z.literal('self'), answers }),
]);

const submissionSchema = z.strictObject({ ratings: z.array(ratingSchema).max(100) });

/**
 * POST /api/respond/submissions: the machine path to submit an invitation's ratings, and
 * the benchmark's. Authenticated by the invitation token (`Authorization: Bearer …`) or by
 * the respondent cookie plus the CSRF token. The answer comes after the durable commit; a
 * repeated submission stores nothing and answers the same, with `isDuplicate: true`.
 */
export function registerSubmissionApi(scope: ApiScope, shared: RespondentRoutesContext): void {
  const { respond } = shared;

  const authenticate = async (request: FastifyRequest): Promise<InvitationAccess> => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S{1,200})$/i.exec(header);
      const access = match?.[1] ? await resolveInvitationToken(respond, match[1]) : undefined;
      if (!access) throw new DomainError('unauthenticated', 'the invitation token is unknown or expired');
      return access;
    }
    const secret = request.cookies[RESPONDENT_COOKIE];
    const access = secret ? await resolveRespondentSession(respond, secret) : undefined;
    if (!access) throw new DomainError('unauthenticated', 'send the invitation token as "Authorization: Bearer <token>"');
    return access;
  };

  // A cookie is sent by the browser on its own, so a cookie-authenticated post needs the CSRF token too.
  const verifyCsrf = (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (request.headers.authorization === undefined && request.cookies[RESPONDENT_COOKIE]) scope.csrfProtection(request, reply, done);
    else done();
  };

  scope.post(
    '/api/respond/submissions',
    {
      onRequest: verifyCsrf,
      schema: {
        tags: ['respond'],
        summary: 'Submit the ratings of one invitation (anonymous; once)',
        body: submissionSchema,
        response: { 200: z.object({ submitted: z.literal(true), isDuplicate: z.boolean() }) },
      },
    },
    async (request) => {
      const access = await authenticate(request);
      const outcome = await submitResponses(respond, { access, ratings: request.body.ratings });
      return { submitted: true as const, isDuplicate: outcome.isDuplicate };
    },
  );
}
