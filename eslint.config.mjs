import { defineConfig } from 'eslint/config';
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
]);
