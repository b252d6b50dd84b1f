import type { Page } from 'playwright-core';
import { AdminClient, Agent, Instance, adminClient, at, bearer } from '../../api/test/api-harness';
import { BrowserTest, accessibilityViolations, screenshot, signInAgent, startBrowserTest } from './browser-harness';

const SLUG = 'queue-desk';

// The agent panel's lists in a real Chromium against the real API: the side bar with its counts,
// a queue with chosen columns and sort, the list keys, a ticket opened on a requester's behalf,
// and the managers' flagged mail and mailbox pages.
describe('the agent panel: queues and lists', () => {
  let t: BrowserTest;
  let instance: Instance;
  let agent: Agent;
  let admin: AdminClient;

  const openTicket = (subject: string, requester: string, extra: object = {}) =>
    t.api
      .http()
      .post(at(SLUG, 'tickets'))
      .set(bearer(agent.token))
      .send({ subject, message: `About: ${subject}`, source: 'phone', requester: { email: `${requester.toLowerCase()}@uni.example`, name: requester }, ...extra })
      .expect(201);

  const signIn = (page: Page, who: { email: string; password: string }, path = `/${SLUG}/scp/`) => signInAgent(page, who, path);

  beforeAll(async () => {
    t = await startBrowserTest();
    instance = await t.api.provision(SLUG, { timezone: 'Europe/Madrid' });
    admin = adminClient(t.api, SLUG, instance.token);
    agent = await t.api.addAgent(instance, { name: 'Anna Puig', role: 'All access' });
    await openTicket('Printer jams on floor 2', 'Marta');
    await openTicket('Wi-Fi down in room A2', 'Joan', { dueAt: new Date(Date.now() - 3600_000).toISOString() });
    await openTicket('New laptop for the lab', 'Laia');
    const mine = await openTicket('Projector without sound', 'Pere');
    await t.api.http().post(at(SLUG, `tickets/${encodeURIComponent(mine.body.reference)}/claim`)).set(bearer(agent.token)).expect(200);
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lists the tickets with the side bar counts, and takes the columns and sort the agent picks', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, agent);
    await page.getByRole('heading', { level: 1, name: 'All tickets' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Queues and views' });
    await nav.getByRole('link', { name: /^All tickets\s*4$/ }).waitFor();
    await nav.getByRole('link', { name: /^Mine\s*1$/ }).waitFor();
    await nav.getByRole('link', { name: /^Overdue\s*1$/ }).waitFor();
    await nav.getByRole('link', { name: /^Unassigned\s*3$/ }).waitFor();
    const table = page.getByRole('table', { name: 'Tickets' });
    const overdue = table.getByRole('row', { name: /Wi-Fi down in room A2/ }).getByText('Overdue');
    await overdue.waitFor();
    // The mark is whole (it goes under the date when the column is narrow), not cut off.
    expect(await overdue.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    // The help topic and SLA due columns are on by default.
    await table.getByRole('columnheader', { name: 'Help topic' }).waitFor();
    await table.getByRole('columnheader', { name: 'SLA due' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(5);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-queue');

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Created' }).click();
    await table.getByRole('columnheader', { name: 'Created' }).waitFor();
    await page.getByRole('checkbox', { name: 'Help topic' }).click();
    await table.getByRole('columnheader', { name: 'Help topic' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Sort by' }).click();
    await page.getByRole('option', { name: 'Due date, soonest first' }).click();
    await page.waitForURL(/sort=due/);
    await table.getByRole('row').nth(1).getByText('Wi-Fi down in room A2').waitFor();

    // The queues of the side bar, and the address keeps the settings over a reload.
    await page.reload();
    await table.getByRole('columnheader', { name: 'Created' }).waitFor();

    // Saved as a view, on the server.
    await page.getByRole('button', { name: 'Save as view' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Due first');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Due first' }).waitFor();
    await nav.getByRole('link', { name: 'Due first' }).waitFor();
    await nav.getByRole('link', { name: /^Mine\s*1$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine' }).waitFor();
    await table.getByRole('row', { name: /Projector without sound/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    expectClean();

    // Another browser, the same agent: the view opens with its settings.
    const other = await t.newPage();
    await signIn(other.page, agent);
    const otherNav = other.page.getByRole('navigation', { name: 'Queues and views' });
    await otherNav.getByRole('link', { name: 'Due first' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Due first' }).waitFor();
    const otherTable = other.page.getByRole('table', { name: 'Tickets' });
    await otherTable.getByRole('columnheader', { name: 'Created' }).waitFor();
    expect(await otherTable.getByRole('columnheader', { name: 'Help topic' }).count()).toBe(0);
    await otherTable.getByRole('row').nth(1).getByText('Wi-Fi down in room A2').waitFor();
    expect(await other.page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('Due date, soonest first');
    // Changed, saved again, renamed and deleted.
    await other.page.getByRole('combobox', { name: 'Sort by' }).click();
    await other.page.getByRole('option', { name: 'Created, oldest first' }).click();
    await other.page.getByRole('button', { name: 'Save changes' }).click();
    await other.page.waitForURL((url) => !url.search);
    expect(await other.page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('Created, oldest first');
    expect(await other.page.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    await other.page.getByRole('button', { name: 'View actions' }).click();
    await other.page.getByRole('menuitem', { name: 'Rename' }).click();
    await other.page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Oldest first');
    await other.page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Oldest first' }).waitFor();
    await other.page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await accessibilityViolations(other.page)).toEqual([]);
    await other.page.getByRole('button', { name: 'View actions' }).click();
    await other.page.getByRole('menuitem', { name: 'Delete view' }).click();
    await other.page.getByRole('dialog').getByRole('button', { name: 'Delete view' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'All tickets' }).waitFor();
    await otherNav.getByRole('link', { name: 'Oldest first' }).waitFor({ state: 'detached' });
    other.expectClean();
  });

  it('is worked from the keyboard: j and k move, x selects, Enter opens the ticket', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, agent, `/${SLUG}/scp/queues/all?sort=created&columns=reference,subject`);
    const table = page.getByRole('table', { name: 'Tickets' });
    await table.getByRole('row', { name: /Printer jams/ }).waitFor();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('Printer jams on floor 2');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('Wi-Fi down in room A2');
    await page.keyboard.press('x');
    await page.getByRole('status').getByText('1 selected').waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.getByRole('status').getByText('2 selected').waitFor();
    await page.getByRole('checkbox', { name: 'Select all tickets on this page' }).check();
    await page.getByRole('status').getByText('4 selected').waitFor();
    await page.getByRole('checkbox', { name: 'Select all tickets on this page' }).uncheck();
    await page.getByRole('status').getByText('2 selected').waitFor({ state: 'detached' });
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/scp\/tickets\/.+/);
    const reference = decodeURIComponent(page.url().split('/tickets/')[1]);
    const row = (await t.api.http().get(at(SLUG, `tickets/${encodeURIComponent(reference)}`)).set(bearer(agent.token)).expect(200)).body;
    expect(row.subject).toBe('Wi-Fi down in room A2');
    expectClean();
  });

  it("opens a ticket on a requester's behalf and shows it", async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, agent);
    await page.getByRole('navigation', { name: 'Queues and views' }).getByRole('link', { name: 'New ticket' }).click();
    await page.getByRole('heading', { level: 1, name: 'New ticket' }).waitFor();
    await page.getByRole('radio', { name: 'In person' }).check();
    await page.getByLabel("Requester's e-mail address").fill('nuria.vives@uni.example');
    await page.getByLabel("Requester's name").fill('Núria Vives');
    await page.getByLabel('Subject').fill('Locked out of the staff portal');
    await page.getByRole('textbox', { name: 'The request' }).fill('Came to the desk at 10:00: her password no longer works.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-new-ticket');
    await page.getByRole('button', { name: 'Open the ticket' }).click();
    await page.waitForURL((url) => /\/scp\/tickets\/.+/.test(url.pathname) && !url.pathname.endsWith('/tickets/new'));
    const reference = decodeURIComponent(page.url().split('/tickets/')[1]);
    const ticket = (await t.api.http().get(at(SLUG, `tickets/${encodeURIComponent(reference)}`)).set(bearer(agent.token)).expect(200)).body;
    expect(ticket).toMatchObject({ subject: 'Locked out of the staff portal', source: 'walk_in', requester: { name: 'Núria Vives' }, requesterEmail: 'nuria.vives@uni.example' });
    expectClean();
  });

  it('shows managers the flagged mail, raw, to mark as dealt with, and the mailbox it came through', async () => {
    const departmentId = (await admin.get('departments').expect(200)).body[0].id;
    const mailboxId = (await admin.post('mailboxes', { name: 'Student office', address: 'office@queue-desk.example', departmentId }).expect(201)).body.id;
    const token = (await admin.post(`mailboxes/${mailboxId}/inbound-token`, {}).expect(201)).body.token;
    const raw = ['From: undisclosed-recipients:;', 'To: office@queue-desk.example', 'Subject: Nobody wrote this', 'Message-ID: <flagged-1@uni.example>', '', 'Who am I?', ''].join('\r\n');
    await t.api.http().post(at(SLUG, 'mail/inbound')).set(bearer(token)).set('Content-Type', 'message/rfc822').send(Buffer.from(raw)).expect(200);

    // Agents who are not managers have no such pages.
    const { page: agentPage } = await t.newPage();
    await signIn(agentPage, agent, `/${SLUG}/scp/mail/flagged`);
    await agentPage.getByRole('alert').getByText('For managers only').waitFor();
    expect(await agentPage.getByRole('link', { name: 'Flagged mail' }).count()).toBe(0);

    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager);
    await page.getByRole('navigation', { name: 'Queues and views' }).getByRole('link', { name: 'Flagged mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Flagged mail' }).waitFor();
    const mail = page.getByRole('listitem', { name: 'Nobody wrote this' });
    await mail.getByText('Mail from a person').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await mail.getByRole('button', { name: 'View the message as received' }).click();
    const dialog = page.getByRole('dialog', { name: 'As received: Nobody wrote this' });
    await dialog.getByText('Message-ID: <flagged-1@uni.example>').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    await mail.getByRole('link', { name: 'Mailbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Student office' }).waitFor();
    await page.getByRole('row', { name: /Address/ }).getByText('office@queue-desk.example').waitFor();
    await page.getByRole('row', { name: /Last successful fetch/ }).getByText('Never').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // Older alert mails link to /{slug}/admin/mailboxes/{id}; the server sends them here.
    await page.goto(`/${SLUG}/admin/mailboxes/${mailboxId}`);
    await page.getByRole('heading', { level: 1, name: 'Student office' }).waitFor();
    expect(page.url()).toContain(`/${SLUG}/scp/admin/mailboxes/${mailboxId}`);

    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Flagged mail' }).waitFor();
    await page.getByRole('listitem', { name: 'Nobody wrote this' }).getByRole('button', { name: 'Mark as dealt with' }).click();
    await page.getByText('No flagged mail is waiting.').waitFor();
    expectClean();
  });

  it.each([
    ['ca', 'Tots els tiquets', /^Assignats a mi\s*1$/],
    ['es', 'Todos los tickets', /^Asignados a mí\s*1$/],
    ['de', 'Alle Tickets', /^Mir zugewiesen\s*1$/],
    ['nl', 'Alle tickets', /^Aan mij toegewezen\s*1$/],
    ['en', 'All tickets', /^Mine\s*1$/],
  ])('shows the list and the side bar in %s, every string translated', async (language, title, mine) => {
    const { page, expectClean } = await t.newPage({ language });
    await page.goto(`/${SLUG}/scp/queues/all?columns=${['reference', 'subject', 'requester', 'helpTopic', 'department', 'status', 'priority', 'assignee', 'team', 'dueAt', 'lastActivityAt', 'createdAt'].join(',')}`);
    await page.evaluate((choice) => window.localStorage.setItem('tessera.language', choice), language);
    await page.reload();
    await page.locator('input[autocomplete=username]').fill(agent.email);
    await page.locator('input[type=password]').fill(agent.password);
    await page.locator('button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('link', { name: mine }).waitFor();
    await page.getByRole('table').getByRole('row', { name: /Wi-Fi down/ }).waitFor();
    // The filters too.
    await page.locator('[aria-controls="queue-filters"]').click();
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('folds the side bar behind a menu button on a phone', async () => {
    const { page, expectClean } = await t.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, agent);
    await page.getByRole('heading', { level: 1, name: 'All tickets' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Queues and views' });
    expect(await page.getByRole('button', { name: 'Show or hide the side bar' }).getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Show or hide the side bar' }).click();
    await nav.getByRole('link', { name: /^Mine\s*1$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine' }).waitFor();
    // The side bar slides away: the picture is taken once it is out of sight.
    await page.waitForFunction(() => (document.querySelector('nav[aria-label]')?.getBoundingClientRect().right ?? 0) <= 0);
    await screenshot(page, 'panel-queue-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });
});
