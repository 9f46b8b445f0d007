import { type Incident } from '../backtest/incidents';
import { BUCKETS_PER_DAY, type FleetPlan } from './plan';
import { type DeviceSample, DeviceSimulator } from './simulate';

/** A day of the fleet: every register's samples for buckets [from, to). */
export interface FleetDay {
  from: number;
  to: number;
  devices: DeviceSample[][];
}

/** Runs the fleet through its history a day at a time, so a month of hundreds of registers fits in memory. */
export class FleetSimulation {
  private readonly simulators: DeviceSimulator[];

  constructor(readonly plan: FleetPlan) {
    this.simulators = plan.devices.map((d, n) => new DeviceSimulator(d, plan, plan.options.seed * 7919 + n));
  }

  *days(): Generator<FleetDay> {
    for (let from = 0; from < this.plan.buckets; from += BUCKETS_PER_DAY) {
      const to = Math.min(this.plan.buckets, from + BUCKETS_PER_DAY);
      const devices = this.simulators.map((sim) => {
        const samples: DeviceSample[] = [];
        for (let bucket = from; bucket < to; bucket++) {
          samples.push(sim.step(bucket));
        }
        return samples;
      });
      yield { from, to, devices };
    }
  }

  /** The incidents the registers went through; complete once every day has been run. */
  incidents(): Incident[] {
    return this.simulators.flatMap((s) => s.incidents);
  }
}
