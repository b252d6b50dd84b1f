import { randomUUID } from 'node:crypto';
import { AdminClient, expectProblem, openTicket, startAdminApi } from './admin-harness';
import { Instance, TestApi } from './api-harness';

interface RequesterBody {
  id: string;
  name: string;
  emails: string[];
  organizationIds: string[];
}

describe('instance admin: requesters and organizations', () => {
  let api: TestApi;
  let alpha: Instance;
  let admin: AdminClient;

  beforeAll(async () => {
    ({ api, instance: alpha, admin } = await startAdminApi());
  });

  afterAll(() => api.close());

  const organization = async (name: string, domains: string[] = []) => (await admin.post('organizations', { name, domains }).expect(201)).body;
  const requester = async (name: string, emails: string[], extra: object = {}): Promise<RequesterBody> =>
    (await admin.post('requesters', { name, emails, ...extra }).expect(201)).body;

  // Every page of a list, following nextCursor.
  async function allPages(path: string, limit: number): Promise<RequesterBody[]> {
    const items: RequesterBody[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page: { body: { items: RequesterBody[]; nextCursor: string | null } } = await admin
        .get(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  describe('organizations', () => {
    it('creates an organization with its domains lower-cased once each, and lists and gets it', async () => {
      const created = await admin
        .post('organizations', { name: 'ETSETB', domains: ['ETSETB.upc.edu', 'etsetb.upc.edu', 'alum.etsetb.upc.edu'], membersSeeAll: true })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'ETSETB',
        domains: ['alum.etsetb.upc.edu', 'etsetb.upc.edu'],
        autoAddMembers: false,
        membersSeeAll: true,
      });
      expect(created.body).not.toHaveProperty('tenantId');
      expect((await admin.get(`organizations/${created.body.id}`).expect(200)).body).toEqual(created.body);
      expect((await admin.get('organizations').expect(200)).body).toContainEqual(created.body);
      expectProblem(await admin.get(`organizations/${randomUUID()}`), 404, 'organization.not-found');
    });

    it('refuses a taken name, a domain of another organization and what is not a domain, changing nothing', async () => {
      const owner = await organization('Domain owner', ['owned.example']);
      const before = (await admin.get('organizations').expect(200)).body;
      expectProblem(await admin.post('organizations', { name: 'Domain owner' }), 409, 'organization.name-taken');
      const taken = await admin.post('organizations', { name: 'Squatter', domains: ['fresh.example', 'OWNED.example'] });
      expectProblem(taken, 409, 'organization.domain-taken');
      expect(taken.body.domains).toEqual(['owned.example']);
      const garbage = await admin.post('organizations', { name: 'Garbage', domains: ['not a domain'] });
      expectProblem(garbage, 400, 'organization.invalid-domain');
      expect(garbage.body.field).toBe('domains');
      expectProblem(await admin.post('organizations', { name: 'Shape', domains: 'owned.example' }), 400, 'request.invalid');
      expectProblem(await admin.post('organizations', { name: '  ' }), 400, 'requester.invalid');
      expectProblem(await admin.patch(`organizations/${owner.id}`, { name: 'ETSETB' }), 409, 'organization.name-taken');
      expect((await admin.get('organizations').expect(200)).body).toEqual(before);
    });

    it('updates the flags and replaces the domains, freeing the old ones', async () => {
      const org = await organization('Mover', ['old.example', 'kept.example']);
      const updated = await admin.patch(`organizations/${org.id}`, { name: 'Moved', domains: ['kept.example', 'new.example'], autoAddMembers: true }).expect(200);
      expect(updated.body).toMatchObject({ name: 'Moved', domains: ['kept.example', 'new.example'], autoAddMembers: true, membersSeeAll: false });
      await organization('Heir', ['old.example']);
      expectProblem(await admin.patch(`organizations/${org.id}`, {}), 400, 'request.empty');
      expectProblem(await admin.patch(`organizations/${org.id}`, { autoAddMembers: null }), 400, 'request.invalid');
      expectProblem(await admin.patch(`organizations/${randomUUID()}`, { name: 'Ghost' }), 404, 'organization.not-found');
    });

    it('pages through its members, including requesters who joined by their domain', async () => {
      const org = await organization('Members club', ['club.example']);
      const listed = [await requester('Listed', ['listed@elsewhere.example'], { organizationIds: [org.id] })];
      // A new requester writing in from the domain joins on first contact.
      const ticket = await openTicket(api, alpha, { requester: { email: 'walk-in@club.example', name: 'Walk In' } });
      await requester('Outsider', ['outsider@elsewhere.example']);
      const members = await allPages(`organizations/${org.id}/members`, 1);
      expect(members.map((m) => m.name).sort()).toEqual(['Listed', 'Walk In']);
      expect(members.find((m) => m.name === 'Walk In')).toMatchObject({ id: ticket.requesterId, emails: ['walk-in@club.example'], organizationIds: [org.id] });
      expect(members.map((m) => m.id)).toContain(listed[0].id);
      expectProblem(await admin.get(`organizations/${randomUUID()}/members`), 404, 'organization.not-found');
      expectProblem(await admin.get(`organizations/${org.id}/members?limit=0`), 400, 'request.invalid');
    });

    it('deletes an organization; its members stay without the membership', async () => {
      const org = await organization('Dissolved', ['dissolved.example']);
      const member = await requester('Former member', ['former@dissolved.example'], { organizationIds: [org.id] });
      await admin.delete(`organizations/${org.id}`).expect(204);
      expectProblem(await admin.get(`organizations/${org.id}`), 404, 'organization.not-found');
      expectProblem(await admin.delete(`organizations/${org.id}`), 404, 'organization.not-found');
      expect((await admin.get(`requesters/${member.id}`).expect(200)).body.organizationIds).toEqual([]);
      // Its domain is free again.
      await organization('Successor', ['dissolved.example']);
    });
  });

  describe('requesters', () => {
    it('creates a requester with several addresses, the first one primary, and gets it', async () => {
      const org = await organization('Library');
      const created = await admin
        .post('requesters', {
          name: ' Marta Soler ',
          emails: ['Marta.Soler@Estudiantat.example', 'marta@home.example', 'MARTA@home.example'],
          phone: '+34 934 01 00 00',
          language: 'ca',
          canLogin: false,
          organizationIds: [org.id, org.id],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Marta Soler',
        emails: ['marta.soler@estudiantat.example', 'marta@home.example'],
        phone: '+34 934 01 00 00',
        language: 'ca',
        canLogin: false,
        isActive: true,
        organizationIds: [org.id],
        lastLoginAt: null,
      });
      expect(created.body).not.toHaveProperty('tenantId');
      expect(JSON.stringify(created.body)).not.toMatch(/password/i);
      expect((await admin.get(`requesters/${created.body.id}`).expect(200)).body).toEqual(created.body);
      expectProblem(await admin.get(`requesters/${randomUUID()}`), 404, 'requester.not-found');
    });

    it('refuses an address of another requester, in any case, and creates nothing', async () => {
      await requester('Owner', ['owner@taken.example']);
      const before = await allPages('requesters', 200);
      const response = await admin.post('requesters', { name: 'Copycat', emails: ['fresh@taken.example', 'OWNER@taken.example'] });
      expectProblem(response, 409, 'requester.email-taken');
      expect(response.body.emails).toEqual(['owner@taken.example']);
      expect(await allPages('requesters', 200)).toEqual(before);
    });

    it.each([
      ['no address', { name: 'X', emails: [] }, 400, 'request.invalid'],
      ['an address that is not one', { name: 'X', emails: ['nobody'] }, 400, 'request.invalid'],
      ['an unknown language', { name: 'X', emails: ['x@lang.example'], language: 'fr' }, 400, 'request.invalid'],
      ['an organization id that is not a UUID', { name: 'X', emails: ['x@org.example'], organizationIds: ['library'] }, 400, 'request.invalid'],
      ['a blank name', { name: '   ', emails: ['x@blank.example'] }, 400, 'requester.invalid'],
      ['an unknown organization', { name: 'X', emails: ['x@unknown.example'], organizationIds: [randomUUID()] }, 404, 'organization.not-found'],
    ])('refuses %s and creates nothing', async (_case, body, status, code) => {
      const before = await allPages('requesters', 200);
      expectProblem(await admin.post('requesters', body), status, code);
      expect(await allPages('requesters', 200)).toEqual(before);
    });

    it('replaces the addresses and organizations as sets and frees the old addresses', async () => {
      const [club, library] = [await organization('Chess club'), await organization('Reading room')];
      const person = await requester('Pau', ['pau@old.example', 'pau@kept.example'], { organizationIds: [club.id], phone: '600 000 000' });
      const updated = await admin
        .patch(`requesters/${person.id}`, { emails: ['pau@kept.example', 'pau@new.example'], organizationIds: [library.id], phone: null, language: 'es' })
        .expect(200);
      expect(updated.body).toMatchObject({
        name: 'Pau',
        emails: ['pau@kept.example', 'pau@new.example'],
        organizationIds: [library.id],
        phone: null,
        language: 'es',
      });
      // Only the fields sent change.
      expect((await admin.patch(`requesters/${person.id}`, { name: 'Pau Puig' }).expect(200)).body).toMatchObject({
        name: 'Pau Puig',
        emails: ['pau@kept.example', 'pau@new.example'],
        organizationIds: [library.id],
      });
      await requester('Someone else', ['pau@old.example']);
      expectProblem(await admin.patch(`requesters/${person.id}`, { emails: ['pau@old.example'] }), 409, 'requester.email-taken');
      expectProblem(await admin.patch(`requesters/${person.id}`, { emails: [] }), 400, 'request.invalid');
      expectProblem(await admin.patch(`requesters/${person.id}`, {}), 400, 'request.empty');
      expectProblem(await admin.patch(`requesters/${person.id}`, { canLogin: null }), 400, 'request.invalid');
      expectProblem(await admin.patch(`requesters/${randomUUID()}`, { name: 'Ghost' }), 404, 'requester.not-found');
      expect((await admin.get(`requesters/${person.id}`).expect(200)).body.emails).toEqual(['pau@kept.example', 'pau@new.example']);
    });

    it('pages through every requester in creation order, each once', async () => {
      for (const n of [1, 2, 3, 4, 5]) await requester(`Paged ${n}`, [`paged${n}@pages.example`]);
      const all = await allPages('requesters', 2);
      expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
      const paged = all.filter((r) => r.name.startsWith('Paged ')).map((r) => r.name);
      expect(paged).toEqual(['Paged 1', 'Paged 2', 'Paged 3', 'Paged 4', 'Paged 5']);
      expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort());
    });

    it('searches names without accents and addresses, and filters by organization', async () => {
      const org = await organization('Searchers');
      await requester('Núria Ferrer', ['nferrer@search.example'], { organizationIds: [org.id] });
      await requester('Anna Puig', ['anna_100%@search.example']);
      await requester('Oriol Mas', ['oriol@ferrer-family.example'], { organizationIds: [org.id] });
      const found = async (query: string) => (await allPages(`requesters?${query}`, 50)).map((r) => r.name).sort();
      expect(await found('q=nuria')).toEqual(['Núria Ferrer']);
      expect(await found('q=FERRER')).toEqual(['Núria Ferrer', 'Oriol Mas']);
      expect(await found('q=100%25')).toEqual(['Anna Puig']);
      expect(await found('q=_')).toEqual(['Anna Puig']);
      expect(await found(`organizationId=${org.id}`)).toEqual(['Núria Ferrer', 'Oriol Mas']);
      expect(await found(`organizationId=${org.id}&q=oriol`)).toEqual(['Oriol Mas']);
      expect(await found(`organizationId=${randomUUID()}`)).toEqual([]);
    });

    it('refuses a bad limit, cursor or filter', async () => {
      expectProblem(await admin.get('requesters?limit=0'), 400, 'request.invalid');
      expectProblem(await admin.get('requesters?limit=201'), 400, 'request.invalid');
      expectProblem(await admin.get('requesters?cursor=bm9wZQ'), 400, 'pagination.invalid-cursor');
      expectProblem(await admin.get('requesters?organizationId=library'), 400, 'request.invalid');
      expectProblem(await admin.get('requesters?q='), 400, 'request.invalid');
      expectProblem(await admin.get('requesters?sort=name'), 400, 'request.invalid');
    });
  });
});
