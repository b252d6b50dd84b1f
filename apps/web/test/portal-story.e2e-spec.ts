import type { SinkMessage } from '@tessera/testing';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { AdminClient, Agent, Instance, adminClient, at } from '../../api/test/api-harness';
import { BrowserTest, TestPage, accessibilityViolations, screenshot, signInAgent, startBrowserTest } from './browser-harness';

const SLUG = 'story-desk';
const PHONE = { width: 390, height: 844 };
const LANGUAGES = ['en', 'ca', 'es', 'de', 'nl'] as const;

// The link to a ticket in a mail to a requester: /{slug}/tickets/{reference}?email=…&token=….
function ticketLinkOf(mail: SinkMessage): string {
  const found = (mail.parsed.text ?? '').match(new RegExp(`https?://[^\\s]+/${SLUG}/tickets/[^\\s]+`));
  if (!found) throw new Error(`No ticket link in the mail "${mail.parsed.subject}":\n${mail.parsed.text}`);
  return found[0];
}

// A requester's whole way through the portal, with an agent answering in the panel between:
// the topic assistant as a guest, the mailed link, replies with files both ways, resolving,
// closing and rating; then every page of it in each language, and on a phone.
describe('the requester portal: a ticket from the assistant to the rating', () => {
  let t: BrowserTest;
  let instance: Instance;
  let admin: AdminClient;
  let agent: Agent;
  let accountsTopic: string;
  let passwordTopic: string;

  // Walks the assistant to the form of Accounts and passwords > Forgotten password.
  async function chooseTopics(page: Page, continueLabel = 'Continue') {
    await page.getByRole('radio', { name: 'Accounts and passwords' }).check();
    await page.getByRole('button', { name: continueLabel }).click();
    await page.getByRole('radio', { name: 'Forgotten password' }).check();
    await page.getByRole('button', { name: continueLabel }).click();
  }

  // A guest ticket opened through the API, and the link its auto-response carries.
  async function guestTicket(email: string, subject: string): Promise<{ reference: string; link: string }> {
    const opened = await t.api
      .http()
      .post(at(SLUG, 'portal/tickets'))
      .send({ helpTopicId: passwordTopic, subject, message: 'I cannot sign in since Monday.', name: 'Pere Vidal', email })
      .expect(201);
    const reference: string = opened.body.ticket.reference;
    return { reference, link: ticketLinkOf(await t.mailTo(email, (mail) => (mail.parsed.subject ?? '').includes(reference))) };
  }

  async function expectAccessible(page: Page) {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    t = await startBrowserTest();
    instance = await t.api.provision(SLUG, { defaultLanguage: 'en', timezone: 'Europe/Madrid' });
    admin = adminClient(t.api, SLUG, instance.token);
    agent = await t.api.addAgent(instance, { name: 'Anna Puig', role: 'All access' });
    const departmentId = (await admin.get('departments').expect(200)).body[0].id;
    accountsTopic = (await admin.post('help-topics', { name: 'Accounts and passwords', departmentId }).expect(201)).body.id;
    passwordTopic = (await admin.post('help-topics', { name: 'Forgotten password', parentId: accountsTopic, departmentId }).expect(201)).body.id;
    await admin.post('help-topics', { name: 'New account', parentId: accountsTopic, departmentId }).expect(201);
    await admin.post('help-topics', { name: 'Server room access', departmentId, isPublic: false }).expect(201);
    // Small enough for the test to break it with a file of a few kilobytes.
    await admin.patch('settings', { attachmentMaxBytes: 4096 }).expect(200);
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('takes a guest from the assistant to a resolved, closed and rated ticket, with an agent answering in the panel', async () => {
    const requester: TestPage = await t.newPage();
    const { page } = requester;
    const email = 'marta.soler@uni.example';

    // The assistant: the public topics only, then the sub-topics, then the form.
    await page.goto(`/${SLUG}/`);
    await page.getByRole('heading', { level: 1, name: 'How can we help you?' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Step 1: Topic' }).waitFor();
    const topics = page.getByRole('radiogroup', { name: 'What is your request about?' });
    await topics.getByRole('radio', { name: 'Accounts and passwords' }).waitFor();
    await topics.getByRole('radio', { name: 'General inquiry' }).waitFor();
    // The private topic is not offered, nor the sub-topics yet.
    expect(await topics.getByRole('radio').count()).toBe(2);
    expect(await page.getByText('Server room access').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'portal-landing');
    // Continue without a choice says what is missing.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').getByText('Choose one of the options.').waitFor();
    await page.getByRole('radio', { name: 'Accounts and passwords' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 2, name: 'Step 2: More precisely' }).waitFor();
    await page.getByRole('radiogroup', { name: 'What about Accounts and passwords?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Forgotten password' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 2, name: 'Step 3: Your request' }).waitFor();
    await page.getByRole('navigation', { name: 'Your choices' }).getByText('Forgotten password').waitFor();
    await page.getByLabel('Your name').fill('Marta Soler');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Subject').fill('Cannot sign in to the library');
    await page.getByRole('textbox', { name: 'Message' }).fill('Since Monday my password is refused at the library terminals.');
    await expectAccessible(page);
    await screenshot(page, 'portal-assistant');
    await page.getByRole('button', { name: 'Send request' }).click();

    // The thank-you page with the reference.
    await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    const [reference] = (await t.api.sql<{ reference: string }>('select reference from tickets where subject = $1', ['Cannot sign in to the library'])).map((row) => row.reference);
    expect(reference).toBeTruthy();
    await page.getByText(reference, { exact: true }).waitFor();
    await page.getByText(`We are sending a mail to ${email}`).waitFor();
    await expectAccessible(page);
    requester.expectClean();

    // The auto-response brings the link; opened in a browser without any session, it shows the ticket.
    const mail = await t.mailTo(email);
    const link = ticketLinkOf(mail);
    expect(link).toContain(encodeURIComponent(reference));
    const guest = await t.newPage();
    await guest.page.goto(link);
    await guest.page.getByRole('heading', { level: 1, name: 'Cannot sign in to the library' }).waitFor();
    // The address loses the token once it is spent for a session.
    await guest.page.waitForURL((url) => url.pathname === `/${SLUG}/tickets/${encodeURIComponent(reference)}` && !url.search.includes('token'));
    await guest.page.getByText(`Reference ${reference}`).waitFor();
    await guest.page.getByText('Topic: Forgotten password').waitFor();

    // A reply with files: one too large for the instance is refused by name, the text stays.
    const reply = guest.page.getByRole('textbox', { name: 'Your reply' });
    await reply.fill('Here is the error the terminal shows.');
    const attach = async (name: string, content: Buffer, mimeType = 'text/plain') => {
      const [chooser] = await Promise.all([guest.page.waitForEvent('filechooser'), guest.page.getByRole('button', { name: 'Attach files' }).click()]);
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles({ name, mimeType, buffer: content });
    };
    const errorText = Buffer.from('ERROR 1047: password expired\n');
    await attach('huge-log.txt', Buffer.alloc(10_000, 'x'));
    await attach('terminal-error.txt', errorText);
    const chosen = guest.page.getByRole('list', { name: 'Files to send' });
    await chosen.getByText('huge-log.txt').waitFor();
    await chosen.getByText('terminal-error.txt').waitFor();
    await expectAccessible(guest.page);
    await guest.page.getByRole('button', { name: 'Send reply' }).click();
    const refusal = guest.page.getByRole('alert').filter({ hasText: 'A file was not accepted' });
    await refusal.getByText(/“huge-log.txt” is larger than this helpdesk accepts \(4 kB at most\)/).waitFor();
    expect(await reply.inputValue()).toBe('Here is the error the terminal shows.');
    await guest.page.getByRole('button', { name: 'Remove huge-log.txt' }).click();
    await chosen.getByText('huge-log.txt').waitFor({ state: 'detached' });
    await guest.page.getByRole('button', { name: 'Send reply' }).click();
    const thread = guest.page.locator('section[aria-labelledby="ticket-thread"]');
    await thread.getByText('Here is the error the terminal shows.').waitFor();
    expect(await reply.inputValue()).toBe('');
    await guest.page.getByRole('list', { name: 'Files to send' }).waitFor({ state: 'detached' });
    // The file downloads from the public thread.
    const [download] = await Promise.all([guest.page.waitForEvent('download'), thread.getByRole('link', { name: 'terminal-error.txt' }).click()]);
    expect(download.suggestedFilename()).toBe('terminal-error.txt');
    expect(await readFile(await download.path())).toEqual(errorText);

    // The agent finds it in the queue, sees the file, replies and resolves it.
    const desk = await t.newPage();
    await signInAgent(desk.page, agent, `/${SLUG}/scp/`);
    const table = desk.page.getByRole('table', { name: 'Tickets' });
    await table.getByRole('row', { name: /Cannot sign in to the library/ }).getByRole('link', { name: reference }).click();
    await desk.page.getByText('Here is the error the terminal shows.').waitFor();
    await desk.page.getByText('terminal-error.txt').first().waitFor();
    await desk.page.getByRole('textbox', { name: 'Reply to the requester' }).fill('Your password had expired: I have reset it, try again now.');
    await desk.page.getByRole('button', { name: 'Send reply' }).click();
    await desk.page.getByRole('status').getByText('Your reply has been sent.').waitFor();
    // The requester's page follows the ticket live: the answer shows without a reload.
    await thread.getByText('Your password had expired: I have reset it, try again now.').waitFor();
    await thread.getByText('Helpdesk', { exact: true }).first().waitFor();
    await desk.page.getByRole('button', { name: 'Change status…' }).click();
    const dialog = desk.page.getByRole('dialog', { name: 'Change the status' });
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await desk.page.getByRole('option', { name: 'Resolved' }).click();
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await dialog.waitFor({ state: 'detached' });
    desk.expectClean();

    // Resolved: the requester closes it and rates the help.
    await guest.page.getByText('Resolved', { exact: true }).first().waitFor();
    await expectAccessible(guest.page);
    await screenshot(guest.page, 'portal-ticket');
    await guest.page.getByRole('button', { name: 'Close the ticket' }).click();
    await guest.page.getByText('Status changed from “Resolved” to “Closed”').waitFor();
    await guest.page.getByRole('radio', { name: '5 – Excellent' }).check();
    await guest.page.getByRole('textbox', { name: 'Comment (optional)' }).fill('Fast and clear, thank you.');
    await guest.page.getByRole('button', { name: 'Send rating' }).click();
    await guest.page.getByText('You rated the help 5 out of 5 (Excellent).').waitFor();
    const [rating] = await t.api.sql<{ rating: number; comment: string }>('select rating, rating_comment as comment from tickets where reference = $1', [reference]);
    expect(rating).toEqual({ rating: 5, comment: 'Fast and clear, thank you.' });
    await expectAccessible(guest.page);
    guest.expectClean();
  }, 90_000);

  it('shows a clear page for a wrong or tampered link, not a crash', async () => {
    const { reference, link } = await guestTicket('tampered@uni.example', 'Printer in room B3');
    const { page, expectClean } = await t.newPage();
    const tampered = link.replace(/token=tsg_(.)/, (_, first: string) => `token=tsg_${first === 'A' ? 'B' : 'A'}`);
    expect(tampered).not.toBe(link);
    await page.goto(tampered);
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await page.getByRole('alert').getByText('The link could not open a ticket.', { exact: false }).waitFor();
    await expectAccessible(page);
    // Another address with the right token, and a cut link, likewise.
    await page.goto(link.replace('tampered%40uni.example', 'someone%40uni.example'));
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await page.goto(`/${SLUG}/tickets/${encodeURIComponent(reference)}?email=tampered%40uni.example&token=tsg_cut`);
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    // Without any link, the ticket asks for a sign-in.
    await page.goto(`/${SLUG}/tickets/${encodeURIComponent(reference)}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to see this ticket' }).waitFor();
    expectClean();
  });

  it.each(LANGUAGES)('shows the assistant, the thank-you page and the ticket in %s, every string translated', async (language) => {
    const { page, expectClean } = await t.newPage({ language });
    await page.goto(`/${SLUG}/`);
    await page.evaluate((choice) => window.localStorage.setItem('tessera.language', choice), language);
    await page.reload();
    await page.waitForFunction((choice) => document.documentElement.lang === choice, language);
    await page.getByRole('radio', { name: 'Accounts and passwords' }).waitFor();
    await expectAccessible(page);
    const submit = page.locator('button[type=submit]');
    await page.getByRole('radio', { name: 'Accounts and passwords' }).check();
    await submit.click();
    await page.getByRole('radio', { name: 'Forgotten password' }).check();
    await expectAccessible(page);
    await submit.click();
    await page.locator('input[autocomplete=name]').fill('Pere Vidal');
    const email = `pere.${language}@uni.example`;
    await page.locator('input[type=email]').fill(email);
    await page.locator('input[maxlength="255"]').fill(`Printer (${language})`);
    await page.locator('main textarea').fill('The printer in room B3 jams.');
    await expectAccessible(page);
    await submit.click();
    // The thank-you page gives the reference and no link to the ticket: a guest's link goes to
    // the address only. Asking for it again leads to the link form, the reference filled in.
    const again = page.locator('main a[href*="/ticket-link"]');
    await again.waitFor();
    const [reference] = (await t.api.sql<{ reference: string }>('select reference from tickets where subject = $1', [`Printer (${language})`])).map((row) => row.reference);
    await page.getByText(reference, { exact: true }).waitFor();
    expect(await page.locator('main a[href*="/tickets/"]').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, `portal-thanks-${language}`);
    await again.click();
    expect(await page.locator('main input:not([type=email])').inputValue()).toBe(reference);
    await page.locator('input[type=email]').fill(email);
    await expectAccessible(page);
    await page.locator('button[type=submit]').click();
    await page.getByRole('status').getByText(reference, { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, `portal-ticket-link-${language}`);
    // The link mail (automatic, unlike the auto-response, which is a reply) opens the ticket.
    const linkMail = await t.mailTo(email, (mail) => mail.parsed.headers.get('auto-submitted') === 'auto-generated');
    await page.goto(ticketLinkOf(linkMail));
    await page.getByRole('heading', { level: 1, name: `Printer (${language})` }).waitFor();
    await page.locator('main textarea').waitFor();
    await expectAccessible(page);
    // Kept under .data/screenshots, to look at the page in each language.
    await screenshot(page, `portal-ticket-${language}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expectClean();
  });

  it('fits the landing page, the assistant and the ticket on a phone', async () => {
    const { link } = await guestTicket('phone@uni.example', 'Projector without sound');
    const { page, expectClean } = await t.newPage({ viewport: PHONE });
    await page.goto(`/${SLUG}/`);
    await page.getByRole('radio', { name: 'Accounts and passwords' }).waitFor();
    await expectAccessible(page);
    await chooseTopics(page);
    await page.getByLabel('Your name').waitFor();
    await expectAccessible(page);
    // Nothing wider than the screen.
    const wider = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(await wider()).toBe(false);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Projector without sound' }).waitFor();
    await page.getByRole('textbox', { name: 'Your reply' }).waitFor();
    expect(await wider()).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'portal-ticket-phone');
    expectClean();
  });
});
