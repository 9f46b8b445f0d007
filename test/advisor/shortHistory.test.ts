import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { type AdvisorSuggestion } from '../../src/api/types';
import { OUTPUT_FILES } from '../../src/service/advisor/outputs/files';
import { startPrometheus } from '../helpers/prometheus';
import { tempDir } from '../helpers/tmp';
import { cli, missing, runTool } from './tools';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 20, 10, 0, 0);
const REGISTERS = 62;
const SCRAPED_MINUTES = 12;

/** kkt_device_info of every register as a 15-second scrape wrote it, in OpenMetrics for promtool. */
function infoHistory(): string {
  const lines = ['# TYPE kkt_device_info gauge'];
  for (let d = 0; d < REGISTERS; d++) {
    const labels = `device_id="kkt-${d}",fn_serial="7384${String(d).padStart(12, '0')}",job="kkt-monitor"`;
    for (let t = START; t <= START + SCRAPED_MINUTES * MINUTE; t += 15_000) {
      lines.push(`kkt_device_info{${labels}} 1 ${t / 1000}`);
    }
  }
  return [...lines, '# EOF', ''].join('\n');
}

test(
  'advise on minutes of history counts the registers and the span, and declines for the span',
  { skip: missing('prometheus') || missing('promtool') },
  async (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'history.om'), infoHistory());
    const created = runTool('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', 'history.om', 'tsdb'], dir);
    assert.equal(created.status, 0, created.output);
    const prometheus = await startPrometheus({ dir, tsdbPath: join(dir, 'tsdb'), retention: '3650d' });
    t.after(() => prometheus.stop());

    // As a clock does, the run ends off the 5-minute grid, a little after the last scrape.
    const end = new Date(START + SCRAPED_MINUTES * MINUTE + 80_000).toISOString();
    for (const [lookback, said] of [
      ['30d', '30 days'],
      ['1h', '1 hour'],
    ]) {
      const out = join(dir, lookback);
      const run = await cli([
        'advise',
        '--prometheus',
        prometheus.url,
        '--out',
        out,
        '--end',
        end,
        '--lookback',
        lookback,
      ]);

      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, new RegExp(`reading ${said} of history`));
      assert.match(run.stderr, /history: 12 minutes, 62 registers/);
      assert.match(run.stderr, /^every rule keeps its default: less than 3 days of history \(12 minutes\)$/m);
      const suggestions: AdvisorSuggestion[] = JSON.parse(readFileSync(join(out, 'suggestions.json'), 'utf8'));
      assert.deepEqual(
        new Set(suggestions.map((s) => s.declined)),
        new Set(['less than 3 days of history (12 minutes)'])
      );
      const rules = readFileSync(join(out, OUTPUT_FILES.rules), 'utf8');
      assert.match(rules, /advised from 12 minutes of history of 62 registers/);
      assert.match(rules, new RegExp(`--lookback ${lookback} --step 5m`));
    }

    // A day later the last hour holds nothing of kkt-monitor: the reason is told, not only written.
    const later = new Date(START + 86_400_000).toISOString();
    const empty = await cli([
      'advise',
      '--prometheus',
      prometheus.url,
      '--out',
      join(dir, 'empty'),
      '--end',
      later,
      '--lookback',
      '1h',
    ]);
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stderr, /history: 0 seconds, 0 registers/);
    assert.match(empty.stderr, /every rule keeps its default: Prometheus has no kkt_device_info over the lookback/);
  }
);
