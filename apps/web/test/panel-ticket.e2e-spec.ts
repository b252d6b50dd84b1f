import type { Page } from 'playwright-core';
import { Agent, Instance, adminClient, at, bearer } from '../../api/test/api-harness';
import { BrowserTest, accessibilityViolations, agentTickets, screenshot, signInAgent, startBrowserTest } from './browser-harness';

const SLUG = 'ticket-desk';
const NAME = 'Universitat de Girona — Servei d’Informàtica i Comunicacions';

// The agent panel's ticket page in a real Chromium against the real API and worker: two agents on
// one ticket (the composing lock, a reply with files arriving live), a write that a colleague's
// change made stale, a view-only agent, the five languages and a phone.
describe('the agent panel: the ticket page', () => {
  let t: BrowserTest;
  let instance: Instance;
  let anna: Agent;
  let bernat: Agent;
  let viewer: Agent;

  const tickets = () => agentTickets(t, SLUG, () => anna.token);
  const openTicket = (subject: string) => tickets().open(subject);
  const ticketPath = (reference: string) => tickets().path(reference);
  const ticketOf = (reference: string) => tickets().get(reference);

  // Files through the file chooser the "Attach files" button opens, reached by the keyboard. The
  // chooser is intercepted from the page's start, so the key press cannot come before it is.
  function fileChooserOf(page: Page) {
    let next: { name: string; mimeType: string; buffer: Buffer }[] = [];
    page.on('filechooser', (chooser) => void chooser.setFiles(next));
    return async (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
      next = files;
      await page.getByRole('button', { name: 'Attach files' }).focus();
      await page.keyboard.press('Enter');
    };
  }

  // The instance's name in the header: its first words in sight, all of it in the title.
  async function expectNameShown(page: Page) {
    const name = page.getByRole('banner').getByRole('heading', { level: 2 });
    await name.getByText('Universitat de Girona', { exact: false }).waitFor();
    expect(await name.getAttribute('title')).toBe(NAME);
    expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  }

  // A page marked so that a reload (which would lose the mark) fails the test.
  const mark = (page: Page) => page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));
  const marked = (page: Page) => page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded === true);

  beforeAll(async () => {
    t = await startBrowserTest();
    instance = await t.api.provision(SLUG, { timezone: 'Europe/Madrid' });
    [anna, bernat, viewer] = await Promise.all([
      t.api.addAgent(instance, { name: 'Anna Puig', role: 'All access' }),
      t.api.addAgent(instance, { name: 'Bernat Soler', role: 'All access' }),
      t.api.addAgent(instance, { name: 'Vera Costa', role: 'View only' }),
    ]);
    await adminClient(t.api, SLUG, instance.token).patch('settings', { attachmentMaxBytes: 1024 }).expect(200);
    await t.api.operator.patch(`/tenants/${SLUG}`, { name: NAME }).expect(200);
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('shows a colleague replying, then the reply with its file, new tickets and the resolution live', async () => {
    const reference = await openTicket('Printer jams on floor 2');
    const a = await t.newPage();
    const b = await t.newPage();
    const attach = fileChooserOf(a.page);
    await Promise.all([signInAgent(a.page, anna, ticketPath(reference)), signInAgent(b.page, bernat, ticketPath(reference))]);
    await a.page.getByRole('heading', { level: 1, name: 'Printer jams on floor 2' }).waitFor();
    await b.page.getByRole('heading', { level: 1, name: 'Printer jams on floor 2' }).waitFor();
    await mark(b.page);

    // Anna types: the lock is hers, and Bernat is told.
    const reply = a.page.getByRole('textbox', { name: 'Reply to the requester' });
    await reply.fill('The toner was empty; a new one is in. Notes attached.');
    await b.page.getByRole('status').getByText('Anna Puig is replying').waitFor();
    expect(await b.page.getByRole('button', { name: 'Send reply' }).isDisabled()).toBe(true);
    expect((await ticketOf(reference)).lock).toMatchObject({ lockedBy: { name: 'Anna Puig' } });

    // A file over the instance's limit is refused by name; the text stays, the file is taken off.
    await attach([
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(4096, 1) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Toner: HP 59A\n') },
    ]);
    const chosen = a.page.getByRole('list', { name: 'Attachments' });
    await chosen.getByText('scan.pdf').waitFor();
    await chosen.getByText('notes.txt').waitFor();
    await a.page.getByRole('button', { name: 'Send reply' }).click();
    await a.page.getByRole('alert').getByText('“scan.pdf” is larger than this helpdesk accepts (1 kB at most)', { exact: false }).waitFor();
    expect(await reply.inputValue()).toBe('The toner was empty; a new one is in. Notes attached.');
    await a.page.getByRole('button', { name: 'Remove scan.pdf' }).click();
    await chosen.getByText('scan.pdf').waitFor({ state: 'detached' });
    // The SLA clock: the first response is due until the reply goes out.
    await a.page.getByText('First response', { exact: true }).waitFor();
    expect(await a.page.getByText(/^Answered /).count()).toBe(0);
    expect(await accessibilityViolations(a.page)).toEqual([]);
    await screenshot(a.page, 'panel-ticket');
    await a.page.getByRole('button', { name: 'Send reply' }).click();
    await a.page.getByRole('status').getByText('Your reply has been sent.').waitFor();
    await a.page.getByText(/^Answered /).waitFor();
    expect(await reply.inputValue()).toBe('');

    // Bernat's page shows the reply with its file, and the lock gone, without a reload.
    const thread = b.page.getByRole('list', { name: 'Thread' });
    await thread.getByText('The toner was empty; a new one is in.', { exact: false }).waitFor();
    const link = thread.getByRole('link', { name: 'notes.txt' });
    const download = await b.page.request.get((await link.getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('Toner: HP 59A\n');
    await b.page.getByText('Anna Puig is replying').waitFor({ state: 'detached' });

    // A ticket opened meanwhile through the API counts in Bernat's side bar.
    const all = b.page.getByRole('navigation', { name: 'Queues and views' }).getByRole('link', { name: /^All tickets\s*\d+$/ });
    const before = Number((await all.textContent())?.match(/\d+$/)?.[0]);
    await openTicket('Wi-Fi down in room A2');
    await b.page.getByRole('navigation', { name: 'Queues and views' }).getByRole('link', { name: new RegExp(`^All tickets\\s*${before + 1}$`) }).waitFor();

    // Anna resolves the ticket; Bernat sees it.
    await a.page.getByRole('button', { name: 'Change status…' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Change the status' });
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await a.page.getByRole('option', { name: 'Resolved' }).click();
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await dialog.waitFor({ state: 'detached' });
    await b.page.locator('dl').getByText('Resolved').waitFor();
    expect((await ticketOf(reference)).status.name).toBe('Resolved');
    expect(await marked(b.page)).toBe(true);
    a.expectClean();
    b.expectClean();
  });

  it("refuses a write a colleague's change made stale, shows what changed, and applies it again", async () => {
    const reference = await openTicket('New laptop for the lab');
    const b = await t.newPage();
    await signInAgent(b.page, bernat, ticketPath(reference));
    await b.page.getByRole('heading', { level: 1, name: 'New laptop for the lab' }).waitFor();

    // Bernat begins a change; meanwhile Anna claims the ticket and his page follows live.
    await b.page.getByRole('button', { name: 'Change status…' }).click();
    const dialog = b.page.getByRole('dialog', { name: 'Change the status' });
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await b.page.getByRole('option', { name: 'Pending' }).click();
    await t.api.http().post(at(SLUG, `tickets/${encodeURIComponent(reference)}/claim`)).set(bearer(anna.token)).expect(200);
    await b.page.locator('dl').getByText('Anna Puig').waitFor();
    await dialog.getByRole('button', { name: 'Change status' }).click();

    // Checked against the ticket he began on: refused, with Anna's change shown.
    const stale = b.page.getByRole('dialog', { name: 'The ticket changed meanwhile' });
    await stale.getByRole('list', { name: 'Changes' }).getByText('Agent: None → Anna Puig').waitFor();
    expect((await ticketOf(reference)).status.name).toBe('New');
    expect(await accessibilityViolations(b.page)).toEqual([]);
    await stale.getByRole('button', { name: 'Apply my change anyway' }).click();
    await stale.waitFor({ state: 'detached' });
    await b.page.locator('dl').getByText('Pending', { exact: true }).waitFor();
    expect(await ticketOf(reference)).toMatchObject({ status: { name: 'Pending' }, assignee: { name: 'Anna Puig' } });

    // His own change does not make his next one stale.
    await b.page.getByRole('button', { name: 'Change status…' }).click();
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await b.page.getByRole('option', { name: 'Open' }).click();
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await ticketOf(reference)).status.name).toBe('Open');
    expect(await stale.count()).toBe(0);
    b.expectClean();
  });

  it('puts a canned response, filled in with the ticket, into the reply', async () => {
    const body = 'Dear {{requester.name}},\n\nThe driver for "{{ticket.subject}}" is at https://drivers.example.org.\n\n{{agent.name}}';
    await t.api.http().post(at(SLUG, 'canned-responses')).set(bearer(instance.token)).send({ title: 'Printer driver', body }).expect(201);
    const reference = await openTicket('No driver for the printer');
    const { page, expectClean } = await t.newPage();
    await signInAgent(page, anna, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: 'No driver for the printer' }).waitFor();
    const reply = page.getByRole('textbox', { name: 'Reply to the requester' });
    await reply.fill('Thank you for waiting.');
    await page.getByRole('combobox', { name: 'Canned response' }).click();
    await page.getByRole('option', { name: 'Printer driver' }).click();
    const filled = 'Thank you for waiting.\n\nDear Marta Roca,\n\nThe driver for "No driver for the printer" is at https://drivers.example.org.\n\nAnna Puig';
    await page.waitForFunction((text) => (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value === text, filled);
    await reply.scrollIntoViewIfNeeded();
    await screenshot(page, 'panel-canned-response');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Your reply has been sent.').waitFor();
    const thread = (await t.api.http().get(at(SLUG, `tickets/${encodeURIComponent(reference)}/thread`)).set(bearer(anna.token)).expect(200)).body;
    expect(thread.filter((entry: { kind: string }) => entry.kind === 'response').map((entry: { body: string }) => entry.body)).toEqual([filled]);
    expectClean();
  });

  it('adds tags with completion, removes one by keyboard, and shows them in the list', async () => {
    // A tag of the instance's list, for completion.
    const earlier = await openTicket('Printer out of toner');
    await t.api.http().post(at(SLUG, `tickets/${encodeURIComponent(earlier)}/tags`)).set(bearer(anna.token)).send({ tags: ['printer'] }).expect(200);
    const reference = await openTicket('Printer on the second floor offline');
    const { page, expectClean } = await t.newPage();
    await signInAgent(page, anna, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: 'Printer on the second floor offline' }).waitFor();
    const input = page.getByRole('combobox', { name: 'Tags of this ticket' });
    await input.fill('PRI');
    await page.getByRole('option', { name: 'printer' }).click();
    await page.getByText('Anna Puig added tags: printer').waitFor();
    await input.fill('Floor-2');
    await input.press('Enter');
    await page.getByText('Anna Puig added tags: floor-2').waitFor();
    expect((await ticketOf(reference)).tags).toEqual(['floor-2', 'printer']);
    await input.fill('two%words');
    await input.press('Enter');
    await page.getByText('A tag holds 1 to 40 letters or digits, with - _ . / inside and no spaces.').waitFor();
    await input.fill('');
    await screenshot(page, 'panel-ticket-tags');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Backspace in the empty field takes the last tag off.
    await input.press('Backspace');
    await page.getByText('Anna Puig removed tags: printer').waitFor();
    expect((await ticketOf(reference)).tags).toEqual(['floor-2']);
    await page.goto(`/${SLUG}/scp/queues/all`);
    const row = page.getByRole('row').filter({ hasText: 'Printer on the second floor offline' });
    await row.getByText('floor-2', { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('gives a ticket to a team that assigns by itself, which chooses the agent', async () => {
    const admin = adminClient(t.api, SLUG, instance.token);
    const team = (await admin.post('teams', { name: 'Hardware rota', assignment: 'round_robin' }).expect(201)).body;
    await admin.put(`teams/${team.id}/members`, { staffIds: [bernat.id] }).expect(200);
    const reference = await openTicket('Monitor flickers');
    const { page, expectClean } = await t.newPage();
    await signInAgent(page, anna, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: 'Monitor flickers' }).waitFor();
    await page.getByRole('button', { name: 'Assign…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign the ticket' });
    await dialog.getByLabel('Team', { exact: true }).click();
    await page.getByRole('option', { name: 'Hardware rota' }).click();
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('The team’s automatic assignment gave the ticket to Bernat Soler (Hardware rota)').waitFor();
    expect(await ticketOf(reference)).toMatchObject({ assignee: { name: 'Bernat Soler' }, team: { name: 'Hardware rota' } });
    expectClean();
  });

  it('shows the tags in Catalan', async () => {
    const reference = await openTicket('Impressora sense paper');
    await t.api.http().post(at(SLUG, `tickets/${encodeURIComponent(reference)}/tags`)).set(bearer(anna.token)).send({ tags: ['impressió'] }).expect(200);
    const { page, expectClean } = await t.newPage({ language: 'ca' });
    await page.goto(ticketPath(reference));
    await page.evaluate(() => window.localStorage.setItem('tessera.language', 'ca'));
    await signInAgent(page, anna, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: 'Impressora sense paper' }).waitFor();
    await page.getByRole('combobox', { name: 'Etiquetes d’aquest tiquet' }).waitFor();
    await page.getByText('Anna Puig ha afegit etiquetes: impressió').waitFor();
    await screenshot(page, 'panel-ticket-tags-ca');
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('offers a view-only agent notes only, and no actions', async () => {
    const reference = await openTicket('Projector without sound');
    const { page, expectClean } = await t.newPage();
    await signInAgent(page, viewer, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: 'Projector without sound' }).waitFor();
    await page.getByRole('textbox', { name: 'Internal note' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Reply' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send reply' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Actions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Claim|Change status|Assign/ }).count()).toBe(0);
    // Tags to read, no field to change them.
    await page.getByRole('heading', { name: 'Tags' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Tags of this ticket' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it.each([
    ['ca', 'Resposta al sol·licitant'],
    ['es', 'Respuesta al solicitante'],
    ['de', 'Antwort an die anfragende Person'],
    ['nl', 'Antwoord aan de aanvrager'],
    ['en', 'Reply to the requester'],
  ])('shows the ticket page in %s, every string translated', async (language, replyLabel) => {
    const reference = await openTicket(`Keyboard missing keys (${language})`);
    const { page, expectClean } = await t.newPage({ language });
    await page.goto(ticketPath(reference));
    await page.evaluate((choice) => window.localStorage.setItem('tessera.language', choice), language);
    await signInAgent(page, anna, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: `Keyboard missing keys (${language})` }).waitFor();
    await page.getByRole('textbox', { name: replyLabel }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('is usable on a phone', async () => {
    const reference = await openTicket('Phone cannot reach the mail server');
    const { page, expectClean } = await t.newPage({ viewport: { width: 390, height: 844 } });
    await signInAgent(page, anna, ticketPath(reference));
    await page.getByRole('heading', { level: 1, name: 'Phone cannot reach the mail server' }).waitFor();
    // Nothing wider than the screen; the instance's long name wraps, and is there in full.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNameShown(page);
    await screenshot(page, 'panel-ticket-phone');
    const reply = page.getByRole('textbox', { name: 'Reply to the requester' });
    await reply.scrollIntoViewIfNeeded();
    await reply.fill('Please try again now.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByRole('status').getByText('Your reply has been sent.').waitFor();
    await page.getByRole('button', { name: 'Change status…' }).scrollIntoViewIfNeeded();
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();

    // The portal shares the header.
    const portal = await t.newPage({ viewport: { width: 390, height: 844 } });
    await portal.page.goto(`/${SLUG}/`);
    await expectNameShown(portal.page);
    expect(await portal.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    portal.expectClean();
  });
});
