/// <reference lib="dom" />
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SinkMessage, TestSmtpSink, testSmtpSink, waitUntil } from '@tessera/testing';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { WorkerModule } from '../../worker/src/worker.module';
import { TestApi, at, bearer, startTestApi } from '../../api/test/api-harness';

const root = join(__dirname, '../../..');

// Where the screenshots go: .data/screenshots on every run; docs/screenshots (committed, used by
// the README and the docs) when TESSERA_UPDATE_SCREENSHOTS=1.
const SCREENSHOTS = process.env.TESSERA_UPDATE_SCREENSHOTS === '1' ? join(root, 'docs/screenshots') : join(root, '.data/screenshots');

export interface BrowserTest {
  api: TestApi;
  // http://127.0.0.1:<port>: the API serving the production build of the web app.
  base: string;
  sink: TestSmtpSink;
  // The newest mail to this address that passes the test, waited for (asked of the sink by
  // recipient: the sink holds every test file's mail).
  mailTo(address: string, test?: (message: SinkMessage) => boolean): Promise<SinkMessage>;
  browser: Browser;
  // A fresh browser profile (its own cookies) with one page. Console errors, failed requests of
  // our own origin and missing translation keys are collected, and expectClean() fails on them.
  newPage(options?: { language?: string; viewport?: { width: number; height: number } }): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  expectClean(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// The real API (serving dist/web, built by tools/test) on a real port, the worker in the same
// process (outbox to mail in the SMTP sink), and Debian's Chromium driven by Playwright.
export async function startBrowserTest(overrides: Record<string, string> = {}): Promise<BrowserTest> {
  const executablePath = process.env.TESSERA_TEST_CHROMIUM;
  if (!executablePath) throw new Error('TESSERA_TEST_CHROMIUM is not set: run the browser tests through tools/test');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const sink = testSmtpSink();
  const api = await startTestApi({
    PORT: String(port),
    TESSERA_PUBLIC_URL: base,
    TESSERA_WEB_ROOT: join(root, 'dist/web'),
    TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
    TESSERA_MAIL_FROM: 'Helpdesk <noreply@browser.example>',
    WORKER_OUTBOX_INTERVAL_MS: '200',
    ...overrides,
  });
  await api.app.listen(port, '127.0.0.1');
  let worker: INestApplicationContext | null = null;
  let browser: Browser | null = null;
  try {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(api.config), { logger: false });
    browser = await chromium.launch({
      executablePath,
      // As root in a sandbox without a display; no calls home (the network is closed).
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  } catch (error) {
    await worker?.close();
    await api.close();
    throw error;
  }
  const launched = browser;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    api,
    base,
    sink,
    async mailTo(address, test = () => true) {
      let found: SinkMessage | undefined;
      await waitUntil(
        async () => {
          found = (await sink.messages({ to: address })).filter(test).at(-1);
          return found !== undefined;
        },
        15_000,
        `a mail to ${address}`,
      );
      return found!;
    },
    browser: launched,
    async newPage(options = {}) {
      const context = await launched.newContext({
        baseURL: base,
        locale: options.language ?? 'en-GB',
        viewport: options.viewport ?? { width: 1280, height: 800 },
        timezoneId: 'UTC',
      });
      // Well inside the test's own time limit, so a missing element fails with its name.
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        // 4xx answers are part of what the pages handle (a wrong password, a lock held); 5xx never.
        if (response.url().startsWith(base) && response.status() >= 500 && response.status() !== 503) problems.push(`HTTP ${response.status()} ${response.url()}`);
      });
      return {
        page,
        context,
        problems,
        expectClean() {
          // Console errors from expected 4xx answers are the browser's own network log lines.
          expect(problems.filter((problem) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(problem))).toEqual([]);
        },
      };
    },
    async close() {
      await launched.close();
      await worker?.close();
      await api.close();
    },
  };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

// axe-core in the page (evaluated, so the page's Content-Security-Policy stays as it is): the
// serious and critical violations of WCAG 2.1 A and AA.
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are judged as they end: a dialog still fading in has too little contrast for a moment.
  // (Endless ones, a spinner, are not waited for.)
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

// The agent panel's sign-in form on the way to `path`.
export async function signInAgent(page: Page, who: { email: string; password: string }, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('input[autocomplete=username]').fill(who.email);
  await page.locator('input[type=password]').fill(who.password);
  await page.locator('button[type=submit]').click();
}

// Tickets of one instance as an agent makes and reads them through the API: a phone ticket of
// Marta Roca's, the ticket page's path, the ticket as the API answers it.
export function agentTickets(t: BrowserTest, slug: string, token: () => string) {
  return {
    async open(subject: string): Promise<string> {
      const body = { subject, message: `The requester wrote about: ${subject}`, source: 'phone', requester: { email: 'marta.roca@uni.example', name: 'Marta Roca' } };
      return (await t.api.http().post(at(slug, 'tickets')).set(bearer(token())).send(body).expect(201)).body.reference as string;
    },
    path: (reference: string) => `/${slug}/scp/tickets/${encodeURIComponent(reference)}`,
    async get(reference: string) {
      return (await t.api.http().get(at(slug, `tickets/${encodeURIComponent(reference)}`)).set(bearer(token())).expect(200)).body;
    },
  };
}
