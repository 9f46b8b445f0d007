import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { parseDocument } from 'yaml';

import { EXAMPLE_LOGS } from '../../scripts/generate-example-logs';
import { createFileCollector } from '../../src/service/collectors/files';
import { parseConfig } from '../../src/service/config/load';
import { silentLogger } from '../../src/service/logger';
import { Service } from '../../src/service/service';
import { tempDir } from '../helpers/tmp';

const ROOT = join(__dirname, '..', '..');

/** "id severity count" of every cluster that is not info: the conditions, as both sides see them. */
type Summary = string[];

/** The example configuration's file collectors, run over the example logs until every record is complete. */
async function serviceClusters(t: Parameters<typeof tempDir>[0]): Promise<Summary> {
  const document = parseDocument(readFileSync(join(ROOT, 'examples/kkt-monitor.yaml'), 'utf8'));
  document.deleteIn(['collectors', 'ofd']);
  document.setIn(['storage', 'path'], join(tempDir(t), 'kkt.db'));
  const config = parseConfig(document.toString(), 'kkt-monitor.yaml', {});
  const service = new Service(config, silentLogger());
  t.after(() => service.stop());

  for (const files of config.collectors.files) {
    // A second round after the multi-line timeout completes each file's last record.
    const collector = createFileCollector({ ...files, multilineTimeout: 10 }, service.ctx);
    await collector.run(new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await collector.run(new AbortController().signal);
    await collector.close();
  }

  const engine = service.ctx.clusters?.engine;
  assert.ok(engine);
  engine.merge();
  return summary([...engine.clusters.all()].map((c) => [c.id, c.severity, String(c.count)]));
}

/** `kkt-monitor cluster` over every example log, its table read back. */
function cliClusters(): Summary {
  // examples/logs/*/*/*: the registers' logs, not the folder's README.
  const paths = readdirSync(EXAMPLE_LOGS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /kkt-\d+$/.test(entry.parentPath))
    .map((entry) => join(entry.parentPath, entry.name));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/service/cli/bin.ts'), 'cluster', '--top', '0', ...paths],
    { cwd: ROOT, encoding: 'utf8' }
  );
  assert.equal(run.status, 0, run.stderr);

  const rows = run.stdout.split('\n').slice(1);
  return summary(rows.map((row) => row.split(/\s+/).slice(0, 3)));
}

function summary(rows: string[][]): Summary {
  return rows
    .filter(([id, severity]) => /^[0-9a-f]{16}$/.test(id) && severity !== 'info')
    .map((row) => row.join(' '))
    .sort();
}

test('over the example logs, the CLI finds the clusters the service finds, with their severities and counts', async (t) => {
  const service = await serviceClusters(t);
  const cli = cliClusters();

  assert.ok(service.length >= 10, service.join('\n'));
  assert.deepEqual(cli, service);
});
