import { join } from 'node:path';

import { parseConfig } from '../../src/service/config/load';
import { silentLogger } from '../../src/service/logger';
import { Service } from '../../src/service/service';
import { tempDir } from './tmp';

/**
 * A started service on a temporary store, for fastify inject() tests; stopped when the test ends.
 * `yaml` is added to a configuration whose storage path points into the temporary directory.
 */
export function testService(
  t: { after(fn: () => void | Promise<void>): void },
  yaml = '',
  env: Record<string, string> = {}
): Service {
  const dir = tempDir(t);
  const config = parseConfig(`storage:\n  path: ${join(dir, 'kkt.db')}\n${yaml}`, 'test.yaml', env);
  const service = new Service(config, silentLogger());
  service.start();
  t.after(() => service.stop());
  return service;
}
