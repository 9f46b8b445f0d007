/** Control characters no text log writes; tab, vertical tab, form feed, CR and ESC (colours) are allowed. */
const SUSPECT = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]/;

/**
 * Whether a decoded line is binary garbage rather than text: a NUL byte (preallocated or zero-filled
 * space after a crash), control characters in more than 1 of 20 characters, or replacement characters
 * in more than 1 of 3.
 */
export function isBinary(text: string): boolean {
  if (!SUSPECT.test(text)) {
    return false;
  }

  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) {
      return true;
    }
    if (code === 0xfffd) {
      replaced += 1;
    } else if (code < 0x20 || code === 0x7f) {
      controls += code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x1b ? 0 : 1;
    }
  }
  return (controls >= 2 && controls * 20 >= text.length) || (replaced >= 4 && replaced * 3 >= text.length);
}
