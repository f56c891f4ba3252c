import { z } from 'zod';

/**
 * The only module that reads the environment. Everything else receives a `Config`.
 * Each variable is validated once at start; a bad value stops the process with a message
 * that names the variable.
 */
const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?|sqlite):\/\//, 'must start with postgres://, postgresql:// or sqlite://')
    .optional(),
  EYELEVEL_DATA: z.string().min(1).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  EYELEVEL_ADMIN_EMAIL: z.email().default('admin@eyelevel.local'),
  EYELEVEL_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  EYELEVEL_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  EYELEVEL_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  EYELEVEL_SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  EYELEVEL_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  EYELEVEL_MAIL_FROM: z.string().min(3).default('eyelevel <eyelevel@localhost>'),
  EYELEVEL_PUBLIC_URL: z.url().optional(),
  EYELEVEL_ANONYMITY_K: z.coerce.number().int().min(3, 'must be at least 3: smaller groups are never shown').max(1000).default(5),
  EYELEVEL_COMMENT_K: z.coerce.number().int().min(3, 'must be at least 3').max(1000).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type DatabaseTarget = { kind: 'sqlite'; file: string; synchronous: 'FULL' | 'NORMAL' } | { kind: 'postgres'; url: string };

export interface Config {
  database: DatabaseTarget;
  dataDirectory: string;
  host: string;
  port: number;
  adminEmail: string;
  adminPassword: string | undefined;
  sessionHours: number;
  isBehindProxy: boolean;
  rateLimitPerMinute: number;
  logLevel: string;
  /** The smallest group any released figure may describe (never below 3). */
  anonymityThreshold: number;
  /** The smallest group whose comments may be shown. */
  commentThreshold: number;
  /** SMTP server for invitations and reminders; without one, mails stay in the outbox page. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people use to reach this server, for links in mails. */
  publicUrl: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ConfigOverrides {
  dataDirectory?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
  /** Used when LOG_LEVEL is not set (the demo keeps its console quiet). */
  defaultLogLevel?: string | undefined;
}

/** Reads and validates the environment; command-line options override it. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  // `NAME=` in an env file means "not set", as it does for most tools.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const dataDirectory = overrides.dataDirectory ?? values.EYELEVEL_DATA ?? './data';
  return {
    database: databaseTarget(values.DATABASE_URL, dataDirectory, values.EYELEVEL_SQLITE_SYNCHRONOUS),
    dataDirectory,
    host: overrides.host ?? values.HOST,
    port: overrides.port ?? values.PORT,
    adminEmail: values.EYELEVEL_ADMIN_EMAIL,
    adminPassword: values.EYELEVEL_ADMIN_PASSWORD,
    sessionHours: values.EYELEVEL_SESSION_HOURS,
    isBehindProxy: values.EYELEVEL_TRUST_PROXY === 'true',
    rateLimitPerMinute: values.EYELEVEL_RATE_LIMIT,
    logLevel: values.LOG_LEVEL ?? overrides.defaultLogLevel ?? 'info',
    anonymityThreshold: values.EYELEVEL_ANONYMITY_K,
    commentThreshold: Math.max(values.EYELEVEL_COMMENT_K, values.EYELEVEL_ANONYMITY_K),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.EYELEVEL_MAIL_FROM,
    publicUrl: (values.EYELEVEL_PUBLIC_URL ?? `http://${overrides.host ?? values.HOST}:${overrides.port ?? values.PORT}`).replace(
      /\/$/,
      '',
    ),
  };
}

function databaseTarget(url: string | undefined, dataDirectory: string, synchronous: 'FULL' | 'NORMAL'): DatabaseTarget {
  if (url?.startsWith('postgres')) return { kind: 'postgres', url };
  if (url?.startsWith('sqlite://')) return { kind: 'sqlite', file: url.slice('sqlite://'.length), synchronous };
  return { kind: 'sqlite', file: `${dataDirectory.replace(/\/$/, '')}/eyelevel.db`, synchronous };
}
