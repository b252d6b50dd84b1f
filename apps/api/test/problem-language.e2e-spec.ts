import { LANGUAGES } from '@tessera/errors';
import { Instance, TestApi, at, bearer, expectProblem, startTestApi } from './api-harness';
import { registerRequester } from './portal-harness';

// The title and detail of an error answer follow the person's language: Accept-Language first,
// then the signed-in agent's or requester's own language, then the instance's default, then
// English. The type and code never change.
describe('problem answers in the person’s language', () => {
  let api: TestApi;
  let desk: Instance;
  let catalan: Instance;

  const DETAILS: Record<string, RegExp> = {
    en: /^No ticket 999999$/,
    ca: /^Aquí no hi ha aquest tiquet$/,
    es: /^Aquí no existe ese ticket$/,
    de: /^Dieses Ticket gibt es hier nicht$/,
    nl: /^Dit ticket bestaat hier niet$/,
  };
  const TITLES: Record<string, string> = { en: 'Not found', ca: 'No trobat', es: 'No encontrado', de: 'Nicht gefunden', nl: 'Niet gevonden' };
  const missingTicket = (instance: Instance, token: string) => api.http().get(at(instance.slug, 'tickets/999999')).set(bearer(token));

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('words');
    catalan = await api.provision('paraules', { defaultLanguage: 'ca' });
  });

  afterAll(() => api.close());

  it('answers in the language Accept-Language asks for, with the same type and code', async () => {
    const types = new Set<string>();
    for (const language of LANGUAGES) {
      const response = await missingTicket(desk, desk.token).set('Accept-Language', `${language};q=0.9, fr;q=1`);
      expectProblem(response, 404, 'ticket.not-found');
      expect(response.body.title).toBe(TITLES[language]);
      expect(response.body.detail).toMatch(DETAILS[language]);
      expect(response.headers['content-language']).toBe(language);
      expect(response.headers.vary).toMatch(/Accept-Language/i);
      types.add(response.body.type);
    }
    expect([...types]).toEqual(['urn:tessera:problem:ticket.not-found']);
    // A header naming no shipped language falls through to the instance's default (English here).
    const french = await missingTicket(desk, desk.token).set('Accept-Language', 'fr-FR, *;q=0.1');
    expect(french.body.detail).toMatch(DETAILS.en);
  });

  it('uses the agent’s own language without the header, and the header over it', async () => {
    await api.http().patch(at('words', 'auth/me')).set(bearer(desk.token)).send({ language: 'nl' }).expect(200);
    const own = await missingTicket(desk, desk.token);
    expectProblem(own, 404, 'ticket.not-found');
    expect(own.body.detail).toMatch(DETAILS.nl);
    const asked = await missingTicket(desk, desk.token).set('Accept-Language', 'es');
    expect(asked.body.detail).toMatch(DETAILS.es);
    await api.http().patch(at('words', 'auth/me')).set(bearer(desk.token)).send({ language: null }).expect(200);
    expect((await missingTicket(desk, desk.token)).body.detail).toMatch(DETAILS.en);
  });

  it('uses the instance’s default language for an agent without one, and for signed-out routes', async () => {
    const response = await missingTicket(catalan, catalan.token);
    expect(response.body.title).toBe(TITLES.ca);
    expect(response.body.detail).toMatch(DETAILS.ca);
    const signedOut = await api.http().get(at('paraules', 'tickets/999999'));
    expectProblem(signedOut, 401, 'auth.unauthenticated');
    expect(signedOut.body).toMatchObject({ title: 'Sense autenticar', detail: 'Primer inicieu la sessió' });
    const login = await api.http().post(at('paraules', 'auth/login')).send({ email: 'nobody@example.org', password: 'not the password' });
    expectProblem(login, 401, 'auth.invalid-credentials');
    expect(login.body.detail).toBe('L’adreça electrònica o la contrasenya no són correctes');
    const guest = await api.http().post(at('paraules', 'portal/guest')).set('Accept-Language', 'de-CH').send({ reference: '1', email: 'a@example.org', token: 't' });
    expect(guest.status).toBeGreaterThanOrEqual(400);
    expect(guest.status).toBeLessThan(500);
    expect(guest.headers['content-language']).toBe('de');
  });

  it('names the fields of a validation error and translates each field’s problems', async () => {
    const body = { subject: 'x'.repeat(300), message: 'Hi', source: 'phone', requester: { email: 'joan@example.org', name: 'Joan' }, extra: 1 };
    const english = await api.http().post(at('words', 'tickets')).set(bearer(desk.token)).send(body);
    const german = await api.http().post(at('words', 'tickets')).set(bearer(desk.token)).set('Accept-Language', 'de').send(body);
    for (const response of [english, german]) expectProblem(response, 400, 'request.invalid');
    expect(german.body.type).toBe(english.body.type);
    const fields = (response: typeof english) => (response.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect(fields(german)).toEqual(fields(english));
    expect(fields(german)).toEqual(expect.arrayContaining(['extra', 'subject']));
    const problemsOf = (response: typeof english, field: string) => (response.body.errors as { field: string; problems: string[] }[]).find((error) => error.field === field)!.problems;
    expect(problemsOf(english, 'extra')).toEqual(['extra is not a field of this request']);
    expect(problemsOf(german, 'extra')).toEqual(['extra ist kein Feld dieser Anfrage']);
    expect(problemsOf(german, 'subject')).toContain('subject muss 1 bis 255 Zeichen lang sein');
    expect(german.body.detail).toMatch(/^Einige Werte sind ungültig: .*\bsubject\b/);
    expect(german.body.detail).toContain('extra');
    expect(english.body.detail).toContain('subject: subject must be 1 to 255 characters long');
  });

  it('answers a requester in their own language on the portal', async () => {
    const user = await registerRequester(api, desk, 'marta@example.org', 'Marta');
    const portalTicket = () => api.http().get(at('words', 'portal/tickets/999999')).set(bearer(user.token));
    await api.http().patch(at('words', 'portal/auth/me')).set(bearer(user.token)).send({ language: 'es' }).expect(200);
    const own = await portalTicket();
    expectProblem(own, 404, 'ticket.not-found');
    expect(own.body).toMatchObject({ title: TITLES.es, detail: expect.stringMatching(DETAILS.es) });
    const asked = await portalTicket().set('Accept-Language', 'ca');
    expect(asked.body.detail).toMatch(DETAILS.ca);
    expect(asked.body.type).toBe(own.body.type);
    // Signed out on the portal: the header, else the instance's default.
    const signedOut = await api.http().get(at('paraules', 'portal/tickets')).set('Accept-Language', 'nl');
    expectProblem(signedOut, 401, 'auth.unauthenticated');
    expect(signedOut.body.detail).toBe('Meld u eerst aan');
  });

  it('fills values into the message, and refuses the same way in every language', async () => {
    const tooDeep = JSON.stringify({ email: 'a@example.org', password: Array.from({ length: 40 }).reduce<unknown>((value) => ({ a: value }), 1) });
    const response = await api.http().post(at('words', 'auth/login')).set('Content-Type', 'application/json').set('Accept-Language', 'es').send(tooDeep);
    expectProblem(response, 400, 'request.too-deep');
    expect(response.body.detail).toBe('body tiene más de 32 niveles de anidamiento');
    expect(response.body.field).toBe('body');
  });
});
