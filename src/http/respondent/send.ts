import type { FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { SafeHtml } from './markup.js';

const MIN_COMPRESS_BYTES = 1024;

/**
 * Sends a respondent page: never cached (it shows one person's answers), compressed with
 * brotli or gzip when the browser accepts it, so a first visit stays well within budget
 * also without a compressing reverse proxy.
 */
export function sendPage(request: FastifyRequest, reply: FastifyReply, status: number, page: SafeHtml): FastifyReply {
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('vary', 'Accept-Encoding');
  return sendCompressed(request, reply, Buffer.from(page.value, 'utf8'));
}

/** Sends a body compressed as the request accepts, using ready-made variants when given. */
export function sendCompressed(
  request: FastifyRequest,
  reply: FastifyReply,
  body: Buffer,
  variants?: { gzip: Buffer; brotli: Buffer },
): FastifyReply {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (body.length < MIN_COMPRESS_BYTES) return reply.send(body);
  if (/\bbr\b/.test(accepted)) {
    const compressed = variants?.brotli ?? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    return reply.header('content-encoding', 'br').send(compressed);
  }
  if (/\bgzip\b/.test(accepted)) {
    return reply.header('content-encoding', 'gzip').send(variants?.gzip ?? gzipSync(body, { level: 6 }));
  }
  return reply.send(body);
}
