import { type FrameDescription } from './frames';

const NUMBER = /^(Float(32|64)|U?Int(8|16|32|64))$/;

/**
 * What Grafana's alerting demands of a wide time-series frame: one non-null, ascending time field, then
 * only number fields, each a series told apart from the others by its labels. Returns the problems.
 */
export function wideSeriesProblems(frame: FrameDescription): string[] {
  const [time, ...values] = frame.fields;
  const problems: string[] = [];
  if (!time || time.type !== 'Timestamp<NANOSECOND>' || time.nullable) {
    problems.push('the first field is not a non-nullable nanosecond time');
  }
  const times = (time?.values ?? []).map((v) => Date.parse(String(v)));
  if (times.some((v, i) => i > 0 && v <= times[i - 1])) {
    problems.push('times do not ascend');
  }
  for (const field of values) {
    if (!NUMBER.test(field.type)) {
      problems.push(`${field.name} is ${field.type}, not a number`);
    }
  }
  const labelSets = values.map((f) => `${f.name}${JSON.stringify(f.metadata.labels ?? {})}`);
  if (new Set(labelSets).size !== labelSets.length) {
    problems.push('two series share a name and labels');
  }
  return problems;
}

/**
 * What alerting demands of a numeric-long table: string label columns without nulls and one number
 * column, so every row is one alert instance with labels of its own.
 */
export function numericLongProblems(frame: FrameDescription): string[] {
  const problems: string[] = [];
  const labels = frame.fields.filter((f) => f.type === 'Utf8');
  const numbers = frame.fields.filter((f) => NUMBER.test(f.type));
  if (labels.length + numbers.length !== frame.fields.length) {
    problems.push('a field is neither a label string nor a number');
  }
  if (numbers.length !== 1) {
    problems.push(`${numbers.length} number fields; one per row makes one value per alert instance`);
  }
  if (labels.some((f) => f.nullable || f.values.includes(null))) {
    problems.push('a label column may be null');
  }
  const rows = (numbers[0]?.values ?? []).map((_, i) => JSON.stringify(labels.map((f) => f.values[i])));
  if (new Set(rows).size !== rows.length) {
    problems.push('two rows have the same labels');
  }
  return problems;
}
