import { closeSync, openSync, writeSync } from 'node:fs';

import { type Series } from '../series';
import { DEVICE_FAMILIES, type SyntheticFamily } from './families';
import { type FleetDay } from './fleet';
import { bucketTime, type FleetPlan, type InstancePlan, type Interval } from './plan';

export const JOB = 'kkt-monitor';

const during = (intervals: readonly Interval[], bucket: number) =>
  intervals.some((i) => bucket >= i.from && bucket < i.to);

/** A series as it is written: name, labels, and its samples in time order (ms, value). */
interface Written {
  name: string;
  labels: Record<string, string>;
  times: number[];
  values: number[];
}

/**
 * The day's series, grouped by family and by series. While an instance's exporter is down its series
 * have no samples (Prometheus scraped nothing) and its `up` is 0.
 */
export function daySeries(
  plan: FleetPlan,
  day: FleetDay
): Array<{ family: SyntheticFamily | null; series: Written[] }> {
  const targets = plan.instances.map((instance) => targetSeries(plan, instance, day));
  const devices = DEVICE_FAMILIES.map((family) => ({ family, series: familySeries(plan, family, day) }));
  return [{ family: null, series: targets.flat() }, ...devices];
}

function familySeries(plan: FleetPlan, family: SyntheticFamily, day: FleetDay): Written[] {
  const out: Written[] = [];
  const name = family.type === 'counter' ? `${family.name}_total` : family.name;
  day.devices.forEach((samples, d) => {
    const device = plan.devices[d];
    const instance = plan.instances[device.instance];
    const byVariant = new Map<string, Written>();
    samples.forEach((sample, k) => {
      const bucket = day.from + k;
      if (during(instance.exporterOutages, bucket)) {
        return;
      }
      family.series.forEach((series, n) => {
        const value = series.value(sample);
        if (value === null) {
          return;
        }
        const key = `${n}:${series.variant?.(sample) ?? ''}`;
        let written = byVariant.get(key);
        if (!written) {
          const labels = { device_id: device.id, ...series.labels(sample, device), instance: instance.name, job: JOB };
          written = { name, labels, times: [], values: [] };
          byVariant.set(key, written);
        }
        written.times.push(bucketTime(plan, bucket));
        written.values.push(value);
      });
    });
    out.push(...byVariant.values());
  });
  return out;
}

/** `up` for the scrape target and its collector's success. */
function targetSeries(plan: FleetPlan, instance: InstancePlan, day: FleetDay): Written[] {
  const target = { instance: instance.name, job: JOB };
  const up: Written = { name: 'up', labels: target, times: [], values: [] };
  const labels = { collector: instance.collector, ...target };
  const collector: Written = { name: 'kkt_collector_success', labels, times: [], values: [] };
  for (let bucket = day.from; bucket < day.to; bucket++) {
    const t = bucketTime(plan, bucket);
    const down = during(instance.exporterOutages, bucket);
    up.times.push(t);
    up.values.push(down ? 0 : 1);
    if (!down) {
      collector.times.push(t);
      collector.values.push(during(instance.collectorOutages, bucket) ? 0 : 1);
    }
  }
  return [up, collector];
}

/** Writes the day as OpenMetrics text, the input of promtool tsdb create-blocks-from openmetrics. */
export function writeOpenMetrics(path: string, groups: ReturnType<typeof daySeries>): void {
  const fd = openSync(path, 'w');
  try {
    for (const { family, series } of groups) {
      for (const [name, type] of familyHeaders(family, series)) {
        writeSync(fd, `# TYPE ${name} ${type}\n`);
        for (const s of series) {
          if (baseName(s.name) === name) {
            writeSync(fd, lines(s));
          }
        }
      }
    }
    writeSync(fd, '# EOF\n');
  } finally {
    closeSync(fd);
  }
}

function familyHeaders(family: SyntheticFamily | null, series: Written[]): Array<[string, string]> {
  if (family) {
    return [[family.name, family.type]];
  }
  return [...new Set(series.map((s) => s.name))].map((name) => [name, 'gauge']);
}

const baseName = (name: string) => name.replace(/_total$/, '');

function lines(s: Written): string {
  const labels = Object.entries(s.labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',');
  const prefix = `${s.name}{${labels}} `;
  let text = '';
  for (let i = 0; i < s.times.length; i++) {
    text += `${prefix}${s.values[i]} ${s.times[i] / 1000}\n`;
  }
  return text;
}

/** The day's series for an in-memory history, with the same labels and gaps as the written file. */
export function toSeries(groups: ReturnType<typeof daySeries>): Series[] {
  return groups.flatMap(({ series }) =>
    series.map((s) => ({
      labels: { __name__: s.name, ...s.labels },
      samples: s.times.map((t, i) => ({ t, v: s.values[i] })),
    }))
  );
}
