import { AdminClient, Instance, adminClient, at, bearer } from '../../api/test/api-harness';
import { addTicketForm } from '../../api/test/admin-harness';
import { BrowserTest, accessibilityViolations, screenshot, startBrowserTest } from './browser-harness';

const SLUG = 'forms-desk';

// A form with every field type on a help topic; a guest fills it in on the portal, is told which
// required fields are missing (in their language), and sends it.
describe('custom forms in the portal', () => {
  let t: BrowserTest;
  let instance: Instance;
  let admin: AdminClient;

  beforeAll(async () => {
    t = await startBrowserTest();
    instance = await t.api.provision(SLUG, { defaultLanguage: 'en', timezone: 'Europe/Madrid' });
    admin = adminClient(t.api, SLUG, instance.token);
    const departmentId = (await admin.get('departments').expect(200)).body[0].id;
    const topicId = (await admin.post('help-topics', { name: 'Facilities', departmentId }).expect(201)).body.id;
    await addTicketForm(t.api, instance, topicId, [
      { key: 'building', type: 'choice', values: ['north', 'south'], required: true },
      { key: 'room', type: 'short_text', required: true },
      { key: 'details', type: 'long_text' },
      { key: 'seats', type: 'number' },
      { key: 'since', type: 'date' },
      { key: 'at', type: 'date_time' },
      { key: 'kinds', type: 'choice', values: ['chair', 'desk'], isMultiple: true },
      { key: 'terms', type: 'checkbox', required: true },
      { key: 'contact', type: 'email' },
      { key: 'phone', type: 'phone' },
      // Ids of the instance: the agents' to fill in.
      { key: 'on_behalf', type: 'requester', visibility: 'agents' },
      { key: 'technician', type: 'agent', visibility: 'agents' },
      { key: 'owner', type: 'department', visibility: 'agents' },
      { key: 'company', type: 'organization', visibility: 'agents' },
      // The requester's to fill in, but a reference: the portal has nothing to pick it from.
      { key: 'employer', type: 'organization' },
    ]);
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it.each(['en', 'de'])('shows every field type and the required-field errors in %s', async (language) => {
    const { page, expectClean } = await t.newPage({ language });
    await page.goto(`/${SLUG}/`);
    await page.evaluate((choice) => window.localStorage.setItem('tessera.language', choice), language);
    await page.reload();
    await page.waitForFunction((choice) => document.documentElement.lang === choice, language);
    await page.getByRole('radio', { name: 'Facilities' }).check();
    const submit = page.locator('button[type=submit]');
    await submit.click();
    const label = (key: string) => `${key} (${language})`;
    // Inputs by their accessible names: a required field's asterisk is not part of it.
    const building = page.getByRole('combobox', { name: label('building') });
    await building.waitFor();
    // The labels in the reader's language; the agents' fields and the references are not shown.
    await page.getByText(label('room')).first().waitFor();
    for (const key of ['on_behalf', 'technician', 'owner', 'company', 'employer']) expect(await page.getByText(label(key)).count()).toBe(0);
    // A required check box shows the mark the other required inputs show.
    const terms = page.getByRole('checkbox', { name: label('terms') });
    expect(await page.locator('label', { hasText: label('terms') }).textContent()).toBe(`${label('terms')} *`);
    expect(await page.locator('label', { hasText: label('room') }).textContent()).toBe(`${label('room')} *`);
    await page.locator('input[autocomplete=name]').fill('Pere Vidal');
    await page.locator('input[autocomplete=email]').fill(`pere.${language}@uni.example`);
    await page.locator('input[maxlength="255"]').fill(`Broken chair (${language})`);
    await page.locator('textarea:not(#custom-details)').first().fill('Its leg came off.');
    await page.getByRole('textbox', { name: label('seats') }).fill('4');
    await page.getByLabel(label('since')).fill('2026-12-01');
    await page.getByLabel(label('at')).fill('2026-12-01T09:30');
    await page.getByRole('textbox', { name: label('contact') }).fill('marta@uni.example');
    await page.getByRole('textbox', { name: label('phone') }).fill('+34 600 111 222');
    await submit.click();
    // The API names the first missing field; the portal's message for it shows beside it, in the
    // reader's language (in English too, where the API's own text names the key).
    const missing = language === 'en' ? 'This field must be filled in.' : 'Dieses Feld muss ausgefüllt werden.';
    await page.getByText(missing).first().waitFor();
    expect(await building.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(missing).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `portal-custom-form-errors-${language}`);
    // Combo boxes by keyboard and pointer: Mantine's options are role=option in a listbox.
    await building.click();
    await page.getByRole('option', { name: label('south') }).click();
    await page.getByRole('textbox', { name: label('room') }).fill('1.01');
    await terms.check();
    const kinds = page.getByRole('combobox', { name: label('kinds') });
    await kinds.click();
    await page.getByRole('option', { name: label('desk') }).click();
    await kinds.fill('cha');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await screenshot(page, `portal-custom-form-${language}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await submit.click();
    await page.waitForURL(/\/thanks/);
    const [{ reference }] = await t.api.sql<{ reference: string }>('select reference from tickets where subject = $1', [`Broken chair (${language})`]);
    // The values as the agents' API answers them.
    const ticket = (await t.api.http().get(at(SLUG, `tickets/${encodeURIComponent(reference)}`)).set(bearer(instance.token)).expect(200)).body;
    expect(ticket.customData).toEqual({
      building: 'south',
      room: '1.01',
      seats: 4,
      since: '2026-12-01',
      // Entered in the browser's zone, kept as an instant.
      at: new Date('2026-12-01T09:30').toISOString(),
      terms: true,
      kinds: ['desk', 'chair'],
      contact: 'marta@uni.example',
      phone: '+34 600 111 222',
    });
    expectClean();
  });
});
