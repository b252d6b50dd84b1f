import type { Page } from 'playwright-core';
import { AdminClient, Instance, adminClient, at, bearer } from '../../api/test/api-harness';
import { moveTicket, openTicket, portalLogin } from '../../api/test/portal-harness';
import { BrowserTest, accessibilityViolations, startBrowserTest } from './browser-harness';

const OPEN = 'account-desk';
const INVITED = 'invite-desk';
const LANGUAGES = ['en', 'ca', 'es', 'de', 'nl'] as const;

// The requesters' accounts in a real Chromium against the real API, every link taken from the
// mail the worker sent to the SMTP sink: registration, password reset, an invitation, then the
// list of one's tickets and signing out.
describe('the requester portal: accounts and my tickets', () => {
  let t: BrowserTest;
  let open: Instance;
  let invited: Instance;

  // The portal link of the newest mail to this address: /{slug}/{path}?token=….
  async function mailedLink(email: string, slug: string, path: string): Promise<string> {
    const pattern = new RegExp(`https?://\\S+/${slug}/${path}\\?token=[^\\s>"]+`);
    const mail = await t.mailTo(email, (message) => pattern.test(message.parsed.text ?? ''));
    return (mail.parsed.text ?? '').match(pattern)![0];
  }

  async function signIn(page: Page, slug: string, email: string, password: string) {
    await page.goto(`/${slug}/login`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function expectAccessible(page: Page) {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    t = await startBrowserTest();
    open = await t.api.provision(OPEN, { defaultLanguage: 'en' });
    invited = await t.api.provision(INVITED, { defaultLanguage: 'en' });
    await adminClient(t.api, INVITED, invited.token).patch('settings', { registration: 'invitation' }).expect(200);
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('registers with the link from the confirmation mail, resets the password by mail, and signs in with the new one', async () => {
    const { page, expectClean } = await t.newPage();
    const email = 'laia.ferrer@uni.example';
    await page.goto(`/${OPEN}/login`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByLabel('Your name').fill('Laia Ferrer');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('textbox', { name: 'New password' }).fill('first long password');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your mailbox' }).waitFor();
    await page.getByRole('status').getByText(`We have sent a mail to ${email}`, { exact: false }).waitFor();

    const confirm = await mailedLink(email, OPEN, 'register/confirm');
    await page.goto(confirm);
    await page.getByRole('heading', { level: 1, name: 'Your account is ready' }).waitFor();
    await page.getByText('Welcome, Laia Ferrer.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Menu of Laia Ferrer' }).waitFor();
    await expectAccessible(page);
    // The link works once.
    await page.goto(confirm);
    await page.getByRole('heading', { level: 1, name: 'The link does not work' }).waitFor();

    // Forgotten: a reset link by mail, a new password, then signing in with it.
    const other = await t.newPage();
    await other.page.goto(`/${OPEN}/login`);
    await other.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await other.page.getByLabel('E-mail address').fill(email);
    await expectAccessible(other.page);
    await other.page.getByRole('button', { name: 'Send the link' }).click();
    await other.page.getByRole('status').getByText(`If ${email} belongs to an account`, { exact: false }).waitFor();
    const reset = await mailedLink(email, OPEN, 'password-reset');
    await other.page.goto(reset);
    await other.page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await other.page.getByRole('textbox', { name: 'New password' }).fill('second long password');
    await expectAccessible(other.page);
    await other.page.getByRole('button', { name: 'Save the new password' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Password changed' }).waitFor();
    await other.page.getByRole('link', { name: 'Sign in' }).last().click();
    await other.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await other.page.getByLabel('E-mail address').fill(email);
    await other.page.getByRole('textbox', { name: 'Password' }).fill('first long password');
    await other.page.getByRole('button', { name: 'Sign in' }).click();
    await other.page.getByRole('alert').getByText('The e-mail address or the password is wrong.').waitFor();
    await other.page.getByRole('textbox', { name: 'Password' }).fill('second long password');
    await other.page.getByRole('button', { name: 'Sign in' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'My tickets' }).waitFor();
    await other.page.getByRole('button', { name: 'Menu of Laia Ferrer' }).waitFor();
    await other.page.getByText('You have no open tickets.').waitFor();
    other.expectClean();
    expectClean();
  });

  it('accepts an invitation on an invitation-only instance, where nobody registers', async () => {
    const admin: AdminClient = adminClient(t.api, INVITED, invited.token);
    const email = 'jordi.mas@uni.example';
    const requester = (await admin.post('requesters', { name: 'Jordi Mas', emails: [email] }).expect(201)).body;
    await admin.post(`requesters/${requester.id}/invitation`, {}).expect(202);
    const { page, expectClean } = await t.newPage();
    await page.goto(`/${INVITED}/register`);
    await page.getByText('Accounts on this helpdesk are created by invitation only.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Create account' }).count()).toBe(0);
    await page.goto(await mailedLink(email, INVITED, 'invitation'));
    await page.getByRole('heading', { level: 1, name: 'Accept the invitation' }).waitFor();
    await page.getByText(`You have been invited to Instance ${INVITED}.`, { exact: false }).waitFor();
    await page.getByRole('textbox', { name: 'New password' }).fill('invited long password');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My tickets' }).waitFor();
    await page.getByRole('button', { name: 'Menu of Jordi Mas' }).waitFor();
    // The password chosen signs in from elsewhere too.
    expect(await portalLogin(t.api, INVITED, email, 'invited long password')).toMatch(/^tsr_/);
    expectClean();
  });

  it('lists my tickets with their status, most recent activity first, a page at a time, and signs out for good', async () => {
    const email = 'marc.roca@uni.example';
    const password = 'marc long password';
    await t.api.http().post(at(OPEN, 'portal/auth/register')).send({ name: 'Marc Roca', email, password }).expect(202);
    const confirm = await mailedLink(email, OPEN, 'register/confirm');
    await t.api.http().post(at(OPEN, 'portal/auth/register/confirm')).send({ token: new URL(confirm).searchParams.get('token') }).expect(200);
    const token = await portalLogin(t.api, OPEN, email, password);
    const references: string[] = [];
    for (let i = 1; i <= 22; i++) references.push(await openTicket(t.api, OPEN, token, { subject: `Request number ${i}` }));
    await moveTicket(t.api, open, references[1], 'resolved');
    // Activity on the oldest open ticket puts it first.
    await t.api.http().post(at(OPEN, `portal/tickets/${encodeURIComponent(references[0])}/replies`)).set(bearer(token)).send({ message: 'Any news?' }).expect(201);

    const { page, context, expectClean } = await t.newPage();
    await signIn(page, OPEN, email, password);
    await page.getByRole('heading', { level: 1, name: 'My tickets' }).waitFor();
    const items = page.getByRole('tabpanel').getByRole('listitem');
    await items.first().getByRole('link', { name: 'Request number 1', exact: true }).waitFor();
    await items.nth(1).getByRole('link', { name: 'Request number 22' }).waitFor();
    await items.first().getByText('New', { exact: true }).or(items.first().getByText('Open', { exact: true })).waitFor();
    // Twenty on a page; the rest on demand.
    expect(await items.count()).toBe(20);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Show more' }).click();
    await items.nth(20).waitFor();
    expect(await items.count()).toBe(21);
    expect(await page.getByRole('link', { name: 'Request number 2', exact: true }).count()).toBe(0);
    await expect(items.last().getByRole('link').textContent()).resolves.toBe('Request number 3');
    await page.getByRole('button', { name: 'Show more' }).waitFor({ state: 'detached' });
    // The resolved one under its tab, with its status.
    await page.getByRole('tab', { name: 'Resolved and closed' }).click();
    await page.waitForURL(/state=closed/);
    await items.first().getByRole('link', { name: 'Request number 2', exact: true }).waitFor();
    await items.first().getByText('Resolved', { exact: true }).waitFor();
    expect(await items.count()).toBe(1);
    await expectAccessible(page);
    await items.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Request number 2' }).waitFor();
    await page.getByRole('link', { name: 'Back to my tickets' }).click();
    await page.getByRole('heading', { level: 1, name: 'My tickets' }).waitFor();

    // Signing out ends the session on the server, not only in the page.
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'tessera_requester');
    expect(cookie).toMatchObject({ httpOnly: true });
    await page.getByRole('button', { name: 'Menu of Marc Roca' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    const me = await context.request.get(`/api/v1/t/${OPEN}/portal/auth/me`, { headers: { Cookie: `tessera_requester=${cookie.value}` } });
    expect(me.status()).toBe(401);
    await page.goto(`/${OPEN}/tickets`);
    await page.getByText('Sign in to see the tickets you have sent.').waitFor();
    expectClean();
  }, 60_000);

  it.each(LANGUAGES)('shows the sign-in, registration, reset and my tickets pages in %s, every string translated', async (language) => {
    const email = `anna.${language}@uni.example`;
    const password = `password in ${language} long`;
    await t.api.http().post(at(OPEN, 'portal/auth/register')).send({ name: `Anna ${language}`, email, password }).expect(202);
    const confirm = await mailedLink(email, OPEN, 'register/confirm');
    const token = await (async () => {
      await t.api.http().post(at(OPEN, 'portal/auth/register/confirm')).send({ token: new URL(confirm).searchParams.get('token') }).expect(200);
      return portalLogin(t.api, OPEN, email, password);
    })();
    const reference = await openTicket(t.api, OPEN, token, { subject: `Request in ${language}` });
    await moveTicket(t.api, open, await openTicket(t.api, OPEN, token, { subject: `Done in ${language}` }), 'resolved');

    const { page, expectClean } = await t.newPage({ language });
    await page.goto(`/${OPEN}/login`);
    await page.evaluate((choice) => window.localStorage.setItem('tessera.language', choice), language);
    await page.reload();
    await page.waitForFunction((choice) => document.documentElement.lang === choice, language);
    await page.locator('input[type=email]').waitFor();
    await expectAccessible(page);
    for (const path of ['register', 'password-reset', 'register/confirm?token=tsr_wrong', 'password-reset?token=wrong', 'invitation?token=wrong']) {
      await page.goto(`/${OPEN}/${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page);
    }
    await page.goto(`/${OPEN}/login`);
    await page.locator('input[autocomplete=username]').fill(email);
    await page.locator('input[type=password]').fill(password);
    await page.locator('button[type=submit]').click();
    await page.getByRole('link', { name: `Request in ${language}` }).waitFor();
    await expectAccessible(page);
    await page.getByRole('tab').nth(1).click();
    await page.getByRole('link', { name: `Done in ${language}` }).waitFor();
    await page.getByRole('tab').nth(2).click();
    await page.getByRole('link', { name: `Request in ${language}` }).click();
    await page.getByRole('heading', { level: 1, name: `Request in ${language}` }).waitFor();
    expect(page.url()).toContain(encodeURIComponent(reference));
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expectClean();
  }, 60_000);
});
