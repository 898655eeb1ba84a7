// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layer rules of docs/architecture.md, enforced: each layer lists the layers it may not import.
 * Relative imports are matched by the folder name they pass through.
 */
const forbidden = {
  domain: ['coach', 'content', 'app', 'store', 'server', 'cli', 'io', 'web'],
  coach: ['content', 'app', 'store', 'server', 'cli', 'io', 'web'].filter(
    (layer) => layer !== 'content',
  ),
  content: ['coach', 'app', 'store', 'server', 'cli', 'io', 'web'],
  app: ['server', 'cli', 'web'],
  store: ['app', 'server', 'cli', 'io', 'web', 'coach'],
  io: ['app', 'store', 'server', 'cli', 'web'],
  server: ['cli', 'web'],
  cli: ['web'],
  // The web app runs the pure coach in the browser for live feedback on every keystroke.
  web: ['app', 'store', 'server', 'cli', 'io'],
};

/** Packages a pure layer may not use: no I/O, no database, no HTTP, no clock or randomness sources. */
const impurePackages = [
  'node:*',
  'fs',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'kysely',
  'pg',
  'better-sqlite3',
  'hono',
  '@hono/*',
  'uuid',
  'commander',
];

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((other) => ({
            group: [`**/${other}/*`, `../${other}`, `../../${other}`],
            message: `The ${layer} layer may not import from ${other} (see docs/architecture.md).`,
          })),
          ...(['domain', 'coach', 'content'].includes(layer)
            ? [
                {
                  group: impurePackages,
                  message: `The ${layer} layer is pure: no I/O, database, HTTP or id/clock sources.`,
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'test/crash/*.mjs', 'bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  ...layerRules,
);
