import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';

import { testIds } from '../../components/testIds';
import { type KktDataSource } from '../datasource';
import { type KktVariableQuery } from '../types';
import { VariableQueryEditor } from './VariableQueryEditor';

function setup(query: KktVariableQuery | undefined) {
  const onChange = jest.fn();
  const props = {
    datasource: {} as KktDataSource,
    // A new variable starts with an empty model.
    query: query ?? ({ refId: 'v' } as KktVariableQuery),
    onChange,
    onRunQuery: jest.fn(),
  };
  render(<VariableQueryEditor {...props} />);
  return { onChange };
}

describe('VariableQueryEditor', () => {
  it('starts a new variable as a list of registers filterable by store and OFD', () => {
    setup(undefined);

    expect(screen.getByTestId(testIds.variableEditor.store)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.variableEditor.operator)).toBeInTheDocument();
  });

  it('lists stores without a store filter, narrowed by OFD', () => {
    const { onChange } = setup({ refId: 'v', kind: 'device' });

    fireEvent.click(within(screen.getByTestId(testIds.variableEditor.kind)).getByText('Stores'));

    expect(onChange).toHaveBeenCalledWith({ refId: 'v', kind: 'store' });
  });

  it('keeps a variable in the store filter for chained variables', () => {
    const { onChange } = setup({ refId: 'v', kind: 'device' });

    fireEvent.change(screen.getByTestId(testIds.variableEditor.store), { target: { value: '$store' } });

    expect(onChange).toHaveBeenCalledWith({ refId: 'v', kind: 'device', store: '$store' });
    expect(screen.queryByText('Stores')).toBeInTheDocument();
  });
});
