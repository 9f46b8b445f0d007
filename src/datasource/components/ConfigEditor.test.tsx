import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { type DataSourceSettings } from '@grafana/data';

import { type KktSecureJsonData } from '../../api/query';
import { testIds } from '../../components/testIds';
import { type KktOptions } from '../types';
import { ConfigEditor } from './ConfigEditor';

type Settings = DataSourceSettings<KktOptions, KktSecureJsonData>;

function settings(overrides: Partial<Settings> = {}): Settings {
  const base: Omit<Settings, 'database'> = {
    id: 1,
    uid: 'kkt',
    orgId: 1,
    name: 'KKT Monitor',
    type: 'kkt-monitor-datasource',
    typeName: 'KKT Monitor',
    typeLogoUrl: '',
    access: 'proxy',
    url: '',
    user: '',
    basicAuth: false,
    basicAuthUser: '',
    isDefault: false,
    jsonData: { url: 'http://kkt-monitor:9877' },
    secureJsonFields: {},
    readOnly: false,
    withCredentials: false,
  };
  return { ...base, ...overrides } as Settings;
}

function setup(overrides: Partial<Settings> = {}) {
  const onOptionsChange = jest.fn();
  render(<ConfigEditor options={settings(overrides)} onOptionsChange={onOptionsChange} />);
  return { onOptionsChange };
}

describe('ConfigEditor', () => {
  it('writes the service URL into jsonData.url', () => {
    const { onOptionsChange } = setup();
    const input = screen.getByTestId(testIds.configEditor.url);
    expect(input).toHaveValue('http://kkt-monitor:9877');

    fireEvent.change(input, { target: { value: ' http://10.0.0.5:9877 ' } });

    expect(onOptionsChange).toHaveBeenCalledWith(
      expect.objectContaining({ jsonData: { url: 'http://10.0.0.5:9877' } })
    );
  });

  it('says what to enter when the URL is not http or https', () => {
    setup({ jsonData: { url: 'kkt-monitor:9877' } });

    expect(screen.getByText('Enter an address starting with http:// or https://.')).toBeInTheDocument();
  });

  it('sends a new API key only as secureJsonData.apiKey', () => {
    const { onOptionsChange } = setup();

    fireEvent.change(screen.getByTestId(testIds.configEditor.apiKey), { target: { value: 'k'.repeat(20) } });

    const next: Settings = onOptionsChange.mock.calls[0][0];
    expect(next.secureJsonData).toEqual({ apiKey: 'k'.repeat(20) });
    expect(JSON.stringify(next.jsonData)).not.toContain('kkkk');
  });

  it('shows a stored key only as configured, and Reset clears it', () => {
    const { onOptionsChange } = setup({ secureJsonFields: { apiKey: true } });

    expect(screen.getByDisplayValue('configured')).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));

    const next: Settings = onOptionsChange.mock.calls[0][0];
    expect(next.secureJsonFields.apiKey).toBe(false);
    expect(next.secureJsonData?.apiKey).toBe('');
  });
});
