import React from 'react';
import { InlineField, Input } from '@grafana/ui';

interface Props {
  label: string;
  tooltip: string;
  testId: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  onBlur: () => void;
}

/** A comma-separated filter that may hold template variables; empty means no filter. */
export function TextFilter({ label, tooltip, testId, value, onChange, onBlur }: Props) {
  return (
    <InlineField label={label} labelWidth={14} tooltip={tooltip}>
      <Input
        data-testid={testId}
        width={24}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value.trim() || undefined)}
        onBlur={onBlur}
      />
    </InlineField>
  );
}
