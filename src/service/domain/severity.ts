/** Alert levels, from the one that stops sales to the one that only informs. */
export const SEVERITIES = ['critical', 'high', 'warning', 'info'] as const;

export type Severity = (typeof SEVERITIES)[number];

const RANK: Record<Severity, number> = { critical: 3, high: 2, warning: 1, info: 0 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
