import { type CodeFamily } from '../../domain/errorEvent';
import { type Severity } from '../../domain/severity';

/** One condition of a code family as our catalogue knows it. */
export interface CatalogueEntry {
  family: CodeFamily;
  /** The code as the family writes it: FN codes as "0x14", others in decimal ("-3822", "115"). */
  code: string;
  /** Our short English description. */
  title: string;
  severity: Severity;
  /** Russian and English wordings that identify the condition in a line that carries no code. */
  phrases: readonly string[];
  /**
   * The FN condition this code stands for ("fn:0x14"): the driver relays the FN's code, or runs the same
   * check before the FN does (shift over 24 hours), so every wording lands in one condition.
   */
  sameAs?: string;
}

/** A row of a family table: code, severity, title, then its wordings. */
export type Row = readonly [code: number | string, severity: Severity, title: string, ...phrases: string[]];

export function entries(
  family: CodeFamily,
  rows: readonly Row[],
  writeCode: (code: number) => string = String
): CatalogueEntry[] {
  return rows.map(([code, severity, title, ...phrases]) => ({
    family,
    code: typeof code === 'number' ? writeCode(code) : code,
    title,
    severity,
    phrases,
  }));
}

/** Marks the entries whose codes stand for an FN condition as that condition. */
export function standingFor(list: CatalogueEntry[], conditions: Readonly<Record<string, string>>): CatalogueEntry[] {
  return list.map((entry) => (conditions[entry.code] ? { ...entry, sameAs: conditions[entry.code] } : entry));
}

/** The stable key of an entry: the condition every wording of it maps to. */
export function conditionOf(entry: CatalogueEntry): string {
  return entry.sameAs ?? `${entry.family}:${entry.code}`;
}

/** FN codes are written as two hex digits, as the FN protocol and the driver tables do. */
export function fnCode(code: number): string {
  return `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;
}
