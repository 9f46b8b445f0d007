import { instantOf } from '../../domain/dates';
import { type FiscalDocument } from '../../domain/document';
import { type FactMark } from '../../domain/factMark';
import { toFnMinute } from '../../domain/time';
import { type CollectedDocument } from './contract';

/** What a poll's documents tell about a register, keeping no document in memory. */
export interface DocumentDigest {
  documents: number;
  /** Newest FN stamp, UTC ms. */
  lastDocumentAt: number | null;
  lastReceivedAt: number | null;
  /** How late the newest received document reached the OFD, ms, and which document that was. */
  lastDeliveryLagMs: number | null;
  deliveryAsOf: FactMark | null;
  /** From the newest close-shift or state report carrying tags 1097/1098. */
  unsent: { count: number | null; oldestAt: number | null; asOf: FactMark } | null;
  fnWarningFlags: { flags: number; asOf: FactMark } | null;
  /** From the newest shift-open or shift-close document. */
  shift: { open: boolean; number: number | null; openedAt: number | null; asOf: FactMark } | null;
}

type Mark = FactMark;

const newer = (at: number, number: number, than: Mark | null) =>
  than === null || at > than.at || (at === than.at && number > than.number);

/** Folds documents into a digest as they arrive, page by page. */
export class DigestBuilder {
  private digest: DocumentDigest = {
    documents: 0,
    lastDocumentAt: null,
    lastReceivedAt: null,
    lastDeliveryLagMs: null,
    deliveryAsOf: null,
    unsent: null,
    fnWarningFlags: null,
    shift: null,
  };
  private stateMark: Mark | null = null;
  private shiftMark: Mark | null = null;
  private receivedMark: Mark | null = null;

  constructor(private readonly timeZone: string) {}

  /** Adds one document; returns it as the store keeps it. */
  add(doc: CollectedDocument, deviceId: string): FiscalDocument {
    const time = toFnMinute(instantOf(doc.time, this.timeZone) ?? 0);
    const receivedAt = instantOf(doc.receivedAt, this.timeZone);
    const d = this.digest;
    d.documents++;
    d.lastDocumentAt = Math.max(d.lastDocumentAt ?? time, time);

    if (receivedAt !== null) {
      this.noteReceived(time, receivedAt, doc.number);
    }
    if (doc.unsent && newer(time, doc.number, this.stateMark)) {
      this.noteUnsent(doc, time);
    }
    if ((doc.type === 'shift_open' || doc.type === 'shift_close') && newer(time, doc.number, this.shiftMark)) {
      this.shiftMark = { at: time, number: doc.number };
      const open = doc.type === 'shift_open';
      d.shift = { open, number: doc.shiftNumber, openedAt: open ? time : null, asOf: this.shiftMark };
    }

    return {
      fnSerial: doc.fnSerial,
      number: doc.number,
      deviceId,
      type: doc.type,
      time,
      receivedAt,
      shiftNumber: doc.shiftNumber,
      totalKopecks: doc.totalKopecks,
      fiscalSign: doc.fiscalSign,
    };
  }

  result(): DocumentDigest {
    return this.digest;
  }

  private noteReceived(time: number, receivedAt: number, number: number): void {
    const d = this.digest;
    d.lastReceivedAt = Math.max(d.lastReceivedAt ?? receivedAt, receivedAt);
    if (newer(time, number, this.receivedMark)) {
      this.receivedMark = { at: time, number };
      d.lastDeliveryLagMs = Math.max(0, receivedAt - time);
      d.deliveryAsOf = this.receivedMark;
    }
  }

  private noteUnsent(doc: CollectedDocument, time: number): void {
    this.stateMark = { at: time, number: doc.number };
    const oldest = instantOf(doc.unsent?.oldest ?? null, this.timeZone);
    const count = doc.unsent?.count ?? null;
    const oldestAt = count === 0 || oldest === null ? null : toFnMinute(oldest);
    this.digest.unsent = { count, oldestAt, asOf: this.stateMark };
    if (doc.fnWarningFlags != null) {
      this.digest.fnWarningFlags = { flags: doc.fnWarningFlags, asOf: this.stateMark };
    }
  }
}
