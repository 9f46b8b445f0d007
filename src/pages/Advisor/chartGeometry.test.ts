import { suggestion } from '../../testing/builders';
import { chartGeometry } from './chartGeometry';

describe('chartGeometry', () => {
  it('places the signal, the threshold and the firing span in the box', () => {
    const g = chartGeometry(suggestion().backtest, 200, 100);

    expect(g.min).toBe(0);
    expect(g.max).toBe(110);
    expect(g.lines).toEqual(['0,100 200,9.1']);
    expect(g.thresholdY).toBe(54.5);
    expect(g.spans).toEqual([{ x: 100, width: 100 }]);
  });

  it('breaks the line where the signal has no sample', () => {
    const series = [
      { t: '2026-11-01T00:00:00Z', v: 10 },
      { t: '2026-11-01T01:00:00Z', v: Number.NaN },
      { t: '2026-11-01T02:00:00Z', v: 20 },
      { t: '2026-11-01T03:00:00Z', v: 30 },
    ];

    const g = chartGeometry({ ...suggestion().backtest, series, threshold: null, firing: [] }, 300, 100);

    expect(g.lines).toHaveLength(2);
    expect(g.lines[1].split(' ')).toHaveLength(2);
    expect(g.max).toBe(33);
  });

  it('keeps spans outside the window inside the box', () => {
    const backtest = {
      ...suggestion().backtest,
      firing: [{ start: '2026-10-01T00:00:00Z', end: '2026-11-01T06:00:00Z' }],
    };

    expect(chartGeometry(backtest, 200, 100).spans).toEqual([{ x: 0, width: 50 }]);
  });
});
