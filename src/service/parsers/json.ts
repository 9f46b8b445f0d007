/** JSON found inside log lines. Callers check that a line looks like JSON before paying for a parse. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object the text holds; null for broken JSON or for JSON that is no object. */
export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** Whether text from start on is wrapped in braces, ignoring spaces around them. */
export function looksLikeObject(text: string, start = 0): boolean {
  let end = text.length - 1;
  while (end > start && text.charCodeAt(end) <= 32) {
    end--;
  }
  while (start < end && text.charCodeAt(start) <= 32) {
    start++;
  }
  return text.charCodeAt(start) === 123 && text.charCodeAt(end) === 125;
}
