import { comment } from './ruleFile';
import { toYaml } from './yaml';

/** Who hears what: pages for critical and high, a channel for warnings, a log for the rest. */
const ROUTES = [
  { matchers: ['severity="critical"'], receiver: 'kkt-oncall', group_wait: '30s', repeat_interval: '1h' },
  { matchers: ['severity="high"'], receiver: 'kkt-oncall', repeat_interval: '4h' },
  { matchers: ['severity="warning"'], receiver: 'kkt-operators', group_interval: '15m', repeat_interval: '12h' },
  { matchers: ['severity="info"'], receiver: 'kkt-log', group_interval: '1h', repeat_interval: '24h' },
];

const DEVICE_ALERT = 'device_id=~".+"';
const anyOf = (alerts: string[]) => `alertname=~"${alerts.join('|')}"`;

/**
 * Mutes notifications that another firing alert already explains. The exporter's and collectors'
 * own alerts mute every register behind them: their series are stale or frozen then, and the rules
 * hold back only the alerts a collector outage distorts.
 */
const INHIBIT_RULES = [
  {
    source_matchers: ['alertname="KktExporterDown"'],
    target_matchers: ['alertname=~"Kkt.+"', 'alertname!="KktExporterDown"'],
    equal: ['instance'],
  },
  { source_matchers: ['alertname="KktCollectorDown"'], target_matchers: [DEVICE_ALERT], equal: ['instance'] },
  {
    source_matchers: ['alertname="KktDeviceDown"'],
    target_matchers: [anyOf(['KktDeviceSilent', 'KktDocumentRateLow', 'KktOfdSyncDelay', 'KktOfdLinkDown'])],
    equal: ['device_id'],
  },
  {
    source_matchers: ['alertname="KktFnBlocked"'],
    target_matchers: [
      anyOf([
        'KktFnCriticalError',
        'KktDeviceErrorRateHigh',
        'KktDocumentRateLow',
        'KktOfdBacklogNearBlock',
        'KktOfdSyncDelay',
        'KktOfdBacklogGrowing',
        'KktOfdLinkDown',
      ]),
    ],
    equal: ['device_id'],
  },
  {
    source_matchers: ['alertname="KktFnMemoryFull"'],
    target_matchers: [anyOf(['KktFnMemoryAlmostFull', 'KktFnMemoryFillingUp'])],
    equal: ['device_id'],
  },
  {
    source_matchers: ['alertname="KktFnMemoryAlmostFull"'],
    target_matchers: ['alertname="KktFnMemoryFillingUp"'],
    equal: ['device_id'],
  },
  {
    source_matchers: ['alertname="KktFnExpiresIn3Days"'],
    target_matchers: ['alertname="KktFnExpiresIn30Days"'],
    equal: ['device_id'],
  },
];

/** Receivers the routes name; the URLs are where a webhook bridge (chat, SMS, ticket) would listen. */
const RECEIVERS = [
  { name: 'kkt-default' },
  { name: 'kkt-oncall', webhook_configs: [{ url: 'http://127.0.0.1:9095/kkt/oncall' }] },
  { name: 'kkt-operators', webhook_configs: [{ url: 'http://127.0.0.1:9095/kkt/operators' }] },
  { name: 'kkt-log', webhook_configs: [{ url: 'http://127.0.0.1:9095/kkt/log', send_resolved: false }] },
];

/** A whole alertmanager.yml: the route tree by severity, the inhibitions and placeholder receivers. */
export function alertmanagerConfig(header: string): string {
  const config = {
    route: {
      receiver: 'kkt-default',
      group_by: ['alertname', 'instance'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '4h',
      routes: ROUTES,
    },
    inhibit_rules: INHIBIT_RULES,
    receivers: RECEIVERS,
  };
  return `${comment(header)}${toYaml(config)}`;
}

/** The parts to merge into an existing configuration: child routes under its root route, and the inhibitions. */
export function alertmanagerSnippet(header: string): string {
  const routes = ROUTES.map((r) => ({
    ...r,
    matchers: ['alertname=~"Kkt.+"', ...r.matchers],
    group_by: ['alertname', 'instance'],
  }));
  return `${comment(header)}${toYaml({ routes, inhibit_rules: INHIBIT_RULES })}`;
}

export const RECEIVER_NAMES = RECEIVERS.map((r) => r.name);
