import { type DocumentType, type FiscalDocument } from '../domain/document';
import { type Db } from './db';
import { Where } from './where';

export interface DocumentFilter {
  deviceIds?: string[];
  types?: DocumentType[];
  from?: number;
  to?: number;
}

interface Row {
  fn_serial: string;
  number: number;
  device_id: string;
  type: DocumentType;
  time: number;
  received_at: number | null;
  shift_number: number | null;
  total_kopecks: number | null;
  fiscal_sign: string | null;
}

/** Fiscal documents keyed by FN serial and document number: collecting a period again adds nothing. */
export class Documents {
  private readonly insertStatement;

  constructor(private readonly db: Db) {
    this.insertStatement = db.prepare(
      `INSERT INTO documents
         (fn_serial, number, device_id, type, time, received_at, shift_number, total_kopecks, fiscal_sign)
       VALUES (@fnSerial, @number, @deviceId, @type, @time, @receivedAt, @shiftNumber, @totalKopecks, @fiscalSign)
       ON CONFLICT (fn_serial, number) DO NOTHING`
    );
  }

  /** Inserts within the caller's transaction; returns the documents that were new. */
  insert(documents: readonly FiscalDocument[]): FiscalDocument[] {
    return documents.filter((doc) => this.insertStatement.run(doc).changes > 0);
  }

  query(filter: DocumentFilter, limit: number, offset: number): { items: FiscalDocument[]; total: number } {
    const where = new Where()
      .in('device_id', 'd', filter.deviceIds)
      .in('type', 't', filter.types)
      .timeRange(filter.from, filter.to);
    const params = { ...where.params, limit, offset };

    const total = (this.db.prepare(`SELECT count(*) AS n FROM documents ${where.sql}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(`SELECT * FROM documents ${where.sql} ORDER BY time DESC, fn_serial, number LIMIT @limit OFFSET @offset`)
      .all(params) as Row[];
    return { items: rows.map(fromRow), total };
  }

  counts(): Array<{ deviceId: string; type: DocumentType; count: number }> {
    return this.db
      .prepare('SELECT device_id AS deviceId, type, count(*) AS count FROM documents GROUP BY device_id, type')
      .all() as Array<{ deviceId: string; type: DocumentType; count: number }>;
  }
}

function fromRow(row: Row): FiscalDocument {
  return {
    fnSerial: row.fn_serial,
    number: row.number,
    deviceId: row.device_id,
    type: row.type,
    time: row.time,
    receivedAt: row.received_at,
    shiftNumber: row.shift_number,
    totalKopecks: row.total_kopecks,
    fiscalSign: row.fiscal_sign,
  };
}
