import { BrowserTest, startBrowserTest } from './browser-harness';

// The interface asks the API for its answers in the interface's language, which need not be the
// browser's: a Catalan helpdesk seen from an English browser gets Catalan error texts.
describe('the language of API answers in the browser', () => {
  let t: BrowserTest;
  const SLUG = 'idioma-desk';

  beforeAll(async () => {
    t = await startBrowserTest();
    await t.api.provision(SLUG, { defaultLanguage: 'ca' });
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('sends the interface language as Accept-Language and gets the problem in it', async () => {
    const { page, expectClean } = await t.newPage({ language: 'en-GB' });
    await page.goto(`/${SLUG}/login`);
    await page.locator('html[lang="ca"]').waitFor({ state: 'attached' });
    await page.locator('input[type="email"]').fill('nobody@idioma.example');
    await page.locator('input[autocomplete="current-password"]').fill('not the password at all');
    const [request] = await Promise.all([page.waitForRequest((sent) => sent.url().endsWith('/portal/auth/login') && sent.method() === 'POST'), page.locator('button[type="submit"]').click()]);
    expect(request.headers()['accept-language']).toBe('ca');
    const response = await request.response();
    expect(response!.status()).toBe(401);
    expect(await response!.json()).toMatchObject({ code: 'auth.invalid-credentials', detail: 'L’adreça electrònica o la contrasenya no són correctes' });
    await page.getByRole('alert').waitFor();
    expectClean();
  });
});
