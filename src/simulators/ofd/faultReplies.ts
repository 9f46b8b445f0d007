import { type Fault } from './faults';
import { type SimReply } from './server';

const NGINX_429 =
  '<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** Faults any operator's simulator can give, before its own handling. */
export const GENERIC_FAULTS = [
  'http-429-json',
  'http-429-html',
  'maintenance-503',
  'processing-503',
  'rate-limit-503',
  'http-500',
  'slow',
  'malformed-json',
  'html-200',
  'empty-200',
] as const;

/** The answer a switched-on fault gives instead of the operator's. */
export function genericFault(fault: Fault, now: number): SimReply {
  const headers = retryAfter(fault, now);
  switch (fault.kind) {
    case 'http-429-json':
      return { status: 429, headers, body: { error: 'Too many requests' } };
    case 'http-429-html':
      return { status: 429, headers: { ...headers, 'content-type': 'text/html' }, body: NGINX_429 };
    case 'maintenance-503':
      return { status: 503, headers, body: '' };
    case 'processing-503':
      return { status: 503, headers, body: PROCESSING_503 };
    case 'rate-limit-503':
      return { status: 503, headers, body: { error: 'Too many requests. Retry after: 60s' } };
    case 'http-500':
      return { status: 500, body: { error: 'Internal server error' } };
    case 'malformed-json':
      return { status: 200, body: '{"documents": [{"id": "00000000-0000' };
    case 'html-200':
      return { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Service page</body></html>' };
    default:
      return { status: 200, body: '' };
  }
}

const PROCESSING_503 = {
  exception: '503-01',
  'exception text': 'One or more receipts in processing yet',
  description: 'At least one document of the period is still being processed; retry after the Retry-After header.',
};

function retryAfter(fault: Fault, now: number): Record<string, string> {
  if (fault.retryAfter === 'none') {
    return {};
  }
  const value =
    fault.retryAfter === 'seconds'
      ? String(fault.retryAfterSeconds)
      : new Date(now + fault.retryAfterSeconds * 1000).toUTCString();
  return { 'retry-after': value };
}
