/** A response body as read, before any operator-specific narrowing. */
export type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'empty' }
  | { kind: 'html'; title: string | null }
  | { kind: 'malformed'; excerpt: string };

const EXCERPT_CHARS = 60;

/**
 * Reads a body without trusting the Content-Type: operators send JSON as text/plain, nginx sends HTML
 * error pages for 429 and 502, and some endpoints answer 200 with nothing at all.
 */
export function readBody(text: string): Body {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { kind: 'empty' };
  }
  if (trimmed.startsWith('<')) {
    const title = /<title>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim() ?? null;
    return { kind: 'html', title };
  }

  try {
    return { kind: 'json', value: JSON.parse(trimmed) as unknown };
  } catch {
    return { kind: 'malformed', excerpt: excerpt(trimmed) };
  }
}

/** How a body is named in an error message: never the whole of it. */
export function describeBody(body: Body): string {
  switch (body.kind) {
    case 'empty':
      return 'an empty body';
    case 'html':
      return body.title ? `an HTML page ("${excerpt(body.title)}")` : 'an HTML page';
    case 'malformed':
      return `a body that is not valid JSON ("${body.excerpt}")`;
    case 'json':
      return 'a JSON body of an unexpected shape';
  }
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > EXCERPT_CHARS ? `${oneLine.slice(0, EXCERPT_CHARS)}…` : oneLine;
}
