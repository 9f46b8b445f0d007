import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { type Incident } from '../backtest/incidents';
import { labelsKey, type Sample, type Series } from '../series';
import { FleetSimulation } from './fleet';
import { daySeries, toSeries, writeOpenMetrics } from './openmetrics';
import { type FleetPlan } from './plan';

/**
 * Writes the fleet's history into a Prometheus TSDB at `tsdbPath`, one day of OpenMetrics at a time
 * through `promtool tsdb create-blocks-from openmetrics`, and returns the incidents that were labelled.
 * The next day is generated while promtool reads the last one.
 */
export async function backfill(
  plan: FleetPlan,
  tsdbPath: string,
  workDir: string,
  progress?: (day: number) => void
): Promise<Incident[]> {
  const simulation = new FleetSimulation(plan);
  let running: Promise<void> = Promise.resolve();
  let n = 0;
  for (const day of simulation.days()) {
    const file = join(workDir, `history-${n}.om`);
    writeOpenMetrics(file, daySeries(plan, day));
    await running;
    progress?.(n);
    running = createBlocks(file, tsdbPath);
    n++;
  }
  await running;
  progress?.(n);
  return simulation.incidents();
}

function createBlocks(file: string, tsdbPath: string): Promise<void> {
  const args = ['tsdb', 'create-blocks-from', 'openmetrics', '--max-block-duration=24h', file, tsdbPath];
  return new Promise((resolve, reject) => {
    const child = spawn('promtool', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(file, { force: true });
      code === 0 ? resolve() : reject(new Error(`promtool could not backfill ${file}: ${stderr.trim()}`));
    });
  });
}

/** The fleet's whole history in memory, for tests that evaluate locally. */
export function fleetSeries(plan: FleetPlan): { series: Series[]; incidents: Incident[] } {
  const simulation = new FleetSimulation(plan);
  const merged = new Map<string, { labels: Series['labels']; samples: Sample[] }>();
  for (const day of simulation.days()) {
    for (const s of toSeries(daySeries(plan, day))) {
      const key = labelsKey(s.labels, Object.keys(s.labels));
      const into = merged.get(key) ?? { labels: s.labels, samples: [] };
      into.samples.push(...s.samples);
      merged.set(key, into);
    }
  }
  return { series: [...merged.values()], incidents: simulation.incidents() };
}
