import { base32Decode, hotp, totpStep } from '@tessera/auth';
import { adminClient } from '../../api/test/api-harness';
import { BrowserTest, accessibilityViolations, screenshot, signInAgent, startBrowserTest } from './browser-harness';

// The panel's sign-in beyond the password, in a real Chromium against the real API and worker:
// setting up two-factor sign-in, signing in with its code, and a password reset by mail.
describe('panel sign-in: two-factor and password reset', () => {
  let t: BrowserTest;

  beforeAll(async () => {
    t = await startBrowserTest();
    await t.api.provision('signin-desk');
    await t.api.provision('signin-ca', { defaultLanguage: 'ca' });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('sets up two-factor sign-in in the profile, then asks for its code after the password', async () => {
    const { page, expectClean } = await t.newPage({ language: 'en-GB' });
    const manager = { email: 'manager@signin-desk.example', password: 'password of signin-desk' };
    await signInAgent(page, manager, '/signin-desk/scp/');
    await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    await page.getByRole('link', { name: 'Two-factor sign-in' }).click();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.locator('code').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-two-factor-enrol');
    const step = totpStep(new Date());
    await page.getByLabel('Code from the app or a recovery code').fill(hotp(base32Decode(secret), step));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    expect(await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').count()).toBe(10);
    await page.getByRole('button', { name: 'I have kept them' }).click();
    await page.getByText('10 recovery codes left.').waitFor();

    await page.getByRole('button', { name: 'Sign out Manager of signin-desk' }).click();
    await signInAgent(page, manager, '/signin-desk/scp/');
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    // Keyboard only: the code field has the focus, Enter sends it.
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('The code is wrong or was already used.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-two-factor-code');
    await page.getByLabel('Code from the app or a recovery code').fill(hotp(base32Decode(secret), Math.max(step + 1, totpStep(new Date()))));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    expectClean();
  });

  it('takes an agent without a second factor through setting one up after the password, where the instance requires it', async () => {
    const desk = await t.api.provision('signin-required');
    const agent = await t.api.addAgent(desk, { name: 'Required', role: 'All access' });
    await adminClient(t.api, desk.slug, desk.token).patch('settings', { requireTwoFactor: true }).expect(200);
    const { page, expectClean } = await t.newPage({ language: 'en-GB' });
    await signInAgent(page, agent, '/signin-required/scp/');
    await page.getByRole('heading', { name: 'Set up two-factor sign-in' }).waitFor();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.locator('code').textContent()) ?? '';
    await page.getByLabel('Code from the app or a recovery code').fill(hotp(base32Decode(secret), totpStep(new Date())));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-two-factor-recovery-codes');
    await page.getByRole('button', { name: 'I have kept them' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    expectClean();
  });

  it('mails a reset link from "forgot password" and sets the new password through it (in Catalan)', async () => {
    const { page, expectClean } = await t.newPage({ language: 'ca' });
    await page.goto('/signin-ca/scp/');
    await page.getByRole('button', { name: 'Heu oblidat la contrasenya?' }).click();
    await page.getByLabel('Adreça electrònica').fill('manager@signin-ca.example');
    await page.getByRole('button', { name: 'Envia l’enllaç' }).click();
    await page.getByRole('status').getByText('Si l’adreça és d’un agent d’aquí, l’enllaç ja és de camí. Mireu el correu.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-forgot-password-ca');
    const mail = await t.mailTo('manager@signin-ca.example');
    const link = /https?:\/\/[^\s]+\/signin-ca\/scp\/password-reset\?token=tsp_[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '');
    expect(link).not.toBeNull();
    const url = new URL(link![0]);
    await page.goto(`${url.pathname}${url.search}`);
    await page.getByRole('heading', { level: 1, name: 'Trieu una contrasenya nova' }).waitFor();
    await page.getByLabel('Contrasenya nova').fill('a brand new password');
    await page.getByRole('button', { name: 'Desa la contrasenya nova' }).click();
    await page.getByRole('status').getByText('La contrasenya ha canviat. S’han tancat totes les sessions; torneu a entrar.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'panel-password-reset-ca');
    await signInAgent(page, { email: 'manager@signin-ca.example', password: 'a brand new password' }, '/signin-ca/scp/');
    await page.getByRole('heading', { level: 1, name: 'Tiquets' }).waitFor();
    expectClean();
  });
});
