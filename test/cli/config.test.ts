import { describe, expect, it } from 'vitest';
import { parsePort } from '../../src/cli/runtime.js';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('parsePort (--port)', () => {
  it.each([
    { value: '0', port: 0 },
    { value: '3000', port: 3000 },
    { value: '65535', port: 65535 },
  ])('"$value" → $port', ({ value, port }) => {
    expect(parsePort(value)).toBe(port);
  });

  it.each(['abc', '', '70000', '65536', '-1', '3.5', '80a'])('"%s" is refused, naming --port and the value', (value) => {
    expect(() => parsePort(value)).toThrow(/^--port: ".*" is not a port number/);
    expect(() => parsePort(value)).toThrow(`"${value}"`);
  });
});

describe('loadConfig', () => {
  it('has working defaults: SQLite in ./data, port 3000, durable writes', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      database: { kind: 'sqlite', file: './data/eyelevel.db', synchronous: 'FULL' },
      host: '127.0.0.1',
      port: 3000,
      sessionHours: 12,
      isBehindProxy: false,
    });
  });

  it.each([
    { environment: { DATABASE_URL: 'postgres://u@h:5432/db' }, database: { kind: 'postgres', url: 'postgres://u@h:5432/db' } },
    { environment: { DATABASE_URL: 'postgresql://u@h/db' }, database: { kind: 'postgres', url: 'postgresql://u@h/db' } },
    { environment: { DATABASE_URL: 'sqlite:///var/lib/e.db' }, database: { kind: 'sqlite', file: '/var/lib/e.db' } },
    { environment: { EYELEVEL_DATA: '/srv/eyelevel/' }, database: { kind: 'sqlite', file: '/srv/eyelevel/eyelevel.db' } },
  ])('$environment → $database', ({ environment, database }) => {
    expect(loadConfig(environment).database).toMatchObject(database);
  });

  it('lets command-line options win over the environment', () => {
    const config = loadConfig({ PORT: '4000', EYELEVEL_DATA: '/env' }, { port: 5000, dataDirectory: '/option' });
    expect(config.port).toBe(5000);
    expect(config.database).toMatchObject({ file: '/option/eyelevel.db' });
  });

  it.each([
    { environment: { PORT: 'abc' }, variable: 'PORT' },
    { environment: { PORT: '70000' }, variable: 'PORT' },
    { environment: { DATABASE_URL: 'mysql://localhost/x' }, variable: 'DATABASE_URL' },
    { environment: { EYELEVEL_ADMIN_PASSWORD: 'short' }, variable: 'EYELEVEL_ADMIN_PASSWORD' },
    { environment: { EYELEVEL_ADMIN_EMAIL: 'not-an-email' }, variable: 'EYELEVEL_ADMIN_EMAIL' },
    { environment: { EYELEVEL_SESSION_HOURS: '0' }, variable: 'EYELEVEL_SESSION_HOURS' },
    { environment: { EYELEVEL_TRUST_PROXY: 'yes' }, variable: 'EYELEVEL_TRUST_PROXY' },
    { environment: { EYELEVEL_SQLITE_SYNCHRONOUS: 'OFF' }, variable: 'EYELEVEL_SQLITE_SYNCHRONOUS' },
    { environment: { LOG_LEVEL: 'loud' }, variable: 'LOG_LEVEL' },
    { environment: { EYELEVEL_ANONYMITY_K: '2' }, variable: 'EYELEVEL_ANONYMITY_K' },
    { environment: { EYELEVEL_ANONYMITY_K: 'five' }, variable: 'EYELEVEL_ANONYMITY_K' },
  ])('refuses $environment, naming $variable', ({ environment, variable }) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(new RegExp(`\\b${variable}: `));
  });

  it('takes the anonymity threshold k from the environment: 5 unless told, 3 at the least', () => {
    expect(loadConfig({}).anonymityThreshold).toBe(5);
    expect(loadConfig({ EYELEVEL_ANONYMITY_K: '3' }).anonymityThreshold).toBe(3);
    expect(() => loadConfig({ EYELEVEL_ANONYMITY_K: '2' })).toThrow(/EYELEVEL_ANONYMITY_K: must be at least 3/);
  });
});
