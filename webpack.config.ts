// Extends the scaffold's webpack configuration (.config/ stays as create-plugin writes it): the bundled
// dashboards live at the repository root and the nested plugins carry their own logos, and the
// scaffold's copy step takes neither into dist/.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import fs from 'fs';
import path from 'path';
import { type Configuration } from 'webpack';

import grafanaConfig, { type Env } from './.config/webpack/webpack.config.ts';

const SOURCE_DIR = path.resolve(process.cwd(), 'src');

interface Manifest {
  info?: { logos?: { small?: string; large?: string } };
}

/** plugin.json files below src (not src/plugin.json itself), relative to src. */
function nestedManifests(dir = ''): string[] {
  return fs.readdirSync(path.join(SOURCE_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' ? [] : nestedManifests(relative);
    }
    return entry.name === 'plugin.json' && dir !== '' ? [relative] : [];
  });
}

/** Logos of the nested plugins, as paths relative to src. */
function nestedLogos(): string[] {
  const logos = nestedManifests().flatMap((manifest) => {
    const json: Manifest = JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, manifest), 'utf8'));
    const { small, large } = json.info?.logos ?? {};
    const files = [small, large].filter((logo): logo is string => Boolean(logo));
    return files.map((logo) => path.join(path.dirname(manifest), logo));
  });
  // Array.from, not a spread: ts-node compiles this file to ES5, where spreading a Set yields nothing.
  return Array.from(new Set(logos));
}

const config = async (env: Env): Promise<Configuration> => {
  const base = await grafanaConfig(env);
  const copy = new CopyWebpackPlugin({
    patterns: [
      { from: path.resolve(process.cwd(), 'dashboards'), to: 'dashboards' },
      ...nestedLogos().map((logo) => ({ from: logo, to: logo })),
    ],
  });

  return { ...base, plugins: [...(base.plugins ?? []), copy] };
};

export default config;
