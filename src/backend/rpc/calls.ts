import {
  type handleServerStreamingCall,
  type handleUnaryCall,
  type ServerErrorResponse,
  type ServerUnaryCall,
  status,
} from '@grpc/grpc-js';

import { asBackendError } from '../errors';

type SurfaceCall = Pick<ServerUnaryCall<unknown, unknown>, 'on' | 'removeListener' | 'getDeadline'>;

/** A handler of the backend: the decoded request, a signal that fires on cancel or deadline, the answer. */
export type Handler<T> = (request: unknown, signal: AbortSignal) => Promise<T>;

/** A unary gRPC method from a handler. */
export function unary<T>(handler: Handler<T>): handleUnaryCall<unknown, T> {
  return (call, callback) => {
    const { signal, release } = callSignal(call);
    handler(call.request, signal)
      .then(
        (response) => callback(null, response),
        (error: unknown) => callback(grpcError(error))
      )
      .finally(release);
  };
}

/** A server-streaming gRPC method that answers with one message. */
export function singleMessageStream<T>(handler: Handler<T>): handleServerStreamingCall<unknown, T> {
  return (call) => {
    const { signal, release } = callSignal(call);
    handler(call.request, signal)
      .then(
        (response) => {
          call.write(response);
          call.end();
        },
        (error: unknown) => call.destroy(grpcError(error))
      )
      .finally(release);
  };
}

/** Aborts when the caller cancels or the call's deadline passes. */
function callSignal(call: SurfaceCall): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  call.on('cancelled', abort);

  const deadline = call.getDeadline();
  const at = deadline instanceof Date ? deadline.getTime() : deadline;
  const timer = Number.isFinite(at) ? setTimeout(abort, Math.max(0, at - Date.now())) : null;
  return {
    signal: controller.signal,
    release: () => {
      call.removeListener('cancelled', abort);
      if (timer) {
        clearTimeout(timer);
      }
    },
  };
}

function grpcError(error: unknown): ServerErrorResponse {
  const failure = asBackendError(error);
  const code = failure.status === 400 ? status.INVALID_ARGUMENT : status.INTERNAL;
  return Object.assign(new Error(failure.message), { code, details: failure.message });
}
