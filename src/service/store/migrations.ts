/**
 * Schema migrations, applied in order; PRAGMA user_version records how many ran. Never edit a
 * released migration: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE device_aliases (
    key TEXT PRIMARY KEY,
    device_id TEXT NOT NULL
  );

  CREATE TABLE error_events (
    key TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    time INTEGER NOT NULL,
    time_source TEXT NOT NULL,
    family TEXT NOT NULL,
    code TEXT,
    condition TEXT NOT NULL,
    severity TEXT NOT NULL,
    title TEXT NOT NULL,
    message TEXT NOT NULL,
    source TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX error_events_time ON error_events (time);
  CREATE INDEX error_events_device_time ON error_events (device_id, time);

  CREATE TABLE documents (
    fn_serial TEXT NOT NULL,
    number INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    type TEXT NOT NULL,
    time INTEGER NOT NULL,
    received_at INTEGER,
    shift_number INTEGER,
    total_kopecks INTEGER,
    fiscal_sign TEXT,
    PRIMARY KEY (fn_serial, number)
  ) WITHOUT ROWID;
  CREATE INDEX documents_device_time ON documents (device_id, time);

  CREATE TABLE file_checkpoints (
    collector TEXT NOT NULL,
    file_id TEXT NOT NULL,
    path TEXT NOT NULL,
    offset INTEGER NOT NULL,
    size INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (collector, file_id)
  ) WITHOUT ROWID;

  CREATE TABLE ofd_checkpoints (
    account TEXT NOT NULL,
    device_id TEXT NOT NULL,
    cursor TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (account, device_id)
  ) WITHOUT ROWID;

  CREATE TABLE kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  `
  CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE cluster_templates (
    key TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    general INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE cluster_aliases (
    id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];
