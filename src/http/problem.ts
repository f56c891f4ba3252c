import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type FieldProblem } from '../domain/errors.js';

/** The one table from error code to HTTP status. */
export const statusByCode: Record<ErrorCode, number> = {
  validation: 422,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  invalid_state: 409,
};

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Internal error',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
}

/** An RFC 9457 problem document. */
export function buildProblem(status: number, detail: string, errors?: FieldProblem[]): Problem {
  return {
    type: status === 500 ? 'about:blank' : `https://eyelevel.dev/problems/${status}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** Turns every thrown error into problem+json; only unexpected errors become a 500, and are logged. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof DomainError) {
    return sendProblem(reply, buildProblem(statusByCode[error.code], error.message, error.problems));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const errors = error.validation.map((issue) => ({
      field: [context, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      problem: issue.message ?? 'is invalid',
    }));
    const first = errors[0];
    return sendProblem(reply, buildProblem(422, first ? `${first.field}: ${first.problem}` : 'invalid input', errors));
  }
  const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (statusCode >= 400 && statusCode < 500) {
    return sendProblem(reply, buildProblem(statusCode, describeClientError(error as FastifyError)));
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendProblem(reply, buildProblem(500, 'an unexpected error occurred; it has been logged'));
}

function describeClientError(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'body: is not valid JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'body: is larger than allowed';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'content-type: is not supported; send application/json';
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return 'x-csrf-token: missing or invalid; fetch GET /api/session for a token';
    default:
      return error.message;
  }
}
