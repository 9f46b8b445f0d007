// Extends the scaffold's webpack configuration (.config/ stays as create-plugin writes it):
// the bundled dashboards live at the repository root and the nested plugins carry their own logos,
// and neither is copied into dist/ by the scaffold's copy step.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import fs from 'fs';
import { glob } from 'glob';
import path from 'path';
import { type Configuration } from 'webpack';

import grafanaConfig, { type Env } from './.config/webpack/webpack.config.ts';

const SOURCE_DIR = path.resolve(process.cwd(), 'src');

interface Manifest {
  info?: { logos?: { small?: string; large?: string } };
}

/** Logos of the nested plugins (src/<folder>/plugin.json), as paths relative to src. */
async function nestedLogos(): Promise<string[]> {
  const manifests = await glob('*/**/plugin.json', { cwd: SOURCE_DIR });
  const logos = manifests.flatMap((manifest) => {
    const json: Manifest = JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, manifest), 'utf8'));
    const folder = path.dirname(manifest);
    const { small, large } = json.info?.logos ?? {};
    return [small, large].filter((logo): logo is string => Boolean(logo)).map((logo) => path.join(folder, logo));
  });
  return [...new Set(logos)];
}

const config = async (env: Env): Promise<Configuration> => {
  const base = await grafanaConfig(env);
  const logos = await nestedLogos();

  const copy = new CopyWebpackPlugin({
    patterns: [
      { from: path.resolve(process.cwd(), 'dashboards'), to: 'dashboards' },
      ...logos.map((logo) => ({ from: logo, to: logo })),
    ],
  });

  return { ...base, plugins: [...(base.plugins ?? []), copy] };
};

export default config;
