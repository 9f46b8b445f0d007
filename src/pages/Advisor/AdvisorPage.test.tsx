import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { of, throwError } from 'rxjs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  type BackendSrv,
  type BackendSrvRequest,
  config,
  type DataSourceSrv,
  setBackendSrv,
  setDataSourceSrv,
} from '@grafana/runtime';

import { testIds } from '../../components/testIds';
import { apiFixture, recordedSuggestions } from '../../testing/fixtures';
import { AdvisorPage } from './AdvisorPage';

const fetchMock = jest.fn();
setBackendSrv({ fetch: fetchMock } as unknown as BackendSrv);
setDataSourceSrv({ getList: () => [{ uid: 'prom', name: 'Prometheus' }] } as unknown as DataSourceSrv);
config.bootData.user.orgId = 1;

const suggestions = recordedSuggestions();
const ok = (data: unknown) => of({ data, status: 200, ok: true });

function grafana(folders: Array<{ uid: string; title: string }>) {
  return (request: BackendSrvRequest) => {
    if (request.url.endsWith('/resources/advisor/suggestions')) {
      return ok(apiFixture('advisor-suggestions'));
    }
    if (request.url === '/api/folders') {
      return request.method === 'POST' ? ok({ uid: 'new-folder', title: request.data.title }) : ok(folders);
    }
    return ok({ uid: 'rule-1' });
  };
}

async function openApply() {
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <AdvisorPage settings={{ prometheusUid: 'prom' }} datasourceUid="kkt-ds" />
    </MemoryRouter>
  );
  const cards = await screen.findAllByTestId(testIds.advisor.suggestion);
  await act(async () => {
    fireEvent.click(within(cards[0]).getByTestId(testIds.advisor.apply));
  });
  return cards[0];
}

async function confirm() {
  const button = await screen.findByTestId(testIds.advisor.applyConfirm);
  await act(async () => {
    fireEvent.click(button);
  });
}

function firstShown() {
  const order = ['critical', 'high', 'warning', 'info'];
  return [...suggestions].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity))[0];
}

// Twenty-one suggestions with a month of samples each take a while to render in jsdom.
jest.setTimeout(20_000);

describe('AdvisorPage on recorded suggestions', () => {
  beforeEach(() => fetchMock.mockReset());

  it('shows every suggestion with its backtest chart, most severe first', async () => {
    fetchMock.mockImplementation(grafana([]));
    render(
      <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <AdvisorPage settings={{}} datasourceUid="kkt-ds" />
      </MemoryRouter>
    );

    const cards = await screen.findAllByTestId(testIds.advisor.suggestion);
    expect(cards).toHaveLength(suggestions.length);
    expect(cards[0]).toHaveAccessibleName(firstShown().alert);
    expect(screen.getAllByTestId(testIds.advisor.chart).length).toBe(
      suggestions.filter((s) => s.backtest.series.length > 0).length
    );
    expect(within(cards[0]).getByText(firstShown().expr)).toBeInTheDocument();
  });

  it('Apply posts the rule to the provisioning API, editable, into the chosen folder', async () => {
    fetchMock.mockImplementation(grafana([{ uid: 'kkt-folder', title: 'KKT Monitor' }]));
    await openApply();
    await confirm();

    const post: BackendSrvRequest = fetchMock.mock.calls.find(([r]) => r.url.includes('alert-rules'))[0];
    const shown = firstShown();
    expect(post.method).toBe('POST');
    expect(post.url).toBe('/api/v1/provisioning/alert-rules');
    expect(post.headers).toEqual({ 'X-Disable-Provenance': 'true' });
    expect(post.data).toEqual({
      title: shown.alert,
      orgID: 1,
      folderUID: 'kkt-folder',
      ruleGroup: 'kkt-monitor-advisor',
      condition: 'B',
      data: [
        {
          refId: 'A',
          datasourceUid: 'prom',
          relativeTimeRange: { from: 600, to: 0 },
          model: { refId: 'A', expr: shown.expr, instant: true, range: false },
        },
        {
          refId: 'B',
          datasourceUid: '__expr__',
          relativeTimeRange: { from: 0, to: 0 },
          model: { refId: 'B', type: 'math', expression: 'is_number($A) || is_nan($A) || is_inf($A)' },
        },
      ],
      noDataState: 'OK',
      execErrState: 'Error',
      for: shown.for,
      ...(shown.keepFiringFor ? { keep_firing_for: shown.keepFiringFor } : {}),
      labels: { severity: shown.severity, source: 'kkt-monitor-advisor' },
      annotations: { summary: shown.summary.en, description: shown.description.en },
      isPaused: false,
    });
    expect(await screen.findByTestId(testIds.advisor.applied)).toBeInTheDocument();
  });

  it('creates the folder first when there is none for the rules', async () => {
    fetchMock.mockImplementation(grafana([]));
    await openApply();
    await confirm();

    const calls: BackendSrvRequest[] = fetchMock.mock.calls.map(([r]) => r);
    const folder = calls.find((r) => r.url === '/api/folders' && r.method === 'POST');
    expect(folder?.data).toEqual({ title: 'KKT Monitor' });
    expect(calls.find((r) => r.url.includes('alert-rules'))?.data.folderUID).toBe('new-folder');
  });

  it('tells what to do when Grafana refuses the rule, without its stack', async () => {
    const accept = grafana([{ uid: 'kkt-folder', title: 'KKT Monitor' }]);
    fetchMock.mockImplementation((request: BackendSrvRequest) =>
      request.url.includes('alert-rules')
        ? throwError(() => ({ status: 409, data: { message: 'rule title must be unique\n  at ngalert.go:123' } }))
        : accept(request)
    );
    await openApply();
    await confirm();

    const error = await screen.findByTestId(testIds.advisor.error);
    expect(error).toHaveTextContent(
      'A rule with this name is already in the folder; choose another folder or edit that rule in Alerting.'
    );
    expect(error).not.toHaveTextContent('ngalert.go');
  });
});
