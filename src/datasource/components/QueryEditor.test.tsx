import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';

import { type KktQuery } from '../../api/query';
import { testIds } from '../../components/testIds';
import { type KktDataSource } from '../datasource';
import { QueryEditor } from './QueryEditor';

function setup(query: Partial<KktQuery> = {}) {
  const onChange = jest.fn();
  const onRunQuery = jest.fn();
  const full: KktQuery = { refId: 'A', queryType: 'devices', ...query };
  const datasource = {} as KktDataSource;
  render(<QueryEditor datasource={datasource} query={full} onChange={onChange} onRunQuery={onRunQuery} />);
  return { onChange, onRunQuery };
}

describe('QueryEditor', () => {
  it('shows the register filters for registers, and no format or severity', () => {
    setup({ queryType: 'devices' });

    expect(screen.getByTestId(testIds.queryEditor.device)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.queryEditor.store)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.queryEditor.operator)).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.queryEditor.format)).not.toBeInTheDocument();
    expect(screen.queryByText('Severity')).not.toBeInTheDocument();
  });

  it('offers no filters for fleet statistics', () => {
    setup({ queryType: 'fleetStats' });

    expect(screen.queryByTestId(testIds.queryEditor.device)).not.toBeInTheDocument();
    expect(screen.queryByTestId(testIds.queryEditor.limit)).not.toBeInTheDocument();
  });

  it('switches errors to counts over time and runs the query', () => {
    const { onChange, onRunQuery } = setup({ queryType: 'errors' });
    expect(screen.queryByTestId(testIds.queryEditor.groupBy)).not.toBeInTheDocument();

    fireEvent.click(within(screen.getByTestId(testIds.queryEditor.format)).getByText('Counts over time'));

    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ queryType: 'errors', format: 'series' }));
    expect(onRunQuery).toHaveBeenCalled();
  });

  it('splits series by the chosen label', () => {
    const { onChange } = setup({ queryType: 'errors', format: 'series' });

    fireEvent.click(within(screen.getByTestId(testIds.queryEditor.groupBy)).getByText('Register'));

    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ groupBy: 'device' }));
  });

  it('keeps a register filter with variables as typed and runs on blur', () => {
    const { onChange, onRunQuery } = setup({ queryType: 'ofdBacklog' });
    const input = screen.getByTestId(testIds.queryEditor.device);

    fireEvent.change(input, { target: { value: '$device' } });
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ device: '$device' }));
    expect(onRunQuery).not.toHaveBeenCalled();

    fireEvent.blur(input);
    expect(onRunQuery).toHaveBeenCalledTimes(1);
  });

  it('caps the limit at what the service returns', () => {
    const { onChange } = setup({ queryType: 'documents' });

    fireEvent.change(screen.getByTestId(testIds.queryEditor.limit), { target: { value: '50000' } });

    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ limit: 1000 }));
  });

  it('names the chosen query type in the picker', () => {
    setup({ queryType: 'ofdBacklog' });

    expect(screen.getByTestId(testIds.queryEditor.queryType)).toHaveValue('OFD backlog');
  });

  it('offers new-only and severity for clusters', () => {
    const { onChange } = setup({ queryType: 'clusters' });

    fireEvent.click(screen.getByTestId(testIds.queryEditor.novel));

    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ novelOnly: true }));
    expect(screen.getByText('Severity')).toBeInTheDocument();
  });
});
