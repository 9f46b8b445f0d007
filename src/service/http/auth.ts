import { createHash, timingSafeEqual } from 'node:crypto';

import { type FastifyRequest } from 'fastify';

import { KktError } from '../errors';

/** The key a request presents: "Authorization: Bearer <key>" or "X-API-Key: <key>". */
function presentedKey(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.toLowerCase().startsWith('bearer ')) {
    return header.slice(7).trim();
  }
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Throws unless the request carries one of the keys; compares in constant time. */
export function requireApiKey(request: FastifyRequest, configured: readonly string[]): void {
  const keys = configured.filter((key) => key !== '');
  if (keys.length === 0) {
    return;
  }

  const presented = presentedKey(request);
  if (!presented) {
    throw new KktError('UNAUTHORIZED');
  }
  const given = digest(presented);
  if (!keys.some((key) => timingSafeEqual(digest(key), given))) {
    throw new KktError('FORBIDDEN');
  }
}
