import { AdminClient, expectProblem, startAdminApi } from './admin-harness';
import { Instance, TestApi, at } from './api-harness';

// A PNG of one pixel.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('instance admin: pages and branding', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  const portal = (path: string) => api.http().get(at(desk.slug, `portal/${path}`));

  beforeAll(async () => {
    ({ api, instance: desk, admin } = await startAdminApi('branding-desk'));
  });

  afterAll(() => api.close());

  it('keeps the company name and a readable primary colour, and shows them to the portal', async () => {
    expect((await portal('instance').expect(200)).body).toMatchObject({ companyName: null, primaryColor: null, portalOnline: true, logoUrl: null });
    const light = await admin.patch('settings', { primaryColor: '#ffd43b', companyName: 'Universitat Exemple' });
    expectProblem(light, 400, 'directory.invalid');
    expect(light.body).toMatchObject({ field: 'primaryColor', detail: expect.stringContaining('contrast of 1.4:1') });
    expect((await admin.get('settings').expect(200)).body).toMatchObject({ companyName: null, primaryColor: null });
    expectProblem(await admin.patch('settings', { primaryColor: 'navy' }), 400, 'directory.invalid');

    await admin.patch('settings', { primaryColor: '#1c5d99', companyName: '  Universitat Exemple ' }).expect(200);
    expect((await portal('instance').expect(200)).body).toMatchObject({ companyName: 'Universitat Exemple', primaryColor: '#1c5d99' });
    await admin.patch('settings', { primaryColor: null, companyName: null }).expect(200);
    expect((await portal('instance').expect(200)).body).toMatchObject({ companyName: null, primaryColor: null });
  });

  it('keeps pages per language, sanitised, and gives the portal the best language it has', async () => {
    const kept = (
      await admin
        .put('pages/landing/en', { title: 'Welcome', body: '<h2>IT helpdesk</h2><p onclick="steal()">Open weekdays.</p><script>alert(1)</script>' })
        .expect(200)
    ).body;
    expect(kept).toMatchObject({ kind: 'landing', language: 'en', title: 'Welcome', body: '<h2>IT helpdesk</h2><p>Open weekdays.</p>' });
    // No Catalan page yet: the English one (the instance's language).
    expect((await portal('pages?language=ca').expect(200)).body).toEqual({
      landing: { title: 'Welcome', body: '<h2>IT helpdesk</h2><p>Open weekdays.</p>', language: 'en' },
      'thank-you': null,
      offline: null,
    });
    await admin.put('pages/landing/ca', { title: 'Benvinguts', body: '<p>Obert els dies feiners.</p>' }).expect(200);
    expect((await portal('pages?language=ca').expect(200)).body.landing).toEqual({ title: 'Benvinguts', body: '<p>Obert els dies feiners.</p>', language: 'ca' });
    expect((await portal('pages?language=de').expect(200)).body.landing.language).toBe('en');
    expect((await admin.get('pages').expect(200)).body.map((p: { kind: string; language: string }) => `${p.kind}/${p.language}`)).toEqual(['landing/ca', 'landing/en']);

    expectProblem(await admin.put('pages/welcome/en', { title: 'x', body: '' }), 404, 'directory.not-found');
    expectProblem(await admin.put('pages/landing/fr', { title: 'x', body: '' }), 404, 'directory.not-found');
    expectProblem(await admin.put('pages/landing/en', { title: '  ', body: '' }), 400, 'request.invalid');
    expectProblem(await portal('pages?language=fr'), 400, 'request.invalid');
    await admin.delete('pages/landing/ca').expect(204);
    expectProblem(await admin.get('pages/landing/ca'), 404, 'directory.not-found');
    expect((await portal('pages?language=ca').expect(200)).body.landing.language).toBe('en');
  });

  it('takes a logo that is the image it says it is, serves it, and removes it', async () => {
    const { logoUrl } = (await admin.put('logo', { contentType: 'image/png', data: PIXEL.toString('base64') }).expect(200)).body;
    expect(logoUrl).toMatch(new RegExp(`^/api/v1/t/${desk.slug}/portal/logo\\?v=\\d+$`));
    expect((await portal('instance').expect(200)).body.logoUrl).toBe(logoUrl);
    const served = await api.http().get(logoUrl).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toBe('public, max-age=300');
    expect(Buffer.compare(served.body as Buffer, PIXEL)).toBe(0);

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64');
    expectProblem(await admin.put('logo', { contentType: 'image/png', data: svg }), 400, 'directory.invalid');
    expectProblem(await admin.put('logo', { contentType: 'image/jpeg', data: PIXEL.toString('base64') }), 400, 'directory.invalid');
    const large = Buffer.concat([PIXEL, Buffer.alloc(256 * 1024)]).toString('base64');
    expectProblem(await admin.put('logo', { contentType: 'image/png', data: large }), 400, 'directory.invalid');
    expect((await portal('instance').expect(200)).body.logoUrl).toBe(logoUrl);

    await admin.delete('logo').expect(204);
    expect((await portal('instance').expect(200)).body.logoUrl).toBeNull();
    expectProblem(await portal('logo'), 404, 'directory.not-found');
  });

  it('takes no portal tickets while the portal is offline, and says so', async () => {
    const topic = (await api.http().get(at(desk.slug, 'portal/help-topics')).expect(200)).body[0];
    await admin.patch('settings', { portalOnline: false }).expect(200);
    expect((await portal('instance').expect(200)).body.portalOnline).toBe(false);
    const body = { helpTopicId: topic.id, subject: 'Printer', message: 'It jams.', name: 'Anna', email: 'anna@uni.example' };
    expectProblem(await api.http().post(at(desk.slug, 'portal/tickets')).send(body), 503, 'portal.offline');
    expect(await api.sql('select id from tickets where tenant_id = $1', [desk.id])).toEqual([]);
    await admin.patch('settings', { portalOnline: true }).expect(200);
    await api.http().post(at(desk.slug, 'portal/tickets')).send(body).expect(201);
  });
});
