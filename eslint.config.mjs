import { defineConfig } from 'eslint/config';
import grafanaI18n from '@grafana/i18n/eslint-plugin';
import baseConfig from './.config/eslint.config.mjs';

export default defineConfig([
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/data/',
      '**/coverage/',
      '**/test-output/',
      '**/artifacts/',
      '**/.eslintcache',
      'playwright/',
    ],
  },
  ...baseConfig,
  {
    // The scaffold lints src only; tests, benchmarks and scripts are code too.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The service and the backend log through their one logger; the CLI writes to stdout on purpose.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Every string a user reads in the Grafana plugin goes through t() or <Trans>, in English and Russian.
    files: ['src/module.tsx', 'src/{components,pages,datasource,panels}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { '@grafana/i18n': grafanaI18n },
    rules: {
      '@grafana/i18n/no-untranslated-strings': ['error', { calleesToIgnore: ['^css$'] }],
      '@grafana/i18n/no-translation-top-level': 'error',
    },
  },
]);
