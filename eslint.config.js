import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The dependency rule of ARCHITECTURE.md: imports point inwards, to the domain.
const outerLayers = ['**/app/**', '**/db/**', '**/http/**', '**/cli/**', '**/platform/**', '**/wiring.js', '**/config.js'];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', '*.js', '*.ts'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          ...outerLayers,
          'node:*',
          'fs',
          'path',
          'kysely',
          'pg',
          'better-sqlite3',
          'fastify',
          '@fastify/*',
          'commander',
          'pino',
          'nodemailer',
        ],
        'src/domain is pure: no I/O, no adapters, no outer layers.',
      ),
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          '**/db/**',
          '**/http/**',
          '**/cli/**',
          '**/platform/**',
          '**/wiring.js',
          'kysely',
          'pg',
          'better-sqlite3',
          'fastify',
          '@fastify/*',
          'commander',
        ],
        'src/app talks to storage and the outside only through the ports in src/app/ports.ts.',
      ),
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['**/http/**', '**/cli/**'], 'src/db is an adapter: it may use app ports and domain types only.'),
    },
  },
  {
    files: ['src/http/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['**/cli/**', '**/db/**'], 'src/http reaches storage through use cases in src/app.') },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./[a-z-]+\\.js$)',
              message: 'src/contract is compiled into the server and the front end alike: it imports nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        ['**/src/**'],
        'the front end talks to the server over HTTP only; the vocabulary both speak is @contract/vocabulary.',
      ),
    },
  },
);
