import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles the harness page (React, @grafana/ui and the plugin's components) into one browser script. */
export async function bundleHarness(outDir: string): Promise<string> {
  const outfile = join(outDir, 'harness.js');
  await build({
    entryPoints: [join(__dirname, 'main.tsx')],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty' },
  });
  return outfile;
}
