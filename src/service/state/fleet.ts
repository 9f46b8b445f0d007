import { type Device, mergeDevice, newDevice } from '../domain/device';
import { normaliseFnSerial, normaliseRegNumber, normaliseSerial } from '../domain/identifiers';
import { type DeviceState, initialState } from './deviceState';

/** What a source knows about a register's identity; any one of these may find it. */
export interface DeviceIdentity {
  id?: string | null;
  regNumber?: string | null;
  serial?: string | null;
  fnSerial?: string | null;
}

/** A consistent view of the fleet at one moment; its records never change afterwards. */
export interface FleetSnapshot {
  readonly version: number;
  readonly takenAt: number;
  readonly devices: readonly DeviceState[];
}

type Listener = (changed: readonly DeviceState[]) => void;

/**
 * Live state of every register, kept as immutable records. Each update is one synchronous step, so
 * no reader ever sees half of it; a snapshot is the list of records at that step.
 */
export class FleetState {
  private readonly devices = new Map<string, DeviceState>();
  private readonly aliases = new Map<string, string>();
  private readonly listeners: Listener[] = [];
  private version = 0;
  private cached: FleetSnapshot | null = null;

  get size(): number {
    return this.devices.size;
  }

  get(id: string): DeviceState | undefined {
    return this.devices.get(id);
  }

  /** Finds a register by any identity a source gave, through the aliases recorded so far. */
  resolve(identity: DeviceIdentity): string | undefined {
    if (identity.id && this.devices.has(identity.id)) {
      return identity.id;
    }
    for (const key of aliasKeys(identity)) {
      const id = this.aliases.get(key);
      if (id !== undefined) {
        return id;
      }
    }
    return undefined;
  }

  /**
   * Finds or creates the register and merges what the source knows of it. A new register takes the
   * id given, else its registration number, else its serial.
   */
  upsert(identity: DeviceIdentity, fields: Partial<Omit<Device, 'id'>> = {}): DeviceState {
    const regNumber = normaliseRegNumber(identity.regNumber) ?? fields.regNumber ?? null;
    const serial = normaliseSerial(identity.serial) ?? fields.serial ?? null;
    const id = this.resolve(identity) ?? identity.id ?? regNumber ?? serial;
    if (!id) {
      throw new Error('a device needs an id, a registration number or a serial');
    }

    const current = this.devices.get(id) ?? initialState(newDevice(id));
    const device = mergeDevice(current.device, { ...fields, regNumber, serial });
    const next = device === current.device && this.devices.has(id) ? current : { ...current, device };
    this.remember(id, { ...identity, regNumber, serial });
    this.commit([next]);
    return next;
  }

  /** Replaces one register's record with what the change makes of it. */
  update(id: string, change: (state: DeviceState) => DeviceState): DeviceState | undefined {
    const current = this.devices.get(id);
    if (!current) {
      return undefined;
    }

    const next = change(current);
    if (next !== current) {
      this.commit([next]);
    }
    return next;
  }

  /** Applies many changes as one step: a scrape sees all of them or none. */
  updateMany(changes: ReadonlyArray<[string, (state: DeviceState) => DeviceState]>): void {
    const next: DeviceState[] = [];
    for (const [id, change] of changes) {
      const current = this.devices.get(id);
      const changed = current && change(current);
      if (changed && changed !== current) {
        next.push(changed);
      }
    }
    this.commit(next);
  }

  /** Restores records read back from the store, without notifying listeners. */
  restore(states: readonly DeviceState[], aliases: ReadonlyArray<[string, string]> = []): void {
    for (const state of states) {
      this.devices.set(state.device.id, state);
      this.remember(state.device.id, state.device);
    }
    for (const [key, id] of aliases) {
      this.aliases.set(key, id);
    }
    this.bump();
  }

  remove(id: string): void {
    if (this.devices.delete(id)) {
      this.bump();
    }
  }

  snapshot(now = Date.now()): FleetSnapshot {
    if (!this.cached) {
      this.cached = { version: this.version, takenAt: now, devices: [...this.devices.values()] };
    }
    return this.cached;
  }

  /** Called after each committed step with the records it changed (the store persists them). */
  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  aliasEntries(): Array<[string, string]> {
    return [...this.aliases.entries()];
  }

  private remember(id: string, identity: DeviceIdentity): void {
    for (const key of aliasKeys(identity)) {
      this.aliases.set(key, id);
    }
  }

  private commit(changed: DeviceState[]): void {
    if (changed.length === 0) {
      return;
    }
    for (const state of changed) {
      this.devices.set(state.device.id, state);
    }
    this.bump();
    for (const listener of this.listeners) {
      listener(changed);
    }
  }

  private bump(): void {
    this.version += 1;
    this.cached = null;
  }
}

function aliasKeys(identity: DeviceIdentity): string[] {
  const keys: string[] = [];
  const regNumber = normaliseRegNumber(identity.regNumber);
  const serial = normaliseSerial(identity.serial);
  const fnSerial = normaliseFnSerial(identity.fnSerial);
  if (regNumber) {
    keys.push(`rnm:${regNumber}`);
  }
  if (serial) {
    keys.push(`serial:${serial}`);
  }
  if (fnSerial) {
    keys.push(`fn:${fnSerial}`);
  }
  return keys;
}
