import type { FastifyRequest } from 'fastify';

const TOKEN_PATH = /^\/r\/(?!assets\/|privacy(?:[/?#]|$)|page(?:[?#]|$)|submit(?:[?#]|$))[^?#]*/;
const RESPONDENT_PATH = /^\/(?:r(?:[/?#]|$)|api\/respond\/)/;

/** A URL as it may be logged: an invitation link `/r/<token>…` becomes `/r/[token]`. */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_PATH, '/r/[token]');
}

/**
 * The request as it appears in logs (pino `req` serializer). Invitation tokens are cut from
 * URLs; for respondent routes neither address nor port is logged, so that no log line ties a
 * person's network address to the survey. Headers and bodies are never logged.
 */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  const url = redactUrl(request.url);
  if (RESPONDENT_PATH.test(request.url)) return { method: request.method, url };
  return {
    method: request.method,
    url,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
