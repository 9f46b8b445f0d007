import { Gauge, Registry } from 'prom-client';

import { largeFleet } from '../../test/exporter/fleet';
import { DEVICE_FAMILIES } from '../../src/service/exporter/families';
import { DeviceRenderer } from '../../src/service/exporter/render';
import { median, printTable, time } from '../harness';

/**
 * Time to render /metrics for 10,000 registers (about 200,000 series), beside prom-client's registry
 * rendering the same series in the same run; and the longest the event loop was blocked meanwhile.
 */
const DEVICES = 10_000;
const RUNS = 5;

function promClientRegistry(text: string): Registry {
  const registry = new Registry();
  const gauges = new Map<string, Gauge>();
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{(.*)\} (\S+)$/.exec(line);
    if (!match) {
      continue;
    }
    const [, name, labelText, value] = match;
    const labels = Object.fromEntries([...labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    let gauge = gauges.get(name);
    if (!gauge) {
      gauge = new Gauge({ name, help: name, labelNames: Object.keys(labels), registers: [registry] });
      gauges.set(name, gauge);
    }
    gauge.set(labels, Number(value));
  }
  return registry;
}

/** Longest gap between event-loop turns while fn runs, in seconds. */
async function maxLoopBlock(fn: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  await fn();
  clearInterval(timer);
  return Math.max(worst, performance.now() - last) / 1000;
}

async function main(): Promise<void> {
  const fleet = largeFleet(DEVICES);
  const body = (await new DeviceRenderer().render(fleet.snapshot())).toString('utf8');
  const series = body.split('\n').filter((l) => l && !l.startsWith('#')).length;
  const registry = promClientRegistry(body);

  const cold = await median(RUNS, () => time(() => new DeviceRenderer().render(fleet.snapshot())));
  const warmRenderer = new DeviceRenderer();
  await warmRenderer.render(fleet.snapshot());
  const warm = await median(RUNS, () => time(() => warmRenderer.render(fleet.snapshot())));
  const baseline = await median(RUNS, () => time(() => registry.metrics()));

  const coldBlock = await median(RUNS, () => maxLoopBlock(() => new DeviceRenderer().render(fleet.snapshot())));
  const baselineBlock = await median(RUNS, () => maxLoopBlock(() => registry.metrics()));

  printTable(
    `/metrics for ${DEVICES.toLocaleString('en-US')} registers, ${series.toLocaleString('en-US')} series, ${DEVICE_FAMILIES.length} families (median of ${RUNS})`,
    [
      {
        renderer: 'prom-client Registry.metrics() (baseline)',
        seconds: baseline,
        'vs baseline': 1,
        'longest loop block s': baselineBlock,
      },
      {
        renderer: 'kkt-monitor, every record changed',
        seconds: cold,
        'vs baseline': cold / baseline,
        'longest loop block s': coldBlock,
      },
      {
        renderer: 'kkt-monitor, records unchanged',
        seconds: warm,
        'vs baseline': warm / baseline,
        'longest loop block s': '-',
      },
    ]
  );
  process.stdout.write(`body: ${(body.length / 1e6).toFixed(1)} MB\n`);
}

void main();
