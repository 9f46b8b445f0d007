import { DAY_MS } from '../../domain/time';
import {
  BUCKETS_PER_DAY,
  type DevicePlan,
  type FleetOptions,
  type FleetPlan,
  type InstancePlan,
  type Interval,
  Random,
  RATES,
  SAMPLE_STEP_MS,
  startOf,
} from './plan';

const INSTANCES = ['kkt-a:9877', 'kkt-b:9877'];
const MOSCOW_OFFSET_MIN = 180;

/**
 * A fleet's month: registers in Moscow shops open from about 8 to 22, a few closed on Sundays, most
 * switched off at night; and the noise and incidents a month brings, scaled to the fleet's size.
 */
export function planFleet(options: FleetOptions): FleetPlan {
  const { start } = startOf(options);
  const buckets = options.days * BUCKETS_PER_DAY + 1;
  const random = new Random(options.seed);
  const instances = INSTANCES.map((name) => planInstance(name, options, random));
  const devices = Array.from({ length: options.devices }, (_, n) => planDevice(n, options, start, random));
  const plan: FleetPlan = { options, start, buckets, instances, devices };
  addIncidents(plan, random);
  return plan;
}

function planInstance(name: string, options: FleetOptions, random: Random): InstancePlan {
  const span = (count: number, minMinutes: number, maxMinutes: number) =>
    Array.from({ length: count }, () => randomInterval(options, random, minMinutes, maxMinutes));
  return {
    name,
    collector: `ofd-${name.split(':')[0]}`,
    exporterOutages: span(random.poisson(options.days * RATES.exporterOutagesPerInstance), 10, 25),
    collectorOutages: span(random.poisson(options.days * RATES.collectorOutagesPerInstance), 20, 90),
  };
}

function planDevice(n: number, options: FleetOptions, start: number, random: Random): DevicePlan {
  const open = random.between(450, 540) - MOSCOW_OFFSET_MIN;
  const close = random.between(1260, 1380) - MOSCOW_OFFSET_MIN;
  const hours = Array.from({ length: options.days + 1 }, () => ({
    open: open + random.between(-10, 10),
    close: close + random.between(-10, 10),
  }));
  const daytime = (minMinutes: number, maxMinutes: number) =>
    businessInterval(hours, options, random, minMinutes, maxMinutes);
  const times = (rate: number) => random.poisson(options.days * rate);

  return {
    id: `kkt-${String(n + 1).padStart(4, '0')}`,
    instance: n % INSTANCES.length,
    peakPerHour: Math.exp(Math.log(20) + 0.6 * random.normal()),
    hours,
    switchesOffAtNight: random.chance(0.6),
    closedDays: closedDays(options, start, random),
    offline: [],
    shortOutages: Array.from({ length: times(RATES.shortOutages) }, () => randomInterval(options, random, 5, 40)),
    linkBlips: Array.from({ length: times(RATES.linkBlips) }, () => daytime(10, 180)),
    errorBursts: Array.from({ length: times(RATES.errorBursts) }, () => daytime(5, 20)),
    clockSpikes: random.chance(0.15)
      ? [{ ...randomInterval(options, random, 10, 40), offset: spikeOffset(random) }]
      : [],
    registrationProblems: random.chance(0.04) ? [randomInterval(options, random, 60, 240)] : [],
    forgottenShifts: new Map(),
    fnFailure: null,
    backlog: null,
    fns: [
      {
        serial: fnSerial(n, 0),
        expiresAt: start + random.between(3, 450) * DAY_MS,
        memoryBase: memoryBase(random),
        from: 0,
      },
    ],
    clockBase: 20 * random.normal(),
    clockDriftPerDay: 0,
  };
}

/** Incidents fall on registers at random, in numbers scaled to register-days. */
function addIncidents(plan: FleetPlan, random: Random): void {
  const { options, devices } = plan;
  const count = (rate: number) => Math.max(2, Math.round(options.devices * options.days * rate));
  const someDevice = () => random.pick(devices);

  for (let i = 0; i < count(RATES.offline); i++) {
    const device = someDevice();
    device.offline.push(businessInterval(device.hours, options, random, 180, 36 * 60));
  }
  for (let i = 0; i < count(RATES.forgottenShifts); i++) {
    const device = someDevice();
    const day = random.int(0, options.days - 3);
    const closeAt =
      (day + 1) * BUCKETS_PER_DAY + Math.round((device.hours[day + 1].open + random.between(-150, 150)) / 5);
    device.forgottenShifts.set(day, closeAt);
  }
  for (let i = 0; i < count(RATES.fnFailures); i++) {
    const device = someDevice();
    device.fnFailure = businessInterval(device.hours, options, random, 240, 30 * 60);
  }
  for (let i = 0; i < Math.max(1, Math.round(options.devices * options.days * RATES.backlogs)); i++) {
    const crossing = plan.start + random.between(0.2, 0.7) * options.days * DAY_MS;
    const mended = Math.round((crossing - plan.start + random.between(1, 4) * DAY_MS) / SAMPLE_STEP_MS);
    someDevice().backlog = { brokeAt: crossing - 30 * DAY_MS, mendedAt: mended < plan.buckets ? mended : null };
  }
  const drifting = someDevice();
  drifting.clockBase = 150;
  drifting.clockDriftPerDay = 15;
  devices.forEach((device, n) => replaceFns(device, n, plan, random));
}

/** A new FN goes in a day or two before the old one expires, and right after one fails. */
function replaceFns(device: DevicePlan, n: number, plan: FleetPlan, random: Random): void {
  const [first] = device.fns;
  const expiryBucket = Math.round((first.expiresAt - random.between(0.5, 2.5) * DAY_MS - plan.start) / SAMPLE_STEP_MS);
  const failureBucket = device.fnFailure?.to ?? Number.POSITIVE_INFINITY;
  const at = Math.min(failureBucket, expiryBucket);
  if (at > 0 && at < plan.buckets) {
    const expiresAt = plan.start + at * SAMPLE_STEP_MS + 456 * DAY_MS;
    device.fns.push({ serial: fnSerial(n, 1), expiresAt, memoryBase: 0, from: at });
  }
}

function closedDays(options: FleetOptions, start: number, random: Random): Set<number> {
  const days = new Set<number>();
  if (random.chance(0.1)) {
    for (let day = 0; day <= options.days; day++) {
      if (new Date(start + day * DAY_MS).getUTCDay() === 0) {
        days.add(day);
      }
    }
  }
  if (random.chance(0.04)) {
    days.add(random.int(0, options.days - 1));
  }
  return days;
}

function randomInterval(options: FleetOptions, random: Random, minMinutes: number, maxMinutes: number): Interval {
  const from = random.int(0, options.days * BUCKETS_PER_DAY - 1);
  return { from, to: from + Math.max(1, Math.round(random.between(minMinutes, maxMinutes) / 5)) };
}

/** An interval starting while the shop is open on some day. */
function businessInterval(
  hours: DevicePlan['hours'],
  options: FleetOptions,
  random: Random,
  minMinutes: number,
  maxMinutes: number
): Interval {
  const day = random.int(0, options.days - 1);
  const minute = random.between(hours[day].open, hours[day].close - 30);
  const from = day * BUCKETS_PER_DAY + Math.round(minute / 5);
  return { from, to: from + Math.max(1, Math.round(random.between(minMinutes, maxMinutes) / 5)) };
}

const spikeOffset = (random: Random) => (random.chance(0.5) ? 1 : -1) * random.between(400, 900);

function memoryBase(random: Random): number {
  return random.chance(0.03) ? random.between(0.86, 0.93) : random.between(0.02, 0.8);
}

export function fnSerial(device: number, generation: number): string {
  return `99604403${String(device).padStart(6, '0')}${String(generation).padStart(2, '0')}`;
}
