import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Repository root, source folder and build output. */
export const ROOT = join(__dirname, '..', '..');
export const SRC = join(ROOT, 'src');
export const DIST = join(ROOT, 'dist');

/** Grafana's plugin id pattern (plugin.json reference). */
export const PLUGIN_ID_PATTERN = /^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource)$/;

export interface Include {
  type: string;
  name: string;
  path?: string;
  role?: string;
  addToNav?: boolean;
  defaultNav?: boolean;
}

export interface Manifest {
  type: string;
  id: string;
  name: string;
  backend?: boolean;
  alerting?: boolean;
  executable?: string;
  info: {
    version: string;
    logos: { small: string; large: string };
    screenshots?: Array<{ name: string; path: string }>;
  };
  includes?: Include[];
  languages?: string[];
  dependencies: { grafanaDependency: string };
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function packageVersion(): string {
  return readJson<{ version: string }>(join(ROOT, 'package.json')).version;
}

/** Every plugin.json under a folder, as paths relative to it; node_modules is never walked. */
export function findManifests(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') {
      return [];
    }
    if (statSync(path).isDirectory()) {
      return findManifests(path, base);
    }
    return name === 'plugin.json' ? [relative(base, path)] : [];
  });
}

/** The app manifest and its nested plugins, keyed by path relative to the folder. */
export function loadPlugins(dir: string): { app: Manifest; nested: Map<string, Manifest> } {
  const nested = new Map<string, Manifest>();
  for (const path of findManifests(dir)) {
    if (path !== 'plugin.json') {
      nested.set(path, readJson<Manifest>(join(dir, path)));
    }
  }
  return { app: readJson<Manifest>(join(dir, 'plugin.json')), nested };
}

/** Files a manifest points at (logos, screenshots), resolved next to the manifest. */
export function referencedFiles(dir: string, manifestPath: string, manifest: Manifest): string[] {
  const folder = join(dir, dirname(manifestPath));
  const { logos, screenshots = [] } = manifest.info;
  return [logos.small, logos.large, ...screenshots.map((s) => s.path)].map((p) => join(folder, p));
}

export function distBuilt(): boolean {
  return existsSync(join(DIST, 'plugin.json')) && existsSync(join(DIST, 'module.js'));
}
