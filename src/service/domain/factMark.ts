/**
 * Where a fact about a register came from: the fiscal document it was read from (its FN time, UTC ms to
 * the minute, and its number), or the operator's own word at the time of a poll.
 */
export interface FactMark {
  readonly at: number;
  readonly number: number;
}

/** The operator's word is as of the poll, and stands over any document formed in that same minute. */
export function reportedAt(now: number): FactMark {
  return { at: now, number: Number.MAX_SAFE_INTEGER };
}

/** Whether a fact from `mark` may replace one from `than`: never with one from an older document. */
export function notOlder(mark: FactMark, than: FactMark | null | undefined): boolean {
  return !than || mark.at > than.at || (mark.at === than.at && mark.number >= than.number);
}
