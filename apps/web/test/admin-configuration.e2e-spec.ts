import { Instance, adminClient } from '../../api/test/api-harness';
import { BrowserTest, accessibilityViolations, screenshot, signInAgent, startBrowserTest } from './browser-harness';

// A manager downloads one instance's configuration and imports it into another from the
// console: the dry run's plan first, then the import.
describe('the admin console: configuration file', () => {
  let t: BrowserTest;
  let source: Instance;
  let target: Instance;

  beforeAll(async () => {
    t = await startBrowserTest();
    source = await t.api.provision('config-source');
    target = await t.api.provision('config-target');
    const admin = adminClient(t.api, source.slug, source.token);
    await admin.post('priorities', { name: 'Critical', urgency: 95 }).expect(201);
    await admin.post('teams', { name: 'Printers' }).expect(201);
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('offers the download, shows the dry run of a file and imports it when applied', async () => {
    const file = (await adminClient(t.api, source.slug, source.token).get('configuration/export').expect(200)).body;
    const { page, expectClean } = await t.newPage();
    await signInAgent(page, target.manager, `/${target.slug}/scp/admin/configuration`);
    await page.getByRole('heading', { level: 1, name: 'Configuration file' }).waitFor();
    const download = page.getByRole('link', { name: 'Download the configuration' });
    expect(await download.getAttribute('href')).toBe(`/api/v1/t/${target.slug}/admin/configuration/export`);

    await page.locator('input[type=file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await page.getByRole('alert').getByText('This file is not JSON').waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'source.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole('status').getByText('The import would change 2 entries:').waitFor();
    const changes = page.getByRole('list', { name: 'The changes' });
    await changes.getByText('New: Priorities — Critical').waitFor();
    await changes.getByText('New: Teams — Printers').waitFor();
    expect(await page.getByRole('row', { name: /^Priorities/ }).textContent()).toBe('Priorities104');
    // Nothing is written until the import is applied.
    const names = async () => (await adminClient(t.api, target.slug, target.token).get('teams').expect(200)).body.map((team: { name: string }) => team.name);
    expect(await names()).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-configuration');

    await page.getByRole('button', { name: 'Apply the import' }).click();
    await page.getByRole('status').getByText('The configuration is imported.').waitFor();
    expect(await names()).toEqual(['Printers']);
    expectClean();
  });
});
