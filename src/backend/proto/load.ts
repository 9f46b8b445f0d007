import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSea, getAsset } from 'node:sea';

import { parse, Root } from 'protobufjs';

/** The protocol files, shipped as single-executable assets under these names. */
export const PROTO_FILES = ['backend.proto', 'health.proto', 'controller.proto'] as const;

export type ProtoFile = (typeof PROTO_FILES)[number];

/** Text of one protocol file: the embedded asset in the packaged executable, else the file beside this module. */
export function protoText(name: ProtoFile): string {
  if (isSea()) {
    return getAsset(name, 'utf8');
  }
  return readFileSync(join(__dirname, name), 'utf8');
}

/** All three files in one root, field names exactly as written (refId, fromEpochMS). */
export function loadProtocol(): Root {
  const root = new Root();
  for (const name of PROTO_FILES) {
    parse(protoText(name), root, { keepCase: true });
  }
  root.resolveAll();
  return root;
}
