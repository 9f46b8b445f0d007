// Bundles the service into one CommonJS file, build/kkt-monitor.cjs; native modules stay in node_modules.
import { readFileSync } from 'node:fs';

import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  entryPoints: ['src/service/cli/bin.ts'],
  outfile: 'build/kkt-monitor.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3'],
  define: { 'process.env.KKT_MONITOR_VERSION': JSON.stringify(version) },
  logLevel: 'warning',
});
