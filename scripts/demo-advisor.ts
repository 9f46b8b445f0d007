// npm run demo:advisor [-- --devices 200 --days 30 --out ./advisor-out]
// A synthetic fleet's month, with labelled incidents, backfilled into a Prometheus on loopback; the
// advisor fits and backtests the pack against it, writes its outputs and prints what it would save.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { advise } from '../src/service/advisor/advise';
import { PrometheusHistory } from '../src/service/advisor/history';
import { renderOutputs, writeOutputs } from '../src/service/advisor/outputs/files';
import { DEFAULT_PACK_OPTIONS } from '../src/service/advisor/pack';
import { PrometheusClient } from '../src/service/advisor/prometheus/client';
import { toSuggestions } from '../src/service/advisor/suggestions';
import { summaryText } from '../src/service/advisor/summary';
import { backfill } from '../src/service/advisor/synthetic/backfill';
import { SAMPLE_STEP_MS } from '../src/service/advisor/synthetic/plan';
import { planFleet } from '../src/service/advisor/synthetic/planFleet';
import { startPrometheus } from '../test/helpers/prometheus';

const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      devices: { type: 'string', default: '200' },
      days: { type: 'string', default: '30' },
      seed: { type: 'string', default: '54' },
      out: { type: 'string', default: './advisor-out' },
    },
  });
  const [devices, days, seed] = [values.devices, values.days, values.seed].map(Number);
  const out = resolve(values.out);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const work = mkdtempSync(join(tmpdir(), 'kkt-demo-advisor-'));

  try {
    const plan = planFleet({ devices, days, end: Date.now(), seed });
    say(`synthetic fleet: ${devices} registers, ${days} days, history written to a TSDB in ${work}`);
    const incidents = await backfill(plan, join(work, 'tsdb'), work, (n) => say(`  backfilled ${n}/${days + 1} days`));
    say(`labelled incidents: ${countByKind(incidents)}`);

    const prometheus = await startPrometheus({ dir: work, tsdbPath: join(work, 'tsdb'), retention: '3650d' });
    say(`Prometheus with the history: ${prometheus.url}`);
    const stop = () => void prometheus.stop().then(() => process.exit(130));
    process.once('SIGINT', stop);
    try {
      const history = new PrometheusHistory(new PrometheusClient({ url: prometheus.url }));
      const end = plan.start + days * DAY_MS;
      const pack = DEFAULT_PACK_OPTIONS;
      const started = Date.now();
      const advice = await advise({
        history,
        end,
        lookbackMs: days * DAY_MS,
        stepMs: SAMPLE_STEP_MS,
        pack,
        incidents,
        progress: say,
      });
      say(`advised in ${Math.round((Date.now() - started) / 1000)} s`);

      const header = `KKT Monitor alert rules advised on the synthetic demo fleet (${devices} registers, ${days} days).`;
      const files = renderOutputs(
        advice.rules.map((r) => r.suggested),
        { intervalMs: SAMPLE_STEP_MS, header }
      );
      const suggestions = await toSuggestions(advice, history, pack);
      files['suggestions.json'] = `${JSON.stringify(suggestions, null, 2)}\n`;
      files['incidents.json'] = `${JSON.stringify(incidents, null, 2)}\n`;
      say(`wrote ${writeOutputs(out, files).length} files to ${out}`);
      process.stdout.write(`\n${summaryText(advice)}`);
    } finally {
      process.removeListener('SIGINT', stop);
      await prometheus.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function countByKind(incidents: Array<{ kind: string }>): string {
  const counts = new Map<string, number>();
  incidents.forEach((i) => counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1));
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}

main().catch((error: Error) => {
  process.stderr.write(`demo:advisor failed: ${error.message}\n`);
  process.exitCode = 1;
});
