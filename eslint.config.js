import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';

// Layers: app → features → db, lib, ui, pwa, i18n. Never upward; features do not import each other.
const features = [
  'customers',
  'sales',
  'gifts',
  'products',
  'outbox',
  'stories',
  'reservations',
  'insights',
  'backup',
  'settings',
  'setup',
  'credit',
  'sync',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'import/core-modules': ['virtual:pwa-register/react'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'import/no-cycle': 'error',
      // What the seller types (names, notes) is only ever text, never HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: React escapes text, keep it that way.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never inject HTML.',
        },
      ],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // The lower layers, bottom up: lib (pure helpers and the domain's types) ← i18n ←
            // db, ui ← pwa. Each imports only from the layers below it.
            {
              target: ['./src/db', './src/lib', './src/ui', './src/pwa', './src/i18n'],
              from: ['./src/app', './src/features'],
              message: 'Lower layers never import app/ or features/.',
            },
            {
              target: './src/lib',
              from: ['./src/db', './src/ui', './src/pwa', './src/i18n'],
              message: 'lib/ holds pure helpers and the domain types: it imports nothing above it.',
            },
            {
              target: './src/i18n',
              from: ['./src/db', './src/ui', './src/pwa'],
              message: 'i18n/ builds on lib/ only.',
            },
            {
              target: './src/db',
              from: ['./src/ui', './src/pwa'],
              message: 'db/ builds on lib/ and i18n/ only.',
            },
            {
              target: './src/ui',
              from: ['./src/db', './src/pwa'],
              message: 'ui/ is presentational: it builds on lib/ and i18n/ only.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app layer.',
            },
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features do not import each other: combine them in app/.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Tests may set the scene with other features' commands (a sale needs a product and a customer).
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'import/no-restricted-paths': 'off' },
  },
  {
    files: [
      'src/features/**/components/**/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
      'src/ui/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              message: 'Components read through queries.ts and write through commands.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{js,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
