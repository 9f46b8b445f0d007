/**
 * The fiscal sign (tag 1077) as a decimal string. It is a 32-bit unsigned number, so it passes 2^31
 * and breaks int32 parsers; operators send it as a number or as text.
 */
export function normaliseFiscalSign(value: unknown): string | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  }
  if (typeof value !== 'string') {
    return null;
  }

  const digits = value.trim();
  return /^\d{1,20}$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
}
