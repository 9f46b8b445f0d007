import { STATUS_CODES } from 'node:http';
import { type Socket } from 'node:net';

/** Requests the HTTP parser refuses before any route sees them, answered in the API's error shape. */
const REFUSALS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'the request took too long to arrive'],
  HPE_HEADER_OVERFLOW: [431, 'the request line and headers exceed 16 KiB: shorten the query (fewer ids per filter)'],
};

export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }

  const [status, message] = REFUSALS[error.code ?? ''] ?? [400, 'the request is not valid HTTP'];
  const body = JSON.stringify({ error: { code: 'BAD_REQUEST', message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json\r\nConnection: close\r\n\r\n${body}`
    );
  }
  socket.destroy(error);
}
