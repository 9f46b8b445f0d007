import { type MethodDefinition, type ServiceDefinition } from '@grpc/grpc-js';
import { type IConversionOptions, type Root, type Type } from 'protobufjs';

/** 64-bit integers as numbers (epoch ms fit), enums by name, absent fields as their defaults. */
const DECODE: IConversionOptions = { longs: Number, enums: String, defaults: true, arrays: true, objects: true };

/** Fully qualified services the backend serves, as the host calls them. */
export const SERVICES = {
  health: 'grpc.health.v1.Health',
  controller: 'plugin.GRPCController',
  diagnostics: 'pluginv2.Diagnostics',
  data: 'pluginv2.Data',
  resource: 'pluginv2.Resource',
} as const;

/** A gRPC service definition for grpc-js from the parsed protocol: messages decode to plain objects. */
export function serviceDefinition(root: Root, name: string): ServiceDefinition {
  const service = root.lookupService(name);
  const definition: Record<string, MethodDefinition<unknown, unknown>> = {};

  for (const method of service.methodsArray) {
    method.resolve();
    const request = method.resolvedRequestType;
    const response = method.resolvedResponseType;
    if (!request || !response) {
      throw new Error(`${name}.${method.name} has unresolved message types`);
    }
    definition[method.name] = {
      path: `/${name}/${method.name}`,
      requestStream: method.requestStream === true,
      responseStream: method.responseStream === true,
      requestSerialize: encoder(request),
      requestDeserialize: decoder(request),
      responseSerialize: encoder(response),
      responseDeserialize: decoder(response),
    };
  }
  return definition;
}

function encoder(type: Type): (value: unknown) => Buffer {
  return (value) => {
    if (!isRecord(value)) {
      throw new Error(`${type.name} must be an object`);
    }
    return Buffer.from(type.encode(type.fromObject(value)).finish());
  };
}

function decoder(type: Type): (bytes: Buffer) => unknown {
  return (bytes) => type.toObject(type.decode(bytes), DECODE);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
