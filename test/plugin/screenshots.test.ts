// Renders the error-cluster panel and the app pages in headless Chromium, fed with the recorded API
// fixtures, and keeps screenshots under test-output/screenshots/ for people to look at.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { type BrowserContext, chromium, type Page } from 'playwright-core';

import { testIds } from '../../src/components/testIds';
import { bundleHarness } from './harness/bundle';
import { type HarnessServer, serveHarness } from './harness/server';
import { ROOT } from './manifest';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output', 'screenshots');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Shot {
  name: string;
  view: string;
  lang: 'en' | 'ru';
  theme: 'dark' | 'light';
  ready: string;
  /** What the user does before the picture: opens a row, or the Apply dialog. */
  then?: { click: string; wait: string };
  /** Text the screen must show, proving the right language and data. */
  expect: RegExp;
}

const sel = (testId: string) => `[data-testid="${testId}"]`;

const SHOTS: Shot[] = [
  {
    name: 'clusters-panel-dark-en',
    view: 'panel',
    lang: 'en',
    theme: 'dark',
    ready: testIds.clusters.row,
    expect: /Open in Error clusters/,
  },
  {
    name: 'clusters-panel-open-light-ru',
    view: 'panel',
    lang: 'ru',
    theme: 'light',
    ready: testIds.clusters.row,
    then: { click: testIds.clusters.row, wait: testIds.clusters.samples },
    expect: /Открыть в «Кластерах ошибок»/,
  },
  {
    name: 'clusters-page-dark-en',
    view: 'clusters-page',
    lang: 'en',
    theme: 'dark',
    ready: testIds.clusters.row,
    then: { click: testIds.clusters.row, wait: testIds.clusters.samples },
    expect: /Registers affected/,
  },
  {
    name: 'advisor-dark-en',
    view: 'advisor',
    lang: 'en',
    theme: 'dark',
    ready: testIds.advisor.suggestion,
    expect: /Would have fired/,
  },
  {
    name: 'advisor-light-ru',
    view: 'advisor',
    lang: 'ru',
    theme: 'light',
    ready: testIds.advisor.suggestion,
    expect: /Сработало бы/,
  },
  {
    name: 'advisor-apply-dark-en',
    view: 'advisor',
    lang: 'en',
    theme: 'dark',
    ready: testIds.advisor.apply,
    then: { click: testIds.advisor.apply, wait: testIds.advisor.applyConfirm },
    expect: /Create rule/,
  },
  {
    name: 'configuration-dark-ru',
    view: 'configuration',
    lang: 'ru',
    theme: 'dark',
    ready: testIds.appConfig.save,
    expect: /Источник данных KKT Monitor/,
  },
];

const skip = existsSync(CHROMIUM)
  ? false
  : `Chromium is not installed at ${CHROMIUM}; install the chromium package to take screenshots`;

describe('screenshots in headless Chromium', { skip }, () => {
  let work: string;
  let server: HarnessServer;
  let context: BrowserContext;
  const outside: string[] = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kkt-harness-'));
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    server = await serveHarness(await bundleHarness(work));
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    // Only the harness on loopback may be reached; anything else is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) {
        return route.continue();
      }
      outside.push(url);
      return route.abort();
    });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const shot of SHOTS) {
    test(shot.name, async () => {
      const page: Page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));

      await page.goto(`${server.url}/?view=${shot.view}&lang=${shot.lang}&theme=${shot.theme}`);
      try {
        await page.locator(sel(shot.ready)).first().waitFor({ timeout: 10_000 });
        if (shot.then) {
          await page.locator(sel(shot.then.click)).first().click();
          await page.locator(sel(shot.then.wait)).first().waitFor({ timeout: 10_000 });
        }
      } catch (err) {
        await page.screenshot({ path: join(OUT, `${shot.name}.failed.png`), fullPage: true });
        throw new Error(`${shot.name} did not render (${errors.join('; ') || 'no page error'})`, { cause: err });
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `${shot.name}.png`) });

      assert.match(await page.locator('body').innerText(), shot.expect);
      assert.deepEqual(errors, []);
      assert.deepEqual(outside, []);
      await page.close();
    });
  }
});
