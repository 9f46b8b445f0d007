import { type Labels } from '../series';

const LABEL_REFERENCE = /\{\{\s*\$labels\.([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;

/**
 * Expands the one template form the pack's annotations use, {{ $labels.name }}, the way Prometheus
 * does for an alert with these labels. Values are deliberately left out of annotations: they would
 * make every generated test depend on floating-point formatting.
 */
export function expandLabels(template: string, labels: Labels): string {
  return template.replace(LABEL_REFERENCE, (_match, name: string) => labels[name] ?? '');
}

/** Whether a template uses anything beyond {{ $labels.name }}. */
export function usesOnlyLabels(template: string): boolean {
  return !template.replace(LABEL_REFERENCE, '').includes('{{');
}
