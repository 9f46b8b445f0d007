import { WILDCARD } from './mask';

const KEY = /^[A-Za-z_][\w.-]*[=:]/;

/** Whether a token holds a masked part, so that it stands for many values. */
export function isPattern(token: string): boolean {
  return token.includes(WILDCARD);
}

/** Whether a pattern token ("blk_<*>", "(<*>)") matches another token, each wildcard standing for any text. */
export function matches(pattern: string, token: string): boolean {
  const parts = pattern.split(WILDCARD);
  if (parts.length === 1) {
    return pattern === token;
  }

  const head = parts[0];
  const tail = parts[parts.length - 1];
  if (token.length < head.length + tail.length || !token.startsWith(head) || !token.endsWith(tail)) {
    return false;
  }

  let at = head.length;
  const end = token.length - tail.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = token.indexOf(parts[i], at);
    if (found < 0 || found + parts[i].length > end) {
      return false;
    }
    at = found + parts[i].length;
  }
  return true;
}

/**
 * Whether two tokens at one position can be the same variable: equal, one a pattern the other fits, or two
 * values of one key ("ws=null", "ws=WorkSource{<*>}") where either value is masked.
 */
export function compatible(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }

  const patternA = isPattern(a);
  const patternB = isPattern(b);
  if ((patternA && matches(a, b)) || (patternB && matches(b, a))) {
    return true;
  }
  return (patternA || patternB) && sameKey(a, b);
}

function sameKey(a: string, b: string): boolean {
  const key = KEY.exec(a)?.[0];
  return key !== undefined && a.length > key.length && b.length > key.length && b.startsWith(key);
}

/** Whether template u covers template t: every token of u equals or matches t's token at its position. */
export function generalises(u: readonly string[], t: readonly string[]): boolean {
  if (u.length !== t.length) {
    return false;
  }
  for (let i = 0; i < u.length; i++) {
    if (u[i] !== t[i] && !(isPattern(u[i]) && matches(u[i], t[i]))) {
      return false;
    }
  }
  return true;
}
