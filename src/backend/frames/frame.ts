/**
 * Grafana's data frame as this backend builds it: named, typed columns of equal length. Times are UTC
 * epoch milliseconds here and nanoseconds on the wire.
 */
export type FieldType = 'string' | 'number' | 'time' | 'boolean';

/** FieldConfig as Grafana reads it from the field's "config" metadata, e.g. { unit: 's' }. */
export type FieldConfig = Record<string, string | number | boolean>;

interface FieldBase {
  name: string;
  /** Whether the column may hold nulls; fixed per query type so the schema never depends on the data. */
  nullable: boolean;
  labels?: Record<string, string>;
  config?: FieldConfig;
}

export type Field =
  | (FieldBase & { type: 'string'; values: Array<string | null> })
  | (FieldBase & { type: 'number'; values: Array<number | null> })
  | (FieldBase & { type: 'time'; values: Array<number | null> })
  | (FieldBase & { type: 'boolean'; values: Array<boolean | null> });

export interface Notice {
  severity: 'info' | 'warning' | 'error';
  text: string;
}

/** The FrameMeta keys this backend sets. */
export interface FrameMeta {
  /** Data-plane type, e.g. "timeseries-wide" or "numeric-long"; Grafana's alerting reads frames by it. */
  type?: string;
  typeVersion?: [number, number];
  executedQueryString?: string;
  preferredVisualisationType?: string;
  notices?: Notice[];
}

export interface Frame {
  name: string;
  refId: string;
  meta?: FrameMeta;
  fields: Field[];
}

/** One column of a table built from rows: its type, whether it may be null and how to read it. */
export type Column<R> = {
  name: string;
  nullable?: boolean;
  config?: FieldConfig;
} & (
  | { type: 'string'; value: (row: R) => string | null }
  | { type: 'number'; value: (row: R) => number | null }
  | { type: 'time'; value: (row: R) => number | null }
  | { type: 'boolean'; value: (row: R) => boolean | null }
);

/** A table frame: one field per column, one row per item. Columns are nullable unless they say otherwise. */
export function tableFrame<R>(name: string, refId: string, columns: Array<Column<R>>, rows: readonly R[]): Frame {
  return { name, refId, fields: columns.map((column) => columnField(column, rows)) };
}

function columnField<R>(column: Column<R>, rows: readonly R[]): Field {
  const base = { name: column.name, nullable: column.nullable ?? true, config: column.config };
  switch (column.type) {
    case 'string':
      return { ...base, type: 'string', values: rows.map(column.value) };
    case 'number':
      return { ...base, type: 'number', values: rows.map(column.value) };
    case 'time':
      return { ...base, type: 'time', values: rows.map(column.value) };
    case 'boolean':
      return { ...base, type: 'boolean', values: rows.map(column.value) };
  }
}

/** Epoch ms of an ISO time from the service, null kept. */
export function ms(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}
