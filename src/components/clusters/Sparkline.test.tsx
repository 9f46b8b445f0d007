import React from 'react';
import { render, screen } from '@testing-library/react';

import { Sparkline, sparklinePoints } from './Sparkline';

describe('Sparkline', () => {
  it('spreads counts across the width with the highest at the top', () => {
    expect(sparklinePoints([0, 5, 10], 100, 22)).toEqual([
      [0, 21],
      [50, 11],
      [100, 1],
    ]);
  });

  it('keeps an all-zero trend on the baseline', () => {
    expect(sparklinePoints([0, 0], 10, 10).map(([, y]) => y)).toEqual([9, 9]);
  });

  it('is an image with a label', () => {
    render(<Sparkline counts={[1, 2]} label="12 events" />);
    expect(screen.getByRole('img', { name: '12 events' })).toBeInTheDocument();
  });
});
