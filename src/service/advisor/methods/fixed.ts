import { type Fit, type FitContext } from './types';

const WHY: Record<string, string> = {
  fixed: 'a state, not a level: the threshold is the state itself',
  deadline: 'a deadline set by the FN or the law: the tier stays where the domain puts it',
};

/** Flags and deadlines keep their threshold; only `for` and keep_firing_for are learnt, from excursions. */
export async function fitFixed(ctx: FitContext): Promise<Fit> {
  const { threshold, seasons } = ctx.spec.defaults;
  return { candidates: [{ threshold, seasons }], rationale: WHY[ctx.spec.method] ?? WHY.fixed, declined: null };
}
