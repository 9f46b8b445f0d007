import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
      ? pkg.version
      : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Version of the backend; the executable build replaces the lookup with a constant. */
export const VERSION: string = process.env.KKT_MONITOR_VERSION ?? packageVersion();
