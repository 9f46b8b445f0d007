import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { type AdvisorConfig, advisorSchema } from '../advisor/config';
import { type PrometheusTarget } from '../advisor/prometheus/client';
import { readWindowSetting, type WindowSetting } from '../advisor/window';
import { loadConfigFile } from '../config/load';
import { isHttpUrl } from '../config/fields';

export interface AdviseOptions {
  target: PrometheusTarget | null;
  lookbackMs: number;
  stepMs: number;
  end: number;
  job: string;
  datasourceUid?: string;
}

type Values = Record<string, string | undefined>;

/** The command line wins over the configuration file, and the file over the defaults. */
export function resolveOptions(values: Values): AdviseOptions {
  const config: AdvisorConfig = values.config ? loadConfigFile(values.config).advisor : advisorSchema.parse({});
  const lookbackMs = values.lookback !== undefined ? windowOption('lookback', values.lookback) : config.lookback;
  const stepMs = values.step !== undefined ? windowOption('step', values.step) : config.step;

  return {
    target: target(values, config.prometheus ?? null),
    lookbackMs,
    stepMs,
    end: values.end ? timeOption(values.end) : Date.now(),
    job: values.job ?? config.job,
    datasourceUid: values['datasource-uid'] ?? config.datasourceUid,
  };
}

/** Refuses an --out that is a file, or lies under one, so that nothing is computed for nowhere to write. */
export function checkOut(out: string): void {
  let path = resolve(out);
  while (!existsSync(path) && dirname(path) !== path) {
    path = dirname(path);
  }

  if (statSync(path).isDirectory()) {
    return;
  }
  const what = path === resolve(out) ? 'is a file' : `cannot be made: ${path} is a file`;
  throw new Error(`--out ${out} ${what}; give a directory to write the rule files into`);
}

function target(values: Values, configured: PrometheusTarget | null): PrometheusTarget | null {
  if (!values.prometheus) {
    return configured;
  }
  if (!isHttpUrl(values.prometheus)) {
    throw new Error(
      `--prometheus "${values.prometheus}" is not an http:// or https:// URL such as http://127.0.0.1:9090`
    );
  }
  const [username, ...password] = (values['basic-auth'] ?? '').split(':');
  return {
    url: values.prometheus,
    bearerToken: values['bearer-token'],
    ...(values['basic-auth'] ? { username, password: password.join(':') } : {}),
  };
}

function windowOption(setting: WindowSetting, text: string): number {
  const read = readWindowSetting(setting, text);
  if ('problem' in read) {
    throw new Error(`--${setting} ${read.problem}`);
  }
  return read.ms;
}

function timeOption(text: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new Error(`--end "${text}" is not a time such as 2026-11-20T00:00:00Z`);
  }
  return ms;
}
