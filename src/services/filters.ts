/** Values that mean "every register" when a variable is set to All. */
const WILDCARDS = new Set(['', '*', '.*', '$__all', 'All']);

/**
 * Turns an interpolated filter ("kkt-1,kkt-2", or ".*" for All) into the comma-separated list the
 * service expects, or undefined for no filter at all.
 */
export function filterList(text: string | undefined): string | undefined {
  const parts = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

  if (parts.length === 0 || parts.some((part) => WILDCARDS.has(part))) {
    return undefined;
  }
  return [...new Set(parts)].join(',');
}
