import { z } from 'zod';

/** Where document collection for a register stopped: every document formed before `until` is stored. */
export interface OfdCursor {
  until: number;
  /** The register's first poll has still to look further back for the documents that tell its state. */
  lookBack?: true;
}

const cursorSchema = z.object({
  v: z.literal(1),
  until: z.number().int().positive(),
  lookBack: z.literal(true).optional(),
});

export function encodeCursor(cursor: OfdCursor): string {
  return JSON.stringify({ v: 1, until: cursor.until, ...(cursor.lookBack ? { lookBack: true } : {}) });
}

/** A stored cursor, or null when there is none or it cannot be read (collection starts over). */
export function decodeCursor(text: string | null): OfdCursor | null {
  if (text === null) {
    return null;
  }
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      return null;
    }
    return parsed.data.lookBack ? { until: parsed.data.until, lookBack: true } : { until: parsed.data.until };
  } catch {
    return null;
  }
}
