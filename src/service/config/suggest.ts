import { type z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, Node>;
  element?: Node;
  innerType?: Node;
  in?: Node;
  options?: Node[];
  discriminator?: string;
  values?: unknown[];
}
interface Node {
  _zod: { def: Def };
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** The setting names the schema allows at a path of the input, or null where it cannot tell. */
export function settingsAt(schema: z.ZodType, path: readonly PropertyKey[], input: unknown): string[] | null {
  let node: Node | undefined = schema as unknown as Node;
  let value = input;
  for (const part of path) {
    const def: Def | undefined = unwrap(node, value)?._zod.def;
    node = def?.type === 'object' ? def.shape?.[String(part)] : def?.type === 'array' ? def.element : undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  }

  const def = unwrap(node, value)?._zod.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : null;
}

function unwrap(node: Node | undefined, value: unknown): Node | undefined {
  for (let depth = 0; node && depth < 16; depth++) {
    const def: Def = node._zod.def;
    if (WRAPPERS.has(def.type)) {
      node = def.innerType;
    } else if (def.type === 'pipe') {
      node = def.in;
    } else if (def.type === 'union' && def.discriminator) {
      node = optionFor(def, value);
    } else {
      return node;
    }
  }
  return node;
}

/** The option of a discriminated union that the input's discriminator names. */
function optionFor(def: Def, value: unknown): Node | undefined {
  const key = def.discriminator as string;
  const wanted = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return def.options?.find((option) => option._zod.def.shape?.[key]?._zod.def.values?.includes(wanted));
}

/** The allowed name a misspelling most likely meant: same letters in another case, or two edits away. */
export function closest(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) {
    return sameCase;
  }

  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      [best, bestDistance] = [candidate, distance];
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length];
}
