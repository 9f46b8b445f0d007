import { type FactMark, notOlder, reportedAt } from '../../domain/factMark';
import { type FactSources } from '../../state/deviceState';
import { type ReportedFacts } from './contract';
import { type DocumentDigest } from './digest';

type Told = { [K in keyof ReportedFacts]?: unknown };

/**
 * The digest without what older documents tell than those the register's facts came from. A poll cut
 * off partway, or reading an older period again, may have seen only older reports: they must not win.
 */
export function freshOnly(digest: DocumentDigest | null, known: FactSources): DocumentDigest | null {
  if (digest === null) {
    return null;
  }

  const lagFresh = digest.deliveryAsOf !== null && notOlder(digest.deliveryAsOf, known.link);
  return {
    ...digest,
    unsent: fresh(digest.unsent, known.backlog),
    fnWarningFlags: fresh(digest.fnWarningFlags, known.fnFlags),
    shift: fresh(digest.shift, known.shift),
    lastDeliveryLagMs: lagFresh ? digest.lastDeliveryLagMs : null,
    deliveryAsOf: lagFresh ? digest.deliveryAsOf : null,
  };
}

function fresh<T extends { asOf: FactMark }>(part: T | null, than: FactMark | undefined): T | null {
  return part !== null && notOlder(part.asOf, than) ? part : null;
}

/** Where each fact comes from after the poll: the operator's word now, else the document applied, else as before. */
export function sourcesAfter(known: FactSources, facts: Told, digest: DocumentDigest | null, now: number): FactSources {
  const told = (...keys: Array<keyof ReportedFacts>) => keys.some((k) => facts[k] !== undefined);
  const source = (byOperator: boolean, byDocument: FactMark | null | undefined, before: FactMark | undefined) =>
    byOperator ? reportedAt(now) : (byDocument ?? before);
  const lagReported = facts.lastDocumentAt != null && facts.lastReceivedAt != null;

  return {
    backlog: source(told('unsentCount', 'oldestUnsentAt'), digest?.unsent?.asOf, known.backlog),
    fnFlags: source(told('fnWarningFlags'), digest?.fnWarningFlags?.asOf, known.fnFlags),
    shift: source(told('shiftOpen', 'shiftNumber', 'shiftOpenedAt'), digest?.shift?.asOf, known.shift),
    link: source(told('linkStatus') || lagReported, digest?.deliveryAsOf, known.link),
  };
}
