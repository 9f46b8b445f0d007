/**
 * Identifiers arrive padded with spaces (registration numbers padded to 20, INN to 12) or with stray
 * control characters; joins by registration number fail unless every source is normalised the same way.
 */
export function normaliseIdentifier(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    return String(value);
  }
  if (typeof value !== 'string') {
    return null;
  }

  const trimmed = value.replace(/[\s\u0000]+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** KKT registration number (RNM, tag 1037): 16 digits once padding is removed. */
export function normaliseRegNumber(value: unknown): string | null {
  const id = normaliseIdentifier(value);
  return id === null ? null : id.replace(/\s+/g, '');
}

/** Fiscal drive serial (tag 1041): 16 digits, sometimes with a trailing space. */
export function normaliseFnSerial(value: unknown): string | null {
  return normaliseRegNumber(value);
}

/** Factory serial of the register: up to 20 characters. */
export function normaliseSerial(value: unknown): string | null {
  return normaliseRegNumber(value);
}

/** INN of 10 or 12 digits; padding removed. */
export function normaliseInn(value: unknown): string | null {
  return normaliseRegNumber(value);
}

/** Names arrive with trailing CR/LF from some operators. */
export function normaliseText(value: unknown): string | null {
  return normaliseIdentifier(value);
}
