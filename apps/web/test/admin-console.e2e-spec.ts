import type { Page } from 'playwright-core';
import { base32Decode, hotp, totpStep } from '@tessera/auth';
import { AdminClient, Agent, Instance, adminClient, at, bearer } from '../../api/test/api-harness';
import { testLdapServer } from '@tessera/testing';
import { BrowserTest, accessibilityViolations, agentTickets, screenshot, signInAgent, startBrowserTest } from './browser-harness';

const SLUG = 'console-desk';

// The managers' admin console in a real Chromium against the real API: a new manager goes
// through the first-run checklist from the browser alone, the forms built from the admin
// schemas show the API's refusals on the right field, and agents who are not managers are kept out.
describe('the admin console', () => {
  let t: BrowserTest;
  let instance: Instance;
  let agent: Agent;
  let admin: AdminClient;

  const signIn = (page: Page, who: { email: string; password: string }, path = `/${SLUG}/scp/`) => signInAgent(page, who, path);

  async function choose(page: Page, label: string, option: string) {
    await page.getByRole('main').getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  const step = (page: Page, title: string) => page.getByRole('listitem', { name: new RegExp(`^${title}: `) });

  beforeAll(async () => {
    t = await startBrowserTest();
    instance = await t.api.provision(SLUG, { timezone: 'Europe/Madrid' });
    admin = adminClient(t.api, SLUG, instance.token);
    agent = await t.api.addAgent(instance, { name: 'Pau Serra', role: 'Limited access' });
  }, 90_000);

  afterAll(async () => {
    await t?.close();
  });

  it('is not offered to an agent who is not a manager, and says so at its address', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, agent);
    await page.getByRole('heading', { level: 1, name: 'All tickets' }).waitFor();
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.goto(`/${SLUG}/scp/admin/departments`);
    await page.getByRole('alert').getByText('For managers only').waitFor();
    expect(await page.getByRole('navigation', { name: 'Administration sections' }).count()).toBe(0);
    expectClean();
  });

  it('takes a new manager through the checklist: a department, an agent, a team with a member, a help topic, a mailbox', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager);
    await page.getByRole('navigation', { name: 'Queues and views' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Setting up the instance' }).waitFor();
    await step(page, 'Departments').getByText('Not done').waitFor();
    await step(page, 'Mailboxes').getByText('Not done').waitFor();
    // The agent added before counts; nothing else is done yet.
    await step(page, 'Agents').getByText('Done', { exact: true }).waitFor();
    await page.getByText('1 of 14 steps done').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-checklist-new');

    // A department under Support, with its own outgoing address; a wrong address first.
    await step(page, 'Departments').getByRole('link', { name: 'Departments' }).click();
    await page.getByRole('heading', { level: 1, name: 'Departments' }).waitFor();
    await page.getByRole('table', { name: 'Departments' }).getByRole('link', { name: 'Support' }).waitFor();
    await page.getByRole('link', { name: 'New department' }).click();
    await page.getByRole('heading', { level: 1, name: 'New department' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Enrolment');
    await choose(page, 'Parent department', 'Support');
    const outgoing = page.getByRole('textbox', { name: 'Outgoing address' });
    await outgoing.fill('enrolment at uni');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForFunction(() => document.querySelector('#field-outgoingEmail')?.getAttribute('aria-invalid') === 'true');
    const described = await outgoing.getAttribute('aria-describedby');
    const message = (await page.locator(`[id="${described?.split(' ').find((id) => id.includes('error'))}"]`).textContent()) ?? '';
    expect(message).toMatch(/e-mail/i);
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).getAttribute('aria-invalid')).not.toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-field-error');
    expect((await admin.get('departments').expect(200)).body.map((row: { name: string }) => row.name)).toEqual(['Support']);
    await outgoing.fill('enrolment@console-desk.example');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrolment' }).waitFor();
    await page.getByRole('status').getByText('Saved.').waitFor();
    const departments: { id: string; name: string; parentId: string | null; outgoingEmail: string | null }[] = (await admin.get('departments').expect(200)).body;
    const support = departments.find((row) => row.name === 'Support')!;
    const enrolment = departments.find((row) => row.name === 'Enrolment')!;
    expect(enrolment).toMatchObject({ parentId: support.id, outgoingEmail: 'enrolment@console-desk.example' });
    // The list shows it under its parent.
    await page.getByRole('link', { name: 'Back to Departments' }).click();
    const tree = page.getByRole('table', { name: 'Departments' });
    await tree.getByRole('row').nth(2).getByRole('link', { name: 'Enrolment' }).waitFor();

    // An agent in Enrolment, with the role there and a second department.
    const sections = page.getByRole('navigation', { name: 'Administration sections' });
    await sections.getByRole('link', { name: 'Agents' }).click();
    await page.getByRole('link', { name: 'New agent' }).click();
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('jordi.vila@console-desk.example');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Jordi Vila');
    await page.getByRole('textbox', { name: 'Password' }).fill('a long passphrase of Jordi');
    await choose(page, 'Primary department', 'Enrolment');
    await choose(page, 'Role in the primary department', 'Expanded access');
    await page.getByRole('button', { name: 'Add: Other departments' }).click();
    const row = page.getByRole('group', { name: 'Other departments' });
    await row.getByRole('combobox', { name: 'Department', exact: true }).click();
    await page.getByRole('option', { name: 'Support', exact: true }).click();
    await row.getByRole('combobox', { name: 'Role', exact: true }).click();
    await page.getByRole('option', { name: 'View only', exact: true }).click();
    await choose(page, 'Language', 'Catalan');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-agent-form');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jordi Vila' }).waitFor();
    const agents: { id: string; name: string; language: string | null; primaryDepartmentId: string; departments: { departmentId: string }[] }[] = (await admin.get('agents').expect(200)).body;
    const jordi = agents.find((row) => row.name === 'Jordi Vila')!;
    expect(jordi).toMatchObject({ language: 'ca', primaryDepartmentId: enrolment.id });
    expect(jordi.departments.map((department) => department.departmentId)).toEqual([enrolment.id, support.id]);

    // A team, then its member.
    await sections.getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('link', { name: 'New team' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Second line');
    await choose(page, 'Automatic assignment in the team', 'Round robin: in turn');
    await page.getByRole('textbox', { name: 'Open tickets per agent at most (automatic assignment)' }).fill('15');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Second line' }).waitFor();
    const members = page.getByRole('form', { name: 'Members' });
    await members.getByRole('combobox', { name: 'Members' }).click();
    await page.getByRole('option', { name: 'Jordi Vila' }).click();
    await page.keyboard.press('Escape');
    await members.getByRole('button', { name: 'Save: Members' }).click();
    await members.getByRole('status').getByText('Saved.').waitFor();
    const teams: { name: string; memberIds: string[] }[] = (await admin.get('teams').expect(200)).body;
    expect(teams).toEqual([expect.objectContaining({ name: 'Second line', memberIds: [jordi.id], assignment: 'round_robin', maxOpenPerAgent: 15 })]);

    // A help topic routed to Enrolment.
    await sections.getByRole('link', { name: 'Help topics' }).click();
    await page.getByRole('link', { name: 'New help topic' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Enrolment questions');
    await choose(page, 'Department', 'Enrolment');
    await choose(page, 'Assign new tickets to team', 'Second line');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrolment questions' }).waitFor();
    const topics: { name: string; departmentId: string; autoAssignTeamId: string | null }[] = (await admin.get('help-topics').expect(200)).body;
    expect(topics.find((topic) => topic.name === 'Enrolment questions')).toMatchObject({ departmentId: enrolment.id });

    // A mailbox fed by a pipe; the list shows how its fetches go.
    await sections.getByRole('link', { name: 'Mailboxes' }).click();
    await page.getByRole('link', { name: 'New mailbox' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Enrolment office');
    await page.getByRole('textbox', { name: 'Address', exact: true }).fill('enrolment@console-desk.example');
    await choose(page, 'Department of new tickets', 'Enrolment');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrolment office' }).waitFor();
    await sections.getByRole('link', { name: 'Mailboxes' }).click();
    const mailboxes = page.getByRole('table', { name: 'Mailboxes' });
    await mailboxes.getByRole('row', { name: /Enrolment office/ }).getByText('Working').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-mailboxes');
    await mailboxes.getByRole('link', { name: 'Fetch state of Enrolment office' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enrolment office' }).waitFor();
    await page.getByRole('link', { name: 'Edit the mailbox' }).waitFor();

    // A department still in use is not deleted, and the page says why.
    await sections.getByRole('link', { name: 'Departments' }).click();
    await page.getByRole('table', { name: 'Departments' }).getByRole('link', { name: 'Enrolment' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete Enrolment?' }).getByRole('button', { name: 'Delete' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Enrolment is still in use' });
    await refusal.getByText(/cannot be deleted while other records point at it/).waitFor();
    await refusal.getByText(/help topics/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-in-use');
    expect((await admin.get('departments').expect(200)).body).toHaveLength(2);

    // The checklist now shows what was done.
    await sections.getByRole('link', { name: 'First steps' }).click();
    for (const done of ['Departments', 'Teams', 'Agents', 'E-mail settings', 'Mailboxes', 'Help topics']) await step(page, done).getByText('Done', { exact: true }).waitFor();
    for (const open of ['Company', 'Tickets', 'Roles', 'Pages', 'SLA plans']) await step(page, open).getByText('Not done').waitFor();
    await page.getByText('6 of 14 steps done').waitFor();
    await screenshot(page, 'admin-checklist');
    expectClean();
  }, 120_000);

  it('sets up the LDAP directory and tests the connection: who it finds, or what is wrong', async () => {
    const ldap = testLdapServer();
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/ldap`);
    await page.getByRole('heading', { level: 1, name: 'Directory (LDAP)' }).waitFor();
    // Not set up yet: an empty form, and nothing to test.
    expect(await page.getByRole('button', { name: 'Test connection' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Directory address (ldap:// or ldaps://)' }).fill(ldap.url);
    await page.getByRole('textbox', { name: 'Service account DN' }).fill(ldap.bindDn);
    await page.getByLabel('Service account password').fill(ldap.bindPassword);
    await page.getByRole('textbox', { name: 'Search base' }).fill(`ou=nobody,${ldap.base}`);
    await page.getByRole('textbox', { name: 'Search filter ({{username}} is the sign-in name)' }).fill('(uid={{username}})');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect((await admin.get('ldap').expect(200)).body).toMatchObject({ url: ldap.url, hasBindPassword: true });

    // A base the directory does not have: the answer says so.
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByRole('alert').getByText(/does not exist in the directory/).waitFor();
    await page.getByRole('textbox', { name: 'Search base' }).fill(ldap.people);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    // Loaded again, the form shows the settings but never the stored password.
    await page.reload();
    await page.getByRole('textbox', { name: 'Search base' }).and(page.locator(`[value="${ldap.people}"]`)).waitFor();
    expect(await page.getByLabel('Service account password').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByRole('status').getByText(/people found: [1-5]/).waitFor();
    await page.getByText(/Marta Puig · marta\.puig@example\.org · Support/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('status').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-ldap');
    expectClean();

    const catalan = await t.newPage({ language: 'ca' });
    await catalan.page.goto(`/${SLUG}/scp/`);
    await catalan.page.evaluate(() => window.localStorage.setItem('tessera.language', 'ca'));
    await signInAgent(catalan.page, instance.manager, `/${SLUG}/scp/admin/ldap`);
    await catalan.page.getByRole('heading', { level: 1, name: 'Directori (LDAP)' }).waitFor();
    await catalan.page.getByRole('button', { name: 'Prova la connexió' }).click();
    await catalan.page.getByRole('status').getByText(/persones trobades: [1-5]/).waitFor();
    await catalan.page.getByRole('status').scrollIntoViewIfNeeded();
    await screenshot(catalan.page, 'admin-ldap-ca');
    catalan.expectClean();

    // With the directory on for agents and provisioning them, the panel takes a user name: Marta
    // signs in with hers and is an agent of Support from then on.
    const departments: { id: string; name: string }[] = (await admin.get('departments').expect(200)).body;
    const roles: { id: string; name: string }[] = (await admin.get('roles').expect(200)).body;
    const support = departments.find((department) => department.name === 'Support')!.id;
    const role = roles.find((candidate) => candidate.name === 'Limited access')!.id;
    const settings = { url: ldap.url, bindDn: ldap.bindDn, searchBase: ldap.people, searchFilter: '(uid={{username}})', autoProvision: true, agentDepartmentId: support, agentRoleId: role };
    await admin.put('ldap', settings).expect(200);
    const marta = await t.newPage();
    await marta.page.goto(`/${SLUG}/scp/`);
    await marta.page.getByRole('textbox', { name: 'E-mail address or user name' }).fill('marta');
    await marta.page.getByRole('textbox', { name: 'Password' }).fill('marta-secret-passphrase');
    await marta.page.getByRole('button', { name: 'Sign in' }).click();
    await marta.page.getByRole('heading', { level: 1, name: 'All tickets' }).waitFor();
    const agents: { name: string; email: string; authSource: string }[] = (await admin.get('agents').expect(200)).body;
    expect(agents.find((candidate) => candidate.name === 'Marta Puig')).toMatchObject({ email: 'marta.puig@example.org', authSource: 'ldap' });
    marta.expectClean();
  });

  it('edits the settings in place and is worked from the keyboard', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const days = page.getByRole('textbox', { name: 'Close resolved tickets after (days, 0 never)' });
    await days.waitFor();
    await days.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    // Tab to the save button and press it, without the mouse.
    const save = page.getByRole('button', { name: 'Save changes' });
    for (let presses = 0; presses < 60 && !(await save.evaluate((button) => button === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect((await admin.get('settings').expect(200)).body.autocloseDays).toBe(7);
    // A reference format without a counter is refused on its field, and nothing is saved.
    await page.getByRole('textbox', { name: 'Reference format' }).fill('no counter');
    await days.fill('9');
    await save.click();
    await page.waitForFunction(() => document.querySelector('#field-referenceFormat')?.getAttribute('aria-invalid') === 'true');
    expect(await days.getAttribute('aria-invalid')).not.toBe('true');
    expect((await admin.get('settings').expect(200)).body).toMatchObject({ autocloseDays: 7, referenceFormat: '######' });
    // The staff realm's rule sits among the settings.
    expect(await page.getByRole('checkbox', { name: 'Every agent signs in with a second factor' }).isChecked()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('creates an organization with its mail domains and lists them', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/organizations/new`);
    await page.getByRole('heading', { level: 1, name: 'New organization' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('ETSETB');
    const domains = page.getByRole('main').getByRole('combobox', { name: 'Mail domains of its members' });
    await domains.fill('etsetb.example');
    await domains.press('Enter');
    await domains.fill('alumnes.etsetb.example');
    await domains.press('Enter');
    await page.getByRole('checkbox', { name: 'Members see all its tickets' }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'ETSETB' }).waitFor();
    const organizations: { name: string; domains: string[]; membersSeeAll: boolean }[] = (await admin.get('organizations').expect(200)).body;
    expect(organizations).toEqual([expect.objectContaining({ name: 'ETSETB', domains: ['alumnes.etsetb.example', 'etsetb.example'], membersSeeAll: true })]);
    await page.getByRole('link', { name: 'Back to Organizations' }).click();
    await page.getByRole('table', { name: 'Organizations' }).getByRole('row', { name: /ETSETB/ }).getByText('alumnes.etsetb.example, etsetb.example').waitFor();
    expectClean();
  });

  it('sets up a recurring ticket in German, with the rule refused on its field first', async () => {
    const { page, expectClean } = await t.newPage({ language: 'de' });
    await page.goto(`/${SLUG}/scp/`);
    await page.evaluate(() => window.localStorage.setItem('tessera.language', 'de'));
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/recurring-tickets/new`);
    await page.getByRole('heading', { level: 1, name: 'Neues wiederkehrendes Ticket' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Datensicherung prüfen');
    const rule = page.getByRole('textbox', { name: /^Wiederholung/ });
    await rule.fill('jeden Montag');
    await page.getByRole('textbox', { name: /^Erstes Mal/ }).fill('2027-01-04T09:00');
    await page.getByRole('textbox', { name: /^Zeitzone/ }).fill('Europe/Vienna');
    await page.getByRole('textbox', { name: 'Betreff des Tickets' }).fill('Sicherungen des Vormonats prüfen');
    await page.getByRole('textbox', { name: /^Text des Tickets/ }).fill('Aus jeder Sicherung eine Datei wiederherstellen.');
    await page.getByRole('textbox', { name: 'E-Mail-Adresse des Anfragenden' }).fill('it-betrieb@console-desk.example');
    await choose(page, 'Abteilung', 'Support');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.waitForFunction(() => document.querySelector('#field-rrule')?.getAttribute('aria-invalid') === 'true');
    expect((await admin.get('recurring-tickets').expect(200)).body).toEqual([]);
    await rule.fill('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datensicherung prüfen' }).waitFor();
    const [created] = (await admin.get('recurring-tickets').expect(200)).body;
    expect(created).toMatchObject({ rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1', startsAt: '2027-01-04T09:00', timezone: 'Europe/Vienna', nextRunAt: '2027-01-04T08:00:00.000Z' });
    await page.getByRole('link', { name: 'Zurück zu Wiederkehrende Tickets' }).click();
    const list = page.getByRole('table', { name: 'Wiederkehrende Tickets' });
    await list.getByRole('row', { name: /Datensicherung prüfen/ }).getByText('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-recurring-tickets-de');
    expectClean();
  });

  it('brands the portal: colour, company name, a Catalan start page and a logo, then takes it offline', async () => {
    await admin.patch('settings', { companyName: 'Universitat Exemple', primaryColor: '#1c5d99' }).expect(200);
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/pages`);
    await page.getByRole('heading', { level: 1, name: 'Portal pages and logo' }).waitFor();
    // A logo that is not an image is refused; a PNG is taken.
    await page.locator('input[type=file]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await page.getByRole('alert').waitFor();
    const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await page.locator('input[type=file]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pixel });
    await page.getByRole('status').getByText('The logo is saved.').waitFor();
    await page.getByRole('img', { name: "The instance's logo" }).waitFor();

    await choose(page, 'Language', 'Catalan');
    await page.getByText('Not written in this language').waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Benvinguts al servei d’informàtica');
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill('<p>Atenem els dies feiners de 8 a 18 h.</p><script>alert(1)</script>');
    await page.getByRole('button', { name: 'Save the page' }).click();
    await page.getByRole('status').getByText('The page is saved.').waitFor();
    const preview = page.getByLabel('As the portal shows it');
    await preview.getByText('Atenem els dies feiners de 8 a 18 h.').waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-pages');
    expectClean();

    // The portal, in Catalan, in the instance's colour with its name, logo and start page.
    const portal = await t.newPage({ language: 'ca' });
    await portal.page.goto(`/${SLUG}/`);
    await portal.page.evaluate(() => window.localStorage.setItem('tessera.language', 'ca'));
    await portal.page.reload();
    await portal.page.getByRole('heading', { level: 1, name: 'Benvinguts al servei d’informàtica' }).waitFor();
    await portal.page.getByRole('banner').getByText('Universitat Exemple').waitFor();
    expect(await portal.page.getByRole('banner').locator('img').getAttribute('src')).toMatch(new RegExp(`^/api/v1/t/${SLUG}/portal/logo\\?v=\\d+$`));
    const primary = await portal.page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.backgroundColor = 'var(--mantine-primary-color-filled)';
      return getComputedStyle(probe).backgroundColor;
    });
    expect(primary).toBe('rgb(28, 93, 153)');
    expect(await accessibilityViolations(portal.page)).toEqual([]);
    await screenshot(portal.page, 'portal-branded-ca');

    // Offline: the portal's own offline text (no page written), and no new tickets.
    await admin.patch('settings', { portalOnline: false }).expect(200);
    await portal.page.reload();
    await portal.page.getByRole('heading', { level: 1, name: 'El portal està fora de línia' }).waitFor();
    expect(await portal.page.getByRole('heading', { name: 'Benvinguts al servei d’informàtica' }).count()).toBe(0);
    await admin.patch('settings', { portalOnline: true, companyName: null, primaryColor: null }).expect(200);
    await admin.delete('logo').expect(204);
    portal.expectClean();
  });

  it('keeps ticket filters: made with conditions and actions, listed in order, tried on a sample message in English and Catalan', async () => {
    const sales = (await admin.post('departments', { name: 'Sales' }).expect(201)).body.id as string;
    await admin.post('filters', { name: 'Printers first', match: 'any', conditions: [{ field: 'subject', operator: 'contains', value: 'printer' }], actions: [{ kind: 'stop' }] }).expect(201);
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/filters/new`);
    await page.getByRole('heading', { level: 1, name: 'New ticket filter' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme to Sales');
    await choose(page, 'Match', 'All conditions');
    await page.getByRole('button', { name: 'Add: Conditions' }).click();
    const conditions = page.getByRole('group', { name: 'Conditions' });
    await conditions.getByRole('combobox', { name: 'Looks at', exact: true }).click();
    await page.getByRole('option', { name: 'Sender domain', exact: true }).click();
    await conditions.getByRole('combobox', { name: 'Comparison', exact: true }).click();
    await page.getByRole('option', { name: 'is', exact: true }).click();
    await conditions.getByRole('textbox', { name: 'Value', exact: true }).fill('acme.example');
    await page.getByRole('button', { name: 'Add: Actions' }).click();
    const actions = page.getByRole('group', { name: 'Actions' });
    await actions.getByRole('combobox', { name: 'Action', exact: true }).click();
    await page.getByRole('option', { name: 'Set the department', exact: true }).click();
    // The value is chosen from the list the action names, and starts over when the action changes.
    await actions.getByRole('combobox', { name: 'Value', exact: true }).click();
    await page.getByRole('option', { name: 'Sales', exact: true }).click();
    await actions.getByRole('combobox', { name: 'Action', exact: true }).click();
    await page.getByRole('option', { name: 'Stop: no later filter runs', exact: true }).click();
    expect(await actions.getByRole('combobox', { name: 'Value', exact: true }).count()).toBe(0);
    await actions.getByRole('combobox', { name: 'Action', exact: true }).click();
    await page.getByRole('option', { name: 'Set the department', exact: true }).click();
    expect(await actions.getByRole('combobox', { name: 'Value', exact: true }).inputValue()).toBe('');
    await actions.getByRole('combobox', { name: 'Value', exact: true }).click();
    await page.getByRole('option', { name: 'Sales', exact: true }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-filter-form');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme to Sales' }).waitFor();
    const filters: { name: string; position: number; conditions: object[]; actions: object[] }[] = (await admin.get('filters').expect(200)).body;
    expect(filters.map((f) => [f.position, f.name])).toEqual([
      [1, 'Printers first'],
      [2, 'Acme to Sales'],
    ]);
    expect(filters[1]).toMatchObject({ conditions: [{ field: 'from.domain', operator: 'equals', value: 'acme.example' }], actions: [{ kind: 'set-department', value: sales }] });

    // The list in order, and the dry run below it.
    await page.getByRole('link', { name: 'Back to Ticket filters' }).click();
    const list = page.getByRole('table', { name: 'Ticket filters' });
    await list.getByRole('row').nth(2).getByRole('link', { name: 'Acme to Sales' }).waitFor();
    const tryIt = page.getByRole('form', { name: 'Try the filters' });
    await tryIt.getByRole('textbox', { name: 'Sender address' }).fill('ana@acme.example');
    await tryIt.getByRole('textbox', { name: 'Subject' }).fill('A quote, please');
    await tryIt.getByRole('button', { name: 'Try' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Matching filters, in order' });
    await result.getByText('Set the department: Sales').waitFor();
    expect(await result.getByText('Printers first').count()).toBe(0);
    await result.scrollIntoViewIfNeeded();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-filters');
    expect(await admin.get('filters').expect(200).then((r) => r.body.length)).toBe(2);
    expectClean();

    const catalan = await t.newPage({ language: 'ca' });
    await catalan.page.goto(`/${SLUG}/scp/admin/filters`);
    await catalan.page.evaluate(() => window.localStorage.setItem('tessera.language', 'ca'));
    await catalan.page.reload();
    await catalan.page.locator('input[autocomplete=username]').fill(instance.manager.email);
    await catalan.page.locator('input[type=password]').fill(instance.manager.password);
    await catalan.page.locator('button[type=submit]').click();
    await catalan.page.getByRole('heading', { level: 1, name: 'Filtres de tiquets' }).waitFor();
    const prova = catalan.page.getByRole('form', { name: 'Prova els filtres' });
    await prova.getByRole('textbox', { name: 'Assumpte' }).fill('The printer is jammed');
    await prova.getByRole('textbox', { name: 'Adreça del remitent' }).fill('pau@elsewhere.example');
    await prova.getByRole('button', { name: 'Prova' }).click();
    await catalan.page.getByRole('status').getByText('Atura: cap filtre posterior no s’executa').waitFor();
    expect(await accessibilityViolations(catalan.page)).toEqual([]);
    await screenshot(catalan.page, 'admin-filters-ca');
    catalan.expectClean();
  });

  it('keeps webhooks: the secret shown once, the delivery log, and an event delivered again from it', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/webhooks/new`);
    await page.getByRole('heading', { level: 1, name: 'New webhook' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Chat');
    // An internal address: the worker refuses to post to it, and the log says so.
    await page.getByRole('textbox', { name: 'Receiving address (http or https)' }).fill('http://127.0.0.1:9/hook');
    await page.getByRole('checkbox', { name: 'A ticket is opened' }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chat' }).waitFor();
    const shown = page.getByRole('status').filter({ hasText: 'Signing secret: copy it now' });
    expect(await shown.locator('pre').textContent()).toMatch(/^whsec_/);
    const [webhook] = (await admin.get('webhooks').expect(200)).body as { id: string; kinds: string[] }[];
    expect(webhook.kinds).toEqual(['ticket.created']);
    await page.getByText('Nothing was sent to this webhook yet.').waitFor();

    await agentTickets(t, SLUG, () => instance.token).open('The projector in room 4');
    // The worker posts the event (or refuses an internal address, as configured); the log shows the try.
    const delivered = async () => ((await admin.get(`webhooks/${webhook.id}/deliveries`).expect(200)).body as { status: string; attempts: number }[]).find((delivery) => delivery.attempts > 0);
    for (let tries = 0; !(await delivered()); tries++) {
      if (tries > 300) throw new Error('no delivery tried');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { status } = (await delivered())!;
    const words: Record<string, string> = { pending: 'Trying again', sent: 'Delivered', failed: 'Failed', refused: 'Refused (internal address)' };
    // Once shown, the secret is not in the page's history: a reload shows the log without it.
    await page.reload();
    const log = page.getByRole('table', { name: 'Deliveries' });
    await log.getByText(words[status], { exact: true }).waitFor();
    expect(await page.getByText('Signing secret: copy it now').count()).toBe(0);
    await log.getByRole('button', { name: /^Deliver again: ticket.created of / }).click();
    await page.getByRole('status').getByText('It will be delivered again in a moment.').waitFor();
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-webhook');
    expectClean();
  });

  it('makes an API key whose token is shown once, and revokes it', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/api-keys`);
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByRole('link', { name: 'New API key' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Monitoring');
    await page.getByRole('checkbox', { name: 'Open tickets' }).check();
    await page.getByRole('combobox', { name: 'Only from these addresses or networks (empty: anywhere)' }).fill('192.0.2.0/24');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
    const token = (await page.getByRole('status').filter({ hasText: 'Token: copy it now' }).locator('pre').textContent()) ?? '';
    expect(token).toMatch(/^tsk_/);
    const [key] = (await admin.get('api-keys').expect(200)).body as { id: string; scopes: string[]; allowedNetworks: string[]; revokedAt: string | null }[];
    expect(key).toMatchObject({ scopes: ['tickets.create'], allowedNetworks: ['192.0.2.0/24'], revokedAt: null });
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-api-key');

    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog', { name: 'Revoke Monitoring?' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    expect((await admin.get(`api-keys/${key.id}`).expect(200)).body.revokedAt).not.toBeNull();
    await page.getByRole('table', { name: 'API keys' }).getByRole('link', { name: 'Monitoring' }).click();
    const revoked = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Revoked', exact: true }) });
    expect(await revoked.getByRole('cell').textContent()).toMatch(/\d/);
    expect(await page.getByRole('button', { name: 'Revoke' }).count()).toBe(0);
    expect(await page.getByText('Token: copy it now').count()).toBe(0);
    expectClean();
  });

  it("removes an agent's second factor from the agent's page", async () => {
    const lost = await t.api.addAgent(instance, { name: 'Queralt Puig', role: 'Limited access' });
    const { secret } = (await t.api.http().post(at(SLUG, 'auth/two-factor/enrolment')).set(bearer(lost.token)).send({}).expect(200)).body;
    await t.api.http().post(at(SLUG, 'auth/two-factor/enrolment/confirm')).set(bearer(lost.token)).send({ code: hotp(base32Decode(secret), totpStep(new Date())) }).expect(200);
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/agents/${lost.id}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Queralt Puig' }).waitFor();
    const panel = page.getByRole('region', { name: 'Second factor' });
    await panel.getByRole('button', { name: 'Remove the second factor' }).click();
    await page.getByRole('dialog', { name: 'Remove the second factor?' }).getByRole('button', { name: 'Remove it' }).click();
    await panel.getByRole('status').getByText('The second factor of Queralt Puig was removed.').waitFor();
    const login = (await t.api.http().post(at(SLUG, 'auth/login')).send({ email: lost.email, password: lost.password }).expect(200)).body;
    expect(login).toHaveProperty('token');
    expect(await accessibilityViolations(page)).toEqual([]);
    expectClean();
  });

  it('keeps business hours: a week of opening hours and the closed days, built from the schedule schema', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/schedules/new`);
    await page.getByRole('heading', { level: 1, name: 'New schedule' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Office hours');
    await page.getByRole('textbox', { name: 'Time zone (IANA, e.g. Europe/Madrid)' }).fill('Europe/Madrid');
    await page.getByRole('button', { name: 'Add: Monday' }).click();
    const monday = page.getByRole('group', { name: 'Monday' });
    await monday.getByRole('textbox', { name: 'Opens at (HH:MM)' }).fill('09:00');
    await monday.getByRole('textbox', { name: 'Closes at (HH:MM)' }).fill('17:00');
    await page.getByRole('combobox', { name: 'Closed days (YYYY-MM-DD once, --MM-DD every year)' }).fill('--12-25');
    await page.keyboard.press('Enter');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-schedule-form');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Office hours' }).waitFor();
    const schedules: { name: string; timeZone: string; week: Record<string, object[]>; holidays: string[] }[] = (await admin.get('schedules').expect(200)).body;
    expect(schedules.find((row) => row.name === 'Office hours')).toMatchObject({ timeZone: 'Europe/Madrid', week: { monday: [{ from: '09:00', to: '17:00' }], tuesday: [] }, holidays: ['--12-25'] });
    expectClean();
  });

  it('shows the priority matrix as it reads and keeps a band its own escalation line', async () => {
    const bands: { minProduct: number; maxProduct: number; priorityId: string }[] = (await admin.get('priority-matrix').expect(200)).body.bands;
    const priorities: { id: string; name: string }[] = (await admin.get('priorities').expect(200)).body;
    const top = bands.find((band) => band.maxProduct === 64)!;
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/priority-matrix`);
    await page.getByRole('heading', { level: 1, name: 'Priority matrix' }).waitFor();
    const grid = page.getByRole('table', { name: 'Priority by impact (rows) and urgency (columns)' });
    const critical = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Critical' }) });
    await critical.getByRole('cell').first().getByText(priorities.find((priority) => priority.id === top.priorityId)!.name, { exact: true }).waitFor();
    const line = page.getByRole('form', { name: new RegExp(`^Band ${top.minProduct}–64 `) });
    await line.getByRole('button', { name: 'Add: Steps' }).click();
    await line.getByRole('combobox', { name: 'Counts from', exact: true }).click();
    await page.getByRole('option', { name: 'the first breach', exact: true }).click();
    await line.getByRole('textbox', { name: 'Business minutes after it' }).fill('30');
    await line.getByRole('combobox', { name: 'Transfer to department', exact: true }).click();
    await page.getByRole('option', { name: 'Support', exact: true }).click();
    await line.getByRole('button', { name: /^Save: Band / }).click();
    await line.getByRole('status').getByText('Saved.').waitFor();
    const support = ((await admin.get('departments').expect(200)).body as { id: string; name: string }[]).find((row) => row.name === 'Support')!;
    expect((await admin.get(`priority-matrix/bands/${top.minProduct}/escalation`).expect(200)).body.steps).toEqual([expect.objectContaining({ after: 'breach', minutes: 30, transferDepartmentId: support.id })]);
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-priority-matrix');
    expectClean();
  });

  it('changes a mail template in Catalan after previewing it, and puts it back', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/templates`);
    await page.getByRole('heading', { level: 1, name: 'Mail templates' }).waitFor();
    await choose(page, 'Template', 'An agent’s response');
    await choose(page, 'Language', 'Catalan');
    const form = page.getByRole('form', { name: 'An agent’s response' });
    const subject = form.getByRole('textbox', { name: 'Subject' });
    await subject.fill('[{{ticket.reference}}] Resposta: {{ticket.subject}}');
    await form.getByRole('button', { name: 'Preview' }).click();
    const preview = form.getByRole('region', { name: 'Preview with sample values' });
    await preview.getByText(/^\[suport#310\] Resposta: /).waitFor();
    expect((await admin.get('templates/ticket.response/ca').expect(200)).body.overridden).toBe(false);
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-template-ca');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByRole('status').getByText('Saved.').waitFor();
    expect((await admin.get('templates/ticket.response/ca').expect(200)).body).toMatchObject({ overridden: true, subject: '[{{ticket.reference}}] Resposta: {{ticket.subject}}' });
    await form.getByRole('button', { name: 'Back to the shipped text' }).click();
    await form.getByText('As shipped').waitFor();
    expect((await admin.get('templates/ticket.response/ca').expect(200)).body.overridden).toBe(false);
    expectClean();
  });

  it('switches a notice off and sends an alert to other agents', async () => {
    const { page, expectClean } = await t.newPage();
    await signIn(page, instance.manager, `/${SLUG}/scp/admin/alerts`);
    await page.getByRole('heading', { level: 1, name: 'Alerts and notices' }).waitFor();
    await page.getByRole('switch', { name: 'Ticket closed' }).uncheck();
    const recipients = page.getByRole('group', { name: 'Who gets it: Internal note (to agents)' });
    await page.getByRole('switch', { name: 'Internal note (to agents)' }).check();
    await recipients.getByRole('checkbox', { name: 'The manager of the ticket’s department' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    const settings: { alerts: { key: string; enabled: boolean; recipients: string[] }[]; notices: { key: string; enabled: boolean }[] } = (await admin.get('alerts').expect(200)).body;
    expect(settings.notices.find((notice) => notice.key === 'ticket.closed')?.enabled).toBe(false);
    expect(settings.alerts.find((alert) => alert.key === 'alert.ticket.note')).toMatchObject({ enabled: true, recipients: expect.arrayContaining(['department_manager']) });
    await page.mouse.move(0, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-alerts');
    expectClean();
  });
});
