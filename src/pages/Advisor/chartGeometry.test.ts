import { suggestion } from '../../testing/builders';
import { chartGeometry } from './chartGeometry';

describe('chartGeometry', () => {
  it('places the signal, the threshold and the firing span in the box', () => {
    const g = chartGeometry(suggestion().backtest, 200, 100);

    expect(g.min).toBe(0);
    expect(g.max).toBe(110);
    expect(g.line).toBe('0,100 200,9.1');
    expect(g.thresholdY).toBe(54.5);
    expect(g.spans).toEqual([{ x: 100, width: 100 }]);
  });

  it('keeps spans outside the window inside the box', () => {
    const backtest = {
      ...suggestion().backtest,
      firing: [{ start: '2026-10-01T00:00:00Z', end: '2026-11-01T06:00:00Z' }],
    };

    expect(chartGeometry(backtest, 200, 100).spans).toEqual([{ x: 0, width: 50 }]);
  });
});
