import { Client, credentials, type MethodDefinition, type ServiceError } from '@grpc/grpc-js';

import { loadProtocol } from '../../../src/backend/proto/load';
import { serviceDefinition, SERVICES } from '../../../src/backend/rpc/definitions';

type ServiceName = keyof typeof SERVICES;

/** A plain gRPC client for the backend's services, speaking the same protocol files. */
export class PluginClient {
  private readonly root = loadProtocol();
  private readonly client: Client;

  constructor(address: string) {
    this.client = new Client(address, credentials.createInsecure());
  }

  /** One unary call; resolves with the decoded answer or rejects with the gRPC error. */
  unary(service: ServiceName, method: string, request: object): Promise<unknown> {
    const definition = this.method(service, method);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        definition.path,
        definition.requestSerialize,
        definition.responseDeserialize,
        request,
        (error: ServiceError | null, response?: unknown) => (error ? reject(error) : resolve(response))
      );
    });
  }

  /** A server-streaming call, every message it sent. */
  stream(service: ServiceName, method: string, request: object): Promise<unknown[]> {
    const definition = this.method(service, method);
    const call = this.client.makeServerStreamRequest(
      definition.path,
      definition.requestSerialize,
      definition.responseDeserialize,
      request
    );
    const messages: unknown[] = [];
    return new Promise((resolve, reject) => {
      call.on('data', (message: unknown) => messages.push(message));
      call.on('error', reject);
      call.on('end', () => resolve(messages));
    });
  }

  close(): void {
    this.client.close();
  }

  private method(service: ServiceName, method: string): MethodDefinition<unknown, unknown> {
    const definition = serviceDefinition(this.root, SERVICES[service])[method];
    if (!definition) {
      throw new Error(`${SERVICES[service]} has no method ${method}`);
    }
    return definition;
  }
}
