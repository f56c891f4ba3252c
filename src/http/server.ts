import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/ports.js';
import type { Config } from '../config.js';
import { createAuthenticate } from './authenticate.js';
import { buildProblem, handleError, sendProblem } from './problem.js';
import { registerJsonParser, rejectNulCharacters } from './reject-nul.js';
import { registerRespondentRoutes } from './respondent/routes.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerActionRoutes } from './routes/actions.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerImportRoutes } from './routes/imports.js';
import { registerIntegrationRoutes } from './routes/integrations.js';
import { registerOrganisationRoutes } from './routes/organisation.js';
import { registerOutboxRoutes } from './routes/outbox.js';
import { registerQuestionnaireRoutes } from './routes/questionnaires.js';
import { registerResultExportRoutes } from './routes/result-exports.js';
import { registerResultRoutes } from './routes/results.js';
import { registerSessionRoutes } from './routes/session.js';
import { registerSlaRoutes } from './routes/sla.js';
import { registerWaveRoutes } from './routes/waves.js';
import type { ApiScope, RouteDependencies } from './routes/types.js';
import { findWebDirectory } from './web-assets.js';

export interface ServerOptions {
  context: AppContext;
  config: Config;
  /** A pino logger; without one the server logs nothing (tests). */
  logger?: FastifyBaseLogger | undefined;
  webDirectory?: string | undefined;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the Fastify server: security plugins, the /api routes and the built front end. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { context, config } = options;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: config.isBehindProxy,
    bodyLimit: 1024 * 1024,
    // Requests Node cannot even parse (bad request line, bad header bytes) still get problem+json.
    clientErrorHandler: (error, socket) => {
      const body = JSON.stringify(buildProblem(400, `request: ${error.message}`));
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('actor', null);
  registerJsonParser(app);
  app.addHook('preValidation', rejectNulCharacters);

  // Security headers, computed once by helmet (none depends on the request) and set on every
  // reply: @fastify/helmet builds the middleware anew on every request, and even built once,
  // running its chain of middlewares cost about 5 % of the server's time under ingest load.
  const securityHeaders = headersSetBy(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return Array.isArray(header) ? header[0] : header;
    },
  });
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`more than ${context.max} requests in ${context.after}; try again later`), { statusCode: 429 }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'eyelevel API',
        version: '0.1.0',
        description: 'Internal customer relationships: organisation, service map, accounts.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'eyelevel_session' } } },
    },
    transform: jsonSchemaTransform,
  });

  const dependencies: RouteDependencies = { context, config, authenticate: createAuthenticate(context) };
  await app.register(
    async (api: ApiScope) => {
      registerHealthRoutes(api);
      registerSessionRoutes(api, dependencies);
      registerIntegrationRoutes(api, dependencies);
      await api.register(async (secured: ApiScope) => {
        // Who first, then CSRF, both before the body is parsed: a caller without a session
        // learns only that it must sign in.
        secured.addHook('onRequest', dependencies.authenticate);
        secured.addHook('onRequest', (request, reply, done) => {
          if (STATE_CHANGING.has(request.method)) secured.csrfProtection(request, reply, done);
          else done();
        });
        secured.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
        registerOrganisationRoutes(secured, dependencies);
        registerAccountRoutes(secured, dependencies);
        registerImportRoutes(secured, dependencies);
        registerQuestionnaireRoutes(secured, dependencies);
        registerWaveRoutes(secured, dependencies);
        registerOutboxRoutes(secured, dependencies);
        registerResultRoutes(secured, dependencies);
        registerResultExportRoutes(secured, dependencies);
        registerSlaRoutes(secured, dependencies);
        registerActionRoutes(secured, dependencies);
      });
    },
    { prefix: '/api' },
  );
  await registerRespondentRoutes(app, dependencies);

  const webDirectory = options.webDirectory ?? findWebDirectory();
  if (webDirectory) await app.register(fastifyStatic, { root: webDirectory, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Client-side routes get the app; a missing file (an asset from an older build) stays a 404.
    const isAppRoute = !path.startsWith('/api') && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
    if ((request.method === 'GET' || request.method === 'HEAD') && isAppRoute && webDirectory) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, buildProblem(404, `${request.method} ${path}: no such resource`));
  });
  return app;
}

/**
 * The headers a Connect-style middleware sets on a response, read off a recording response
 * (helmet's middlewares set and remove headers, synchronously, and read nothing of the request).
 */
function headersSetBy(
  middleware: (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let outcome: { error?: unknown } | undefined;
  middleware({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error) => (outcome = { error }));
  if (!outcome) throw new Error('the security headers middleware did not finish at once');
  if (outcome.error) throw outcome.error;
  return headers;
}
