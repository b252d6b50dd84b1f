import { BrowserTest, accessibilityViolations, startBrowserTest } from './browser-harness';

// The frame every page shares, in a real Chromium against the real API: the instance found by
// the path, its name on the page, the language switch, and the whole-page answers.
describe('the web app shell', () => {
  let t: BrowserTest;

  beforeAll(async () => {
    t = await startBrowserTest();
    await t.api.provision('shell-desk', { defaultLanguage: 'ca' });
    await t.api.provision('shell-paused');
    await t.api.operator.post('/tenants/shell-paused/suspend').expect(200);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it("opens the portal in the instance's language, with its name, and switches language for good", async () => {
    const { page, expectClean } = await t.newPage();
    const response = await page.goto('/shell-desk/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Com us podem ajudar?');
    await expect(page.getByRole('heading', { name: 'Instance shell-desk' }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ca');

    await page.getByRole('combobox', { name: 'Idioma' }).click();
    await page.getByRole('option', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie können wir Ihnen helfen?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Wie können wir Ihnen helfen?' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('opens a deep link of the agent panel on a reload', async () => {
    const { page, expectClean } = await t.newPage();
    expect((await page.goto('/shell-desk/scp/'))?.status()).toBe(200);
    await page.getByText("Tauler d'agents", { exact: true }).waitFor();
    expectClean();
  });

  it('signs an agent in with an HttpOnly cookie, keeps the deep link, and signs out on the server', async () => {
    const { page, context, expectClean } = await t.newPage({ language: 'en-GB' });
    await page.goto('/shell-desk/scp/');
    await page.getByLabel('Adreça electrònica').fill('manager@shell-desk.example');
    await page.getByLabel('Contrasenya').fill('wrong password');
    await page.getByRole('button', { name: 'Inicia la sessió' }).click();
    await page.getByRole('alert').getByText("L'adreça electrònica o la contrasenya no són correctes.").waitFor();
    await page.getByLabel('Contrasenya').fill('password of shell-desk');
    await page.getByRole('button', { name: 'Inicia la sessió' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiquets' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The page cannot read its session.
    expect(await page.evaluate(() => document.cookie)).not.toContain('tessera_staff');
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'tessera_staff');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/t/shell-desk/' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tiquets' }).waitFor();

    await page.getByRole('button', { name: 'Tanca la sessió de Manager of shell-desk' }).click();
    await page.getByRole('button', { name: 'Inicia la sessió' }).waitFor();
    const me = await context.request.get('/api/v1/t/shell-desk/auth/me', { headers: { Cookie: `tessera_staff=${cookie.value}` } });
    expect(me.status()).toBe(401);
    expectClean();
  });

  it('says so when there is no such helpdesk, or it is suspended', async () => {
    const { page } = await t.newPage();
    expect((await page.goto('/no-such-desk/scp/tickets/1'))?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'No helpdesk here' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await page.goto('/shell-paused/'))?.status()).toBe(503);
    await page.getByRole('heading', { level: 1, name: 'This helpdesk is suspended' }).waitFor();
  });

  it('shows the page-not-found page inside a helpdesk', async () => {
    const { page, expectClean } = await t.newPage();
    await page.goto('/shell-desk/no/such/page');
    await page.getByRole('heading', { level: 1, name: "No s'ha trobat la pàgina" }).waitFor();
    expectClean();
  });
});
