import { z } from 'zod';

/** Where document collection for a register stopped: every document formed before `until` is stored. */
export interface OfdCursor {
  until: number;
}

const cursorSchema = z.object({ v: z.literal(1), until: z.number().int().positive() });

export function encodeCursor(cursor: OfdCursor): string {
  return JSON.stringify({ v: 1, until: cursor.until });
}

/** A stored cursor, or null when there is none or it cannot be read (collection starts over). */
export function decodeCursor(text: string | null): OfdCursor | null {
  if (text === null) {
    return null;
  }
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(text));
    return parsed.success ? { until: parsed.data.until } : null;
  } catch {
    return null;
  }
}
