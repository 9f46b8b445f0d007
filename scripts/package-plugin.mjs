// Packs dist/ into the zip Grafana installs: one top folder named after the app id holding the built
// plugin (and the datasource backend's executables when they are built), next to .sha1 and .md5 files.
//
//   node scripts/package-plugin.mjs [--dist DIR] [--out DIR]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return resolve(index > 0 ? process.argv[index + 1] : fallback);
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const dist = option('dist', 'dist');
const out = option('out', 'artifacts');

if (!existsSync(join(dist, 'plugin.json'))) {
  fail(`${dist}/plugin.json is missing; run npm run build first`);
}
if (spawnSync('zip', ['-v'], { stdio: 'ignore' }).status !== 0) {
  fail('the zip command is missing; install the zip package');
}

const { id, info } = JSON.parse(readFileSync(join(dist, 'plugin.json'), 'utf8'));
if (/%VERSION%/.test(info.version)) {
  fail('dist/plugin.json still says %VERSION%; build with npm run build');
}

const executables = readdirSync(dist).filter((name) =>
  /^gpx_.*_(linux|darwin|windows)_(amd64|arm64)(\.exe)?$/.test(name)
);
for (const name of executables) {
  if ((statSync(join(dist, name)).mode & 0o111) === 0) {
    fail(`${name} is not executable; Grafana could not start it`);
  }
}

// zip stores each file's Unix mode, so the executables keep their run bit; the link gives the top folder its name.
const stage = mkdtempSync(join(tmpdir(), 'kkt-package-'));
symlinkSync(dist, join(stage, id), 'dir');
mkdirSync(out, { recursive: true });
const zipFile = join(out, `${id}-${info.version}.zip`);
rmSync(zipFile, { force: true });
const zip = spawnSync('zip', ['-qr', '-X', zipFile, id], { cwd: stage, stdio: 'inherit' });
rmSync(stage, { recursive: true, force: true });
if (zip.status !== 0) {
  fail(`zip failed with status ${zip.status}`);
}

const bytes = readFileSync(zipFile);
for (const algorithm of ['sha1', 'md5']) {
  const digest = createHash(algorithm).update(bytes).digest('hex');
  writeFileSync(`${zipFile}.${algorithm}`, `${digest}  ${id}-${info.version}.zip\n`);
}

const backend = executables.length > 0 ? `with ${executables.join(', ')}` : 'without backend executables';
process.stdout.write(`${zipFile}: ${bytes.length} bytes, ${backend}\n`);
