import React from 'react';
import { useTheme2 } from '@grafana/ui';

interface Props {
  counts: number[];
  width?: number;
  height?: number;
  label: string;
  testId?: string;
}

/** Points of a polyline through the counts, scaled to the box; the highest count touches the top. */
export function sparklinePoints(counts: number[], width: number, height: number): Array<[number, number]> {
  const max = Math.max(1, ...counts);
  const step = counts.length > 1 ? width / (counts.length - 1) : 0;
  return counts.map((count, i) => [round(i * step), round(height - 1 - (count / max) * (height - 2))]);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A small line of counts per interval, oldest on the left. */
export function Sparkline({ counts, width = 120, height = 24, label, testId }: Props) {
  const theme = useTheme2();
  const color = theme.visualization.getColorByName('blue');
  const points = sparklinePoints(counts, width, height);
  const line = points.map(([x, y]) => `${x},${y}`).join(' ');
  const area = `0,${height} ${line} ${width},${height}`;

  return (
    <svg width={width} height={height} role="img" aria-label={label} data-testid={testId}>
      <title>{label}</title>
      <polygon points={area} fill={color} fillOpacity={0.15} stroke="none" />
      <polyline points={line} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}
