import { type Data, type Field, makeVector, RecordBatchReader, type Schema } from 'apache-arrow';

/** A decoded frame in a form golden files can hold and people can read. */
export interface FrameDescription {
  name: string;
  refId: string;
  meta: unknown;
  fields: Array<{
    name: string;
    type: string;
    nullable: boolean;
    metadata: Record<string, unknown>;
    values: unknown[];
  }>;
}

const MAGIC = 'ARROW1';

/** Arrow types Grafana's SDK turns into fields (data/arrow.go); any other type fails there. */
const SDK_TYPES = /^(Utf8|Bool|Float(32|64)|U?Int(8|16|32|64)|Binary|Timestamp<NANOSECOND>)$/;

/**
 * Reads frame bytes the way Grafana's SDK does: an IPC file (ARROW1 at both ends), the schema's name,
 * refId and meta, each field's metadata (labels and config as JSON) and only the types it supports,
 * timestamps as nanoseconds (shown here as ISO times when they are whole milliseconds).
 */
export function describeFrame(bytes: Uint8Array): FrameDescription {
  const head = Buffer.from(bytes.subarray(0, 6)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(bytes.length - 6)).toString('latin1');
  if (head !== MAGIC || tail !== MAGIC) {
    throw new Error(`not an Arrow IPC file: starts "${head}", ends "${tail}"`);
  }

  const { schema, columns } = readFile(bytes);
  const schemaMeta = schema.metadata;
  return {
    name: schemaMeta.get('name') ?? '',
    refId: schemaMeta.get('refId') ?? '',
    meta: schemaMeta.has('meta') ? JSON.parse(schemaMeta.get('meta') ?? '') : null,
    fields: schema.fields.map((field, i) => describeField(field, columns[i])),
  };
}

/**
 * The file's schema and each column's data by position. The schema is taken from the file itself: the
 * record batches apache-arrow builds while reading merge fields that share a name, Go's reader does not.
 */
function readFile(bytes: Uint8Array): { schema: Schema; columns: Data[][] } {
  const reader = RecordBatchReader.from(bytes);
  reader.open();
  if (!reader.isFile()) {
    throw new Error('the bytes read as an Arrow stream, not a file');
  }
  const schema = reader.schema;
  const batches = [...reader];
  return { schema, columns: schema.fields.map((_, i) => batches.map((batch) => batch.data.children[i])) };
}

function describeField(field: Field, column: Data[]) {
  const type = String(field.type);
  if (!SDK_TYPES.test(type)) {
    throw new Error(`field ${field.name}: unsupported arrow type ${type}`);
  }

  const metadata: Record<string, unknown> = {};
  for (const [key, value] of field.metadata) {
    metadata[key] = key === 'labels' || key === 'config' ? JSON.parse(value) : value;
  }
  const values = [...makeVector(column)].map((v) => (type.startsWith('Timestamp') ? time(v) : v));
  return { name: field.name, type, nullable: field.nullable, metadata, values };
}

/** apache-arrow hands nanosecond timestamps back as ms numbers; the raw BigInt is checked separately. */
function time(value: unknown): string | null {
  if (value === null) {
    return null;
  }
  if (typeof value !== 'number') {
    throw new Error(`timestamp read as ${typeof value}`);
  }
  return new Date(value).toISOString();
}

/** The raw nanosecond values of a timestamp column, for checking the unit. */
export function rawNanoseconds(bytes: Uint8Array, fieldName: string): bigint[] {
  const { schema, columns } = readFile(bytes);
  const index = schema.fields.findIndex((field) => field.name === fieldName);
  if (index === -1) {
    throw new Error(`no field ${fieldName}`);
  }
  return columns[index].flatMap((data) => [...data.values].map((v) => BigInt(v)));
}
