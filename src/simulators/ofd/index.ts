import { type IncomingMessage } from 'node:http';

import { OFD_OPERATORS, type OfdOperator } from '../../service/domain/device';
import { type Logger, silentLogger } from '../../service/logger';
import { atolOnlineRoutes } from './atolonline';
import { FaultBoard } from './faults';
import { firstOfdRoutes } from './firstofd';
import { konturRoutes } from './kontur';
import { ofdruRoutes } from './ofdru';
import { type SimRegister, generateFleet } from './fleet';
import { type OperatorSim, SIMULATOR_CREDENTIALS, type SimCredentials } from './operator';
import { platformaRoutes, platformaToken } from './platforma';
import { taxcomRoutes } from './taxcom';
import { sabyRoutes } from './saby';
import { type RunningSimServer, type SimRoute, type SimStats, startSimServer } from './server';

interface OperatorModule {
  /** Where the API lives under the server root: the baseUrl a client is given. */
  basePath: string;
  routes(sim: OperatorSim): SimRoute[];
  tokenOf?(request: IncomingMessage): string | null;
}

const MODULES: Partial<Record<OfdOperator, OperatorModule>> = {
  platforma: { basePath: '/v1/client/', routes: platformaRoutes, tokenOf: platformaToken },
  atolonline: { basePath: '/api/', routes: atolOnlineRoutes },
  ofdru: { basePath: '/api/', routes: ofdruRoutes },
  taxcom: { basePath: '/API/v2/', routes: taxcomRoutes },
  kontur: { basePath: '/', routes: konturRoutes },
  firstofd: { basePath: '/api/', routes: firstOfdRoutes },
  saby: { basePath: '/', routes: sabyRoutes },
};

/** The operators a simulator exists for. */
export const SIMULATED_OPERATORS = OFD_OPERATORS.filter((operator) => MODULES[operator] !== undefined);

export interface SimulatorOptions {
  /** Registers in all, spread over the operators. */
  size: number;
  seed: number;
  operators?: readonly OfdOperator[];
  /** Port per operator; 0 or absent picks a free one. */
  ports?: Partial<Record<OfdOperator, number>>;
  latencyMs?: number;
  now?: () => number;
  logger?: Logger;
  credentials?: Partial<SimCredentials>;
}

export interface OperatorSimulator {
  operator: OfdOperator;
  /** The address to give a client as baseUrl. */
  baseUrl: string;
  port: number;
  faults: FaultBoard;
  stats: SimStats;
  registers: readonly SimRegister[];
}

export interface RunningSimulators {
  simulators: OperatorSimulator[];
  get(operator: OfdOperator): OperatorSimulator;
  close(): Promise<void>;
}

/** Starts one simulator per operator on loopback, all serving one generated fleet. */
export async function startOfdSimulators(options: SimulatorOptions): Promise<RunningSimulators> {
  const operators = options.operators ?? SIMULATED_OPERATORS;
  const now = options.now ?? Date.now;
  const logger = options.logger ?? silentLogger();
  const fleet = generateFleet({ size: options.size, seed: options.seed, operators, now: now() });
  const credentials = { ...SIMULATOR_CREDENTIALS, ...options.credentials };

  const servers: RunningSimServer[] = [];
  const simulators: OperatorSimulator[] = [];
  try {
    for (const operator of operators) {
      const module = MODULES[operator];
      if (!module) {
        throw new Error(`no simulator for operator ${operator}`);
      }
      const registers = fleet.filter((r) => r.operator === operator);
      const sim: OperatorSim = { registers, faults: new FaultBoard(), now, logger, credentials };
      const server = await startSimServer({
        operator,
        routes: module.routes(sim),
        faults: sim.faults,
        logger,
        now,
        latencyMs: options.latencyMs ?? 0,
        tokenOf: module.tokenOf,
        port: options.ports?.[operator] ?? 0,
      });
      servers.push(server);
      simulators.push({
        operator,
        baseUrl: server.url + module.basePath,
        port: server.port,
        faults: sim.faults,
        stats: server.stats,
        registers,
      });
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }

  return {
    simulators,
    get: (operator) => {
      const found = simulators.find((s) => s.operator === operator);
      if (!found) {
        throw new Error(`the ${operator} simulator is not running`);
      }
      return found;
    },
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
