import { type Bilingual } from './types';

/** A duration in seconds as people write it in alert text, in English and Russian. */
export function humanDuration(seconds: number): Bilingual {
  const [value, unit] = largestUnit(seconds);
  const en = { d: value === 1 ? 'day' : 'days', h: 'h', m: 'min', s: 's' }[unit];
  const ru = { d: daysRu(value), h: 'ч', m: 'мин', s: 'с' }[unit];
  return { en: `${value} ${en}`, ru: `${value} ${ru}` };
}

function largestUnit(seconds: number): [number, 'd' | 'h' | 'm' | 's'] {
  if (seconds >= 86_400 && seconds % 3600 === 0) {
    return [round(seconds / 86_400), 'd'];
  }
  if (seconds >= 3600) {
    return [round(seconds / 3600), 'h'];
  }
  return seconds >= 60 ? [round(seconds / 60), 'm'] : [round(seconds), 's'];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Russian plural of "day" for a count. */
function daysRu(n: number): string {
  if (!Number.isInteger(n)) {
    return 'дня';
  }
  const [ten, hundred] = [n % 10, n % 100];
  if (ten === 1 && hundred !== 11) {
    return 'день';
  }
  return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? 'дня' : 'дней';
}

/** A ratio as a percentage without trailing zeros: 0.9 is "90 %". */
export function percent(ratio: number): string {
  return `${Number((ratio * 100).toPrecision(3))} %`;
}
