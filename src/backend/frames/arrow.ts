import {
  Bool,
  type Data,
  Field as ArrowField,
  Float64,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  TimestampNanosecond,
  Utf8,
} from 'apache-arrow';

import { type Field, type Frame } from './frame';

const NS_PER_MS = 1_000_000n;

/**
 * One frame as the Arrow IPC file Grafana decodes (magic ARROW1): schema metadata name, refId and meta;
 * field metadata name, tstype, labels and config; times as nanosecond timestamps; strings as Utf8.
 */
export function encodeFrame(frame: Frame): Uint8Array {
  const length = frame.fields[0]?.values.length ?? 0;
  const fields = frame.fields.map(arrowField);
  const children = frame.fields.map((field) => columnData(field, length));

  const metadata = new Map([
    ['name', frame.name],
    ['refId', frame.refId],
  ]);
  if (frame.meta) {
    metadata.set('meta', JSON.stringify(frame.meta));
  }

  return tableToIPC(new Table([recordBatch(new Schema(fields, metadata), children, length)]), 'file');
}

/**
 * A record batch that keeps every field of the schema. apache-arrow's RecordBatch merges fields that
 * share a name (Schema.assign), which would give each "errors" field of a wide frame the labels of the
 * last one; so the batch is built under placeholder names and then given the frame's schema.
 */
function recordBatch(schema: Schema, children: Data[], length: number): RecordBatch {
  const placeholders = schema.fields.map((field, i) => field.clone({ name: `${i}` }));
  const data = makeData({ type: new Struct(placeholders), length, nullCount: 0, children });
  const batch = new RecordBatch(new Schema(placeholders, schema.metadata), data);
  Object.defineProperty(batch, 'schema', { value: schema });
  return batch;
}

function arrowField(field: Field): ArrowField {
  const metadata = new Map([
    ['name', field.name],
    ['tstype', field.type],
  ]);
  if (field.labels) {
    metadata.set('labels', JSON.stringify(field.labels));
  }
  if (field.config) {
    metadata.set('config', JSON.stringify(field.config));
  }
  return new ArrowField(field.name, arrowType(field), field.nullable, metadata);
}

function arrowType(field: Field): Utf8 | Float64 | TimestampNanosecond | Bool {
  switch (field.type) {
    case 'string':
      return new Utf8();
    case 'number':
      return new Float64();
    case 'time':
      return new TimestampNanosecond();
    case 'boolean':
      return new Bool();
  }
}

function columnData(field: Field, length: number): Data {
  if (field.values.length !== length) {
    throw new Error(`field ${field.name} has ${field.values.length} values where the frame has ${length} rows`);
  }
  const { nullBitmap, nullCount } = validity(field);

  switch (field.type) {
    case 'string':
      return makeData({ type: new Utf8(), length, nullCount, nullBitmap, ...utf8(field.values) });
    case 'number':
      return makeData({
        type: new Float64(),
        length,
        nullCount,
        nullBitmap,
        data: Float64Array.from(field.values, (v) => v ?? 0),
      });
    case 'time':
      return makeData({
        type: new TimestampNanosecond(),
        length,
        nullCount,
        nullBitmap,
        data: nanoseconds(field.values),
      });
    case 'boolean':
      return makeData({
        type: new Bool(),
        length,
        nullCount,
        nullBitmap,
        data: bits(field.values.map((v) => v === true)),
      });
  }
}

/** The validity bitmap (bit set = value present); a non-nullable field refuses nulls. */
function validity(field: Field): { nullBitmap: Uint8Array | undefined; nullCount: number } {
  const present = field.values.map((v) => v !== null);
  const nullCount = present.filter((p) => !p).length;
  if (nullCount > 0 && !field.nullable) {
    throw new Error(`field ${field.name} is not nullable but has ${nullCount} nulls`);
  }
  return { nullBitmap: nullCount > 0 ? bits(present) : undefined, nullCount };
}

function bits(flags: readonly boolean[]): Uint8Array {
  const out = new Uint8Array(Math.ceil(flags.length / 8));
  flags.forEach((flag, i) => {
    if (flag) {
      out[i >> 3] |= 1 << (i & 7);
    }
  });
  return out;
}

// Exact integers: ms * 1e6 in floating point would be off by tens of nanoseconds.
function nanoseconds(values: ReadonlyArray<number | null>): BigInt64Array {
  return BigInt64Array.from(values, (v) => (v === null ? 0n : BigInt(Math.round(v)) * NS_PER_MS));
}

function utf8(values: ReadonlyArray<string | null>): { valueOffsets: Int32Array; data: Uint8Array } {
  const encoder = new TextEncoder();
  const encoded = values.map((v) => encoder.encode(v ?? ''));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));

  const data = new Uint8Array(valueOffsets[values.length]);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
  return { valueOffsets, data };
}
