import { type Logger } from '../../service/logger';
import { type FaultBoard } from './faults';
import { type SimRegister } from './fleet';

/** What each operator's simulator module is given. */
export interface OperatorSim {
  registers: readonly SimRegister[];
  faults: FaultBoard;
  now: () => number;
  logger: Logger;
  /** The credentials the simulator accepts. */
  credentials: SimCredentials;
}

export interface SimCredentials {
  login: string;
  password: string;
  token: string;
  apiKey: string;
  integratorId: string;
  inn: string;
}

/** The credentials every simulator accepts unless told otherwise; they open nothing real. */
export const SIMULATOR_CREDENTIALS: SimCredentials = {
  login: 'simulator',
  password: 'simulator-password',
  token: 'simulator-token',
  apiKey: 'simulator-api-key',
  integratorId: 'simulator-integrator',
  inn: '7700000001',
};

/** Registers by registration number. */
export function indexByRegNumber(registers: readonly SimRegister[]): Map<string, SimRegister> {
  return new Map(registers.map((r) => [r.regNumber, r]));
}

/** An error body in the operator's words. */
export function errorReply(status: number, body: unknown) {
  return { status, body };
}
