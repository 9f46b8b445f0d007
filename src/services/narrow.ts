/** Small guards that turn unknown JSON from the service or Grafana into typed values, or throw. */

export class NarrowingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NarrowingError';
  }
}

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown, what: string): Obj {
  if (!isObj(value)) {
    throw new NarrowingError(`${what} is not an object`);
  }
  return value;
}

export function str(o: Obj, key: string): string {
  const value = o[key];
  if (typeof value !== 'string') {
    throw new NarrowingError(`${key} is not a string`);
  }
  return value;
}

export function strOrNull(o: Obj, key: string): string | null {
  const value = o[key];
  return typeof value === 'string' ? value : null;
}

export function num(o: Obj, key: string): number {
  const value = o[key];
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new NarrowingError(`${key} is not a number`);
  }
  return value;
}

export function numOrNull(o: Obj, key: string): number | null {
  const value = o[key];
  return typeof value === 'number' && !Number.isNaN(value) ? value : null;
}

export function bool(o: Obj, key: string): boolean {
  return o[key] === true;
}

export function arr(o: Obj, key: string): unknown[] {
  const value = o[key];
  if (!Array.isArray(value)) {
    throw new NarrowingError(`${key} is not a list`);
  }
  return value;
}

export function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[]): T {
  const value = str(o, key);
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new NarrowingError(`${key} "${value}" is not one of ${allowed.join(', ')}`);
  }
  return found;
}

/** The items of a page ({items: [...]}) or of a bare list, each narrowed. */
export function items<T>(value: unknown, item: (v: unknown) => T): T[] {
  const list = Array.isArray(value) ? value : arr(obj(value, 'response'), 'items');
  return list.map(item);
}

/** The sentence of the service's error body ({error: {code, message}}), when there is one. */
export function apiErrorMessage(value: unknown): string | null {
  if (!isObj(value) || !isObj(value.error)) {
    return null;
  }
  return strOrNull(value.error, 'message');
}
