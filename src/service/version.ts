import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Version of the service; the bundle build replaces the lookup with a constant. */
export const VERSION: string = process.env.KKT_MONITOR_VERSION ?? readVersion();
