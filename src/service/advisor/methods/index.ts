import { type Method } from '../pack/types';
import { fitBurnRate } from './burnRate';
import { fitFixed } from './fixed';
import { fitLevel } from './level';
import { fitTrend } from './trend';
import { type Fit, type FitContext } from './types';

/** The threshold method for each kind of signal. */
export const METHODS: Record<Method, (ctx: FitContext) => Promise<Fit>> = {
  fixed: fitFixed,
  deadline: fitFixed,
  level: fitLevel,
  burn_rate: fitBurnRate,
  trend: fitTrend,
};
