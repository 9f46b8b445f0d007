import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { silentLogger } from '../../../src/service/logger';
import { runServer } from '../../../src/service/server';
import { freePort } from '../../helpers/ports';
import { type TestContextLike } from './fakeService';
import { INVENTORY, seed } from './seeds';

export const API_KEY = 'e2e-key-0123456789abcdef';

/**
 * The real kkt-monitor service on a free loopback port, with a temporary store and config, seeded with
 * the registers' state, error events and documents through its live state and ingest. Stopped and
 * removed when the test ends.
 */
export async function startSeededService(test: TestContextLike): Promise<{ url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kkt-backend-e2e-'));
  const port = await freePort();
  const config = join(dir, 'kkt.yaml');
  const server = [
    `server:\n  listen: 127.0.0.1:${port}\n  apiKeys: ['${API_KEY}']`,
    `storage:\n  path: ${join(dir, 'kkt.db')}`,
  ];
  writeFileSync(config, `${server.join('\n')}\n${INVENTORY}`);

  const running = await runServer(config, silentLogger());
  test.after(async () => {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  });
  seed(running.service.ctx);
  return { url: `http://127.0.0.1:${port}` };
}
