import { DAY_MS } from '../domain/time';
import { type HistorySource } from './history';
import { selector, sum } from './promql/ast';
import { type TimeRange } from './series';

/** How much history there is: every register exports kkt_device_info, so its count tells. */
export interface Coverage {
  /** Days from the first to the last evaluation with data. */
  days: number;
  /** Share of the evaluations in the range that had data. */
  presentRatio: number;
  /** Most registers seen at once. */
  devices: number;
}

export async function measureCoverage(history: HistorySource, range: TimeRange): Promise<Coverage> {
  const [fleet] = await history.query(sum([], selector('kkt_device_info')), range);
  const samples = fleet?.samples ?? [];
  if (samples.length === 0) {
    return { days: 0, presentRatio: 0, devices: 0 };
  }

  // Registers are told apart by id: an FN change briefly shows two info series for one register.
  const daily = { ...range, step: Math.max(range.step, DAY_MS) };
  const devices = await history.query(sum(['device_id'], selector('kkt_device_info')), daily);
  const evaluations = Math.floor((range.end - range.start) / range.step) + 1;
  return {
    days: (samples[samples.length - 1].t - samples[0].t) / DAY_MS,
    presentRatio: samples.length / evaluations,
    devices: devices.length,
  };
}
