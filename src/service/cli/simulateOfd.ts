import { OFD_OPERATORS, type OfdOperator } from '../domain/device';
import { createLogger } from '../logger';
import { type FaultKind, parseFaultFlag } from '../../simulators/ofd/faults';
import { type RunningSimulators, startOfdSimulators } from '../../simulators/ofd/index';
import { SIMULATOR_CREDENTIALS } from '../../simulators/ofd/operator';
import { ListenError } from '../../simulators/ofd/server';
import { type Command, parseOptions } from './command';

/** Loopback ports the simulators take by default: the base plus the operator's place in OFD_OPERATORS. */
export const SIMULATOR_PORT_BASE = 18080;
const MAX_PORT = 65_535;
const MAX_SIZE = 1_000_000;
const MAX_LATENCY_MS = 60_000;

/** The port of an operator's simulator; base 0 lets the system pick free ports. */
export function simulatorPort(operator: OfdOperator, base = SIMULATOR_PORT_BASE): number {
  return base === 0 ? 0 : base + 1 + OFD_OPERATORS.indexOf(operator);
}

export const simulateOfdCommand: Command = {
  summary: 'run a simulator of each OFD API on loopback, serving a generated fleet (no real operator involved)',
  usage:
    'kkt-monitor simulate-ofd [--size N] [--seed N] [--port-base N] [--latency MS] [--operators a,b] ' +
    '[--fault OPERATOR:KIND[:TIMES]]...\n' +
    '  Serves simulated OFD APIs on 127.0.0.1, ports port-base+1.. in the order ' +
    `${OFD_OPERATORS.join(', ')} (default base ${SIMULATOR_PORT_BASE}; 0 picks free ports). Faults: see docs/ofd.md.`,
  async run(args) {
    const { values } = parseOptions(args, {
      size: { type: 'string' },
      seed: { type: 'string' },
      'port-base': { type: 'string' },
      latency: { type: 'string' },
      operators: { type: 'string' },
      fault: { type: 'string', multiple: true },
    });

    let flags: SimulatorFlags;
    try {
      flags = readFlags(values);
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error), 2);
    }

    let sims: RunningSimulators;
    try {
      sims = await start(flags);
    } catch (error) {
      if (error instanceof ListenError) {
        return refuse(`${error.message}; choose another --port-base`, 1);
      }
      throw error;
    }

    process.stdout.write(banner(sims));
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await sims.close();
    return 0;
  },
};

interface Flags {
  size?: string;
  seed?: string;
  'port-base'?: string;
  latency?: string;
  operators?: string;
  fault?: string[];
}

interface SimulatorFlags {
  operators: OfdOperator[];
  portBase: number;
  size: number;
  seed: number;
  latencyMs: number;
  faults: Array<{ operator: OfdOperator; kind: FaultKind; times?: number }>;
}

/** Every flag checked before anything listens, so a mistake never leaves simulators half started. */
function readFlags(values: Flags): SimulatorFlags {
  const operators = values.operators
    ? values.operators.split(',').map((name) => operatorOf(name, '--operators'))
    : [...OFD_OPERATORS];
  return {
    operators,
    portBase: portBase(values['port-base']),
    size: whole(values.size, 70, 'size', { min: 1, max: MAX_SIZE }),
    seed: whole(values.seed, 1, 'seed', { min: 0, max: Number.MAX_SAFE_INTEGER }),
    latencyMs: whole(values.latency, 0, 'latency', { min: 0, max: MAX_LATENCY_MS }),
    faults: (values.fault ?? []).map((flag) => faultOf(flag, operators)),
  };
}

async function start(flags: SimulatorFlags): Promise<RunningSimulators> {
  const sims = await startOfdSimulators({
    size: flags.size,
    seed: flags.seed,
    operators: flags.operators,
    ports: Object.fromEntries(flags.operators.map((o) => [o, simulatorPort(o, flags.portBase)])),
    latencyMs: flags.latencyMs,
    logger: createLogger().child({ component: 'ofd-simulator' }),
  });

  for (const fault of flags.faults) {
    sims.get(fault.operator).faults.set(fault.kind, { times: fault.times });
  }
  return sims;
}

function banner(sims: RunningSimulators): string {
  const lines = sims.simulators.map(
    (s) => `  ${s.operator.padEnd(11)} ${s.baseUrl}  (${s.registers.length} registers)`
  );
  const c = SIMULATOR_CREDENTIALS;
  return (
    'OFD API simulator: simulated operators serving a generated fleet; no real OFD is contacted.\n' +
    `${lines.join('\n')}\n` +
    `  credentials: login ${c.login}, password ${c.password}, token ${c.token}, apiKey ${c.apiKey}, ` +
    `integratorId ${c.integratorId}, INN ${c.inn}\n` +
    '  Ctrl-C stops it.\n'
  );
}

function refuse(message: string, code: number): number {
  process.stderr.write(`simulate-ofd: ${message}\n`);
  return code;
}

function faultOf(flag: string, served: readonly OfdOperator[]) {
  const fault = parseFaultFlag(flag);
  const operator = operatorOf(fault.operator, `--fault "${flag}"`);
  if (!served.includes(operator)) {
    throw new Error(`--fault "${flag}" names ${operator}, which --operators leaves out`);
  }
  return { ...fault, operator };
}

function operatorOf(name: string, where: string): OfdOperator {
  const operator = OFD_OPERATORS.find((o) => o === name.trim());
  if (!operator) {
    throw new Error(`unknown operator "${name}" in ${where} (one of ${OFD_OPERATORS.join(', ')})`);
  }
  return operator;
}

/** 0 lets the system pick free ports; any other base must leave room for every operator's port. */
function portBase(text: string | undefined): number {
  const highest = MAX_PORT - OFD_OPERATORS.length;
  const base = text === undefined ? SIMULATOR_PORT_BASE : Number(text);
  if (!/^\d+$/.test(text ?? '0') || base > highest) {
    throw new Error(
      `--port-base must be 0, or 1 to ${highest} to leave room for ${OFD_OPERATORS.length} ports, not "${text}"`
    );
  }
  return base;
}

function whole(text: string | undefined, fallback: number, flag: string, range: { min: number; max: number }): number {
  if (text === undefined) {
    return fallback;
  }
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < range.min || n > range.max) {
    throw new Error(`--${flag} must be a whole number from ${range.min} to ${range.max}, not "${text}"`);
  }
  return n;
}
