import { OFD_OPERATORS, type OfdOperator } from '../domain/device';
import { createLogger } from '../logger';
import { parseFaultFlag } from '../../simulators/ofd/faults';
import { type RunningSimulators, startOfdSimulators } from '../../simulators/ofd/index';
import { SIMULATOR_CREDENTIALS } from '../../simulators/ofd/operator';
import { type Command, parseOptions } from './command';

/** Loopback ports the simulators take by default: the base plus the operator's place in OFD_OPERATORS. */
export const SIMULATOR_PORT_BASE = 18080;

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

    let sims: RunningSimulators;
    try {
      sims = await start(values);
    } catch (error) {
      process.stderr.write(`simulate-ofd: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
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

async function start(values: Flags): Promise<RunningSimulators> {
  const operators = values.operators ? values.operators.split(',').map(operatorOf) : [...OFD_OPERATORS];
  const base = whole(values['port-base'], SIMULATOR_PORT_BASE, 'port-base');
  const faults = (values.fault ?? []).map(parseFaultFlag);
  const sims = await startOfdSimulators({
    size: whole(values.size, 70, 'size'),
    seed: whole(values.seed, 1, 'seed'),
    operators,
    ports: Object.fromEntries(operators.map((o) => [o, simulatorPort(o, base)])),
    latencyMs: whole(values.latency, 0, 'latency'),
    logger: createLogger().child({ component: 'ofd-simulator' }),
  });

  for (const fault of faults) {
    sims.get(operatorOf(fault.operator)).faults.set(fault.kind, { times: fault.times });
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

function operatorOf(name: string): OfdOperator {
  const operator = OFD_OPERATORS.find((o) => o === name.trim());
  if (!operator) {
    throw new Error(`unknown operator "${name}" (one of ${OFD_OPERATORS.join(', ')})`);
  }
  return operator;
}

function whole(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) {
    return fallback;
  }
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`--${flag} must be a whole number, not "${text}"`);
  }
  return n;
}
