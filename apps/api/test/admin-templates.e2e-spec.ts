import { TenantDatabase } from '@tessera/database';
import { TEMPLATE_KEYS, TemplateService } from '@tessera/notifications';
import { AdminClient, adminClient, expectProblem, startAdminApi } from './admin-harness';
import { Instance, TestApi } from './api-harness';

describe('instance admin: mail templates, alerts and notices', () => {
  let api: TestApi;
  let instance: Instance;
  let admin: AdminClient;
  let agent: AdminClient;

  beforeAll(async () => {
    ({ api, instance, admin } = await startAdminApi('templates'));
    const plain = await api.addAgent(instance, { name: 'Plain Agent', role: 'All access' });
    agent = adminClient(api, instance.slug, plain.token);
  });

  afterAll(() => api.close());

  const stored = () => api.sql<{ template_key: string; language: string; subject: string }>('select template_key, language, subject from message_templates where tenant_id = $1', [instance.id]);
  const response = { subject: '[{{ticket.reference}}] Re: {{ticket.subject}}', body: 'Hola {{recipient.name}},\n\n{{message}}\n\n{{agent.name}} — {{department.name}}' };

  describe('templates', () => {
    it('lists every key in every language, with its variables, all shipped at first', async () => {
      const { body } = await admin.get('templates').expect(200);
      expect(body.map((t: { key: string }) => t.key)).toEqual(TEMPLATE_KEYS);
      const kinds = body.map((t: { kind: string }) => t.kind);
      expect(['notice', 'alert', 'portal'].map((kind) => kinds.filter((k: string) => k === kind).length)).toEqual([6, 13, 5]);
      const reset = body.find((t: { key: string }) => t.key === 'requester.password-reset');
      expect(reset).toMatchObject({ kind: 'portal', threaded: false, variables: expect.arrayContaining(['link', 'recipient.name']) });
      expect(body.find((t: { key: string }) => t.key === 'alert.ticket.note')).toMatchObject({ kind: 'alert', threaded: true });
      for (const template of body) {
        expect(template.languages.map((l: { language: string }) => l.language)).toEqual(['en', 'ca', 'es', 'de', 'nl']);
        expect(template.languages.every((l: { overridden: boolean; updatedAt: unknown }) => !l.overridden && l.updatedAt === null)).toBe(true);
      }
    });

    it('shows a shipped template with its variables and their samples', async () => {
      const { body } = await admin.get('templates/ticket.response/ca').expect(200);
      expect(body).toMatchObject({ key: 'ticket.response', language: 'ca', kind: 'notice', threaded: true, overridden: false, updatedAt: null });
      expect(body.subject).toBe('[{{ticket.reference}}] {{ticket.subject}}');
      expect(body.body).toContain('Per respondre, contesteu aquest correu.');
      expect(body.shipped).toEqual({ subject: body.subject, body: body.body });
      expect(body.variables).toContainEqual({ name: 'message', description: expect.any(String), sample: expect.stringContaining('printer') });
      expect(body.variables.map((v: { name: string }) => v.name)).not.toContain('link');
    });

    it("saves the instance's own text for one language only", async () => {
      const saved = await admin.put('templates/ticket.response/ca', response).expect(200);
      expect(saved.body).toMatchObject({ ...response, overridden: true, updatedByStaffId: instance.manager.id });
      expect(saved.body.shipped.body).toContain('Per respondre');
      expect((await admin.get('templates/ticket.response/ca').expect(200)).body).toMatchObject({ ...response, overridden: true });
      expect((await admin.get('templates/ticket.response/es').expect(200)).body.overridden).toBe(false);
      const listed = (await admin.get('templates').expect(200)).body.find((t: { key: string }) => t.key === 'ticket.response');
      expect(listed.languages.filter((l: { overridden: boolean }) => l.overridden).map((l: { language: string }) => l.language)).toEqual(['ca']);
      // Saving again replaces the text.
      await admin.put('templates/ticket.response/ca', { ...response, subject: '[{{ticket.reference}}] {{ticket.subject}} (2)' }).expect(200);
      expect(await stored()).toEqual([{ template_key: 'ticket.response', language: 'ca', subject: '[{{ticket.reference}}] {{ticket.subject}} (2)' }]);
      await admin.put('templates/ticket.response/ca', response).expect(200);
    });

    it('refuses unknown variables and malformed placeholders, naming them, and changes nothing', async () => {
      const before = await stored();
      const unknown = await admin.put('templates/ticket.response/ca', { subject: '[{{ticket.reference}}] {{ticket.numbr}}', body: 'Hi {{link}} {{message}}' });
      expectProblem(unknown, 400, 'template.invalid');
      expect(unknown.body.unknownVariables).toEqual(['{{ticket.numbr}}', '{{link}}']);
      expect(unknown.body.detail).toContain('{{ticket.numbr}}');
      expect(unknown.body.errors).toEqual([
        { field: 'subject', problems: ['Unknown variable in the subject: {{ticket.numbr}}'] },
        { field: 'body', problems: ['Unknown variable in the body: {{link}}'] },
      ]);
      expect(unknown.body.variables).toContain('ticket.reference');
      const malformed = await admin.put('templates/ticket.response/ca', { subject: response.subject, body: 'Hi {{recipient.name}, {{message}}' });
      expectProblem(malformed, 400, 'template.invalid');
      expect(malformed.body.malformedPlaceholders).toEqual(['{{recipient.name}, {{message}}']);
      expect(await stored()).toEqual(before);
    });

    it('keeps the reference in the subject of ticket mails and the subject on one line', async () => {
      const lost = await admin.put('templates/alert.ticket.new/en', { subject: 'New ticket: {{ticket.subject}}', body: '{{message}}' });
      expectProblem(lost, 400, 'template.invalid');
      expect(lost.body.errors).toEqual([{ field: 'subject', problems: [expect.stringContaining('[{{ticket.reference}}]')] }]);
      expectProblem(await admin.put('templates/ticket.closed/en', { subject: '[{{ticket.reference}}]\nBcc: x@example.org', body: 'B' }), 400, 'template.invalid');
      // Portal mails are about no ticket.
      await admin.put('templates/requester.invitation/en', { subject: 'Welcome to {{instance.name}}', body: 'Open {{link}}' }).expect(200);
    });

    it('answers bad bodies with 400 request.invalid', async () => {
      expectProblem(await admin.put('templates/ticket.closed/en', { subject: 'S' }), 400, 'request.invalid');
      expectProblem(await admin.put('templates/ticket.closed/en', { ...response, html: '<p>x</p>' }), 400, 'request.invalid');
      expectProblem(await admin.put('templates/ticket.closed/en', { subject: '', body: 'B' }), 400, 'request.invalid');
      expectProblem(await admin.put('templates/ticket.closed/en', { subject: 'S', body: 'x'.repeat(20_001) }), 400, 'request.invalid');
    });

    it('answers 404 for an unknown key or language on every route', async () => {
      for (const path of ['templates/ticket.nope/en', 'templates/ticket.response/fr', 'templates/ticket.response/EN']) {
        expectProblem(await admin.get(path), 404, 'template.not-found');
        expectProblem(await admin.put(path, response), 404, 'template.not-found');
        expectProblem(await admin.delete(path), 404, 'template.not-found');
        expectProblem(await admin.post(`${path}/preview`, {}), 404, 'template.not-found');
      }
    });

    it('previews the saved template with sample values, escaped in the HTML part', async () => {
      const { body } = await admin.post('templates/ticket.response/ca/preview', {}).expect(200);
      expect(body).toMatchObject({ key: 'ticket.response', language: 'ca', source: 'instance' });
      expect(body.subject).toBe('[suport#310] Re: Printer on fire & paper jam <2nd floor>');
      expect(body.text).toBe(
        'Hola Marta Soler,\n\nThe printer on the second floor is smoking.\nCould someone have a look?\n\nJordi Vidal — Support',
      );
      expect(body.html).toContain('<p>The printer on the second floor is smoking.<br>\nCould someone have a look?</p>');
      expect(body.values['ticket.subject']).toBe('Printer on fire & paper jam <2nd floor>');
      const shipped = (await admin.post('templates/ticket.response/es/preview').expect(200)).body;
      expect(shipped.source).toBe('shipped');
      expect(shipped.text).toContain('Para responder, conteste a este correo.');
      expect(shipped.html).toContain('<a href="https://helpdesk.example.org/student-office/tickets/suport%23310?token=Xy7q">');
    });

    it('previews a draft without saving it, checking it as a save would', async () => {
      const before = await stored();
      const { body } = await admin.post('templates/alert.ticket.note/de/preview', { body: 'Notiz von {{agent.name}}: <{{message}}>' }).expect(200);
      expect(body.source).toBe('draft');
      expect(body.subject).toBe('[suport#310] Interne Notiz: Printer on fire & paper jam <2nd floor>');
      expect(body.text).toBe('Notiz von Jordi Vidal: <The printer on the second floor is smoking.\nCould someone have a look?>');
      expect(body.html).toContain('<p>Notiz von Jordi Vidal: &lt;The printer on the second floor is smoking.<br>');
      const refused = await admin.post('templates/alert.ticket.note/de/preview', { subject: '[{{ticket.reference}}] {{ticket.title}}' });
      expectProblem(refused, 400, 'template.invalid');
      expect(refused.body.unknownVariables).toEqual(['{{ticket.title}}']);
      expectProblem(await admin.post('templates/alert.ticket.note/de/preview', { body: null }), 400, 'request.invalid');
      expect(await stored()).toEqual(before);
    });

    it('reverts to the shipped text, and reverting again changes nothing', async () => {
      await admin.delete('templates/ticket.response/ca').expect(204);
      const { body } = await admin.get('templates/ticket.response/ca').expect(200);
      expect(body).toMatchObject({ overridden: false, updatedAt: null, subject: body.shipped.subject, body: body.shipped.body });
      await admin.delete('templates/ticket.response/ca').expect(204);
      expect((await stored()).map((row) => row.template_key)).toEqual(['requester.invitation']);
      expect((await admin.post('templates/ticket.response/ca/preview').expect(200)).body.source).toBe('shipped');
    });

    it('stores nothing when the text saved is the shipped one', async () => {
      await admin.put('templates/ticket.closed/nl', { subject: 'Eigen onderwerp [{{ticket.reference}}]', body: 'B' }).expect(200);
      const { body } = await admin.get('templates/ticket.closed/nl').expect(200);
      const again = await admin.put('templates/ticket.closed/nl', body.shipped).expect(200);
      expect(again.body.overridden).toBe(false);
      expect((await stored()).map((row) => row.template_key)).toEqual(['requester.invitation']);
    });

    it('hands the sender the text in force, in the recipient’s language', async () => {
      await admin.put('templates/ticket.resolved/de', { subject: '[{{ticket.reference}}] Erledigt', body: 'Hallo {{recipient.name}}' }).expect(200);
      const render = (language: string) =>
        api.app.get(TenantDatabase).run({ id: instance.id, slug: instance.slug }, () =>
          api.app.get(TemplateService).render('ticket.resolved', language, { 'ticket.reference': 'T-1', 'recipient.name': 'Ada' }, { replyAbove: '## reply above ##' }),
        );
      expect(await render('de')).toMatchObject({ subject: '[T-1] Erledigt', text: '## reply above ##\n\nHallo Ada' });
      expect((await render('nl')).text).toContain('We beschouwen uw aanvraag T-1 als opgelost.');
      expect((await render('fr')).text).toContain('We consider your request T-1 resolved.');
      await admin.delete('templates/ticket.resolved/de').expect(204);
    });

    it('is for managers only', async () => {
      expectProblem(await agent.get('templates'), 403, 'auth.forbidden');
      expectProblem(await agent.get('templates/ticket.response/en'), 403, 'auth.forbidden');
      expectProblem(await agent.put('templates/ticket.response/en', response), 403, 'auth.forbidden');
      expectProblem(await agent.delete('templates/requester.invitation/en'), 403, 'auth.forbidden');
      expectProblem(await agent.post('templates/ticket.response/en/preview', {}), 403, 'auth.forbidden');
      expect((await stored()).map((row) => row.template_key)).toEqual(['requester.invitation']);
    });
  });

  describe('alerts and notices', () => {
    it('starts from the shipped settings', async () => {
      const { body } = await admin.get('alerts').expect(200);
      expect(body.alerts).toEqual([
        { key: 'alert.ticket.new', enabled: true, recipients: ['department_manager', 'department_members'], isDefault: true },
        { key: 'alert.ticket.message', enabled: true, recipients: ['assignee', 'team_members', 'department_members_if_unassigned'], isDefault: true },
        { key: 'alert.ticket.note', enabled: true, recipients: ['assignee', 'team_members', 'department_members_if_unassigned'], isDefault: true },
        { key: 'alert.ticket.assigned', enabled: true, recipients: ['assignee', 'team_members'], isDefault: true },
        { key: 'alert.ticket.transferred', enabled: true, recipients: ['assignee', 'team_members', 'department_manager'], isDefault: true },
        { key: 'alert.ticket.overdue', enabled: true, recipients: ['assignee', 'team_members', 'department_manager'], isDefault: true },
        { key: 'alert.ticket.escalated', enabled: true, recipients: [], isDefault: true },
        { key: 'alert.ticket.time-rule', enabled: true, recipients: [], isDefault: true },
        { key: 'alert.mailbox.failing', enabled: true, recipients: ['department_manager'], isDefault: true },
        { key: 'alert.webhook.disabled', enabled: true, recipients: ['department_manager'], isDefault: true },
        { key: 'alert.task.new', enabled: true, recipients: ['assignee', 'team_members', 'department_members_if_unassigned'], isDefault: true },
        { key: 'alert.task.assigned', enabled: true, recipients: ['assignee', 'team_members'], isDefault: true },
        { key: 'alert.task.overdue', enabled: true, recipients: ['assignee', 'team_members', 'department_manager'], isDefault: true },
      ]);
      expect(body.notices.map((n: { key: string; enabled: boolean }) => `${n.key} ${n.enabled}`)).toEqual([
        'ticket.new.autoresponse true',
        'ticket.message.autoresponse true',
        'ticket.response true',
        'ticket.resolved true',
        'ticket.closed true',
        'ticket.overlimit true',
      ]);
    });

    it('changes only the alerts and notices named', async () => {
      const { body } = await admin
        .patch('alerts', {
          alerts: [{ key: 'alert.ticket.new', recipients: ['department_members', 'department_manager'] }, { key: 'alert.ticket.note', enabled: false }],
          notices: [{ key: 'ticket.closed', enabled: false }],
        })
        .expect(200);
      expect(body.alerts[0]).toEqual({ key: 'alert.ticket.new', enabled: true, recipients: ['department_manager', 'department_members'], isDefault: true });
      expect(body.alerts[2]).toEqual({ key: 'alert.ticket.note', enabled: false, recipients: ['assignee', 'team_members', 'department_members_if_unassigned'], isDefault: false });
      expect(body.notices[4]).toEqual({ key: 'ticket.closed', enabled: false, isDefault: false });
      expect(body.notices[3]).toEqual({ key: 'ticket.resolved', enabled: true, isDefault: true });
      expect((await admin.get('alerts').expect(200)).body).toEqual(body);
      await admin.patch('alerts', { alerts: [{ key: 'alert.ticket.overdue', recipients: ['department_manager'] }] }).expect(200);
      const rows = await api.sql('select key, enabled, recipients from notification_settings where tenant_id = $1 order by key', [instance.id]);
      expect(rows).toEqual([
        { key: 'alert.ticket.note', enabled: false, recipients: ['assignee', 'team_members', 'department_members_if_unassigned'] },
        { key: 'alert.ticket.overdue', enabled: true, recipients: ['department_manager'] },
        { key: 'ticket.closed', enabled: false, recipients: null },
      ]);
    });

    it('forgets a setting changed back to the shipped one', async () => {
      const { body } = await admin.patch('alerts', { alerts: [{ key: 'alert.ticket.note', enabled: true }], notices: [{ key: 'ticket.closed', enabled: true }] }).expect(200);
      expect(body.alerts[2].isDefault).toBe(true);
      expect(body.notices[4]).toEqual({ key: 'ticket.closed', enabled: true, isDefault: true });
      expect(await api.sql('select key from notification_settings where tenant_id = $1', [instance.id])).toEqual([{ key: 'alert.ticket.overdue' }]);
    });

    it('lets the escalation alert go to the groups an escalation step names, with no groups of its own', async () => {
      const groups = await admin.patch('alerts', { alerts: [{ key: 'alert.ticket.escalated', recipients: ['assignee'] }] }).expect(200);
      expect(groups.body.alerts.find((a: { key: string }) => a.key === 'alert.ticket.escalated')).toEqual({ key: 'alert.ticket.escalated', enabled: true, recipients: ['assignee'], isDefault: false });
      const none = await admin.patch('alerts', { alerts: [{ key: 'alert.ticket.escalated', recipients: [] }] }).expect(200);
      expect(none.body.alerts.find((a: { key: string }) => a.key === 'alert.ticket.escalated')).toEqual({ key: 'alert.ticket.escalated', enabled: true, recipients: [], isDefault: true });
    });

    it('refuses what cannot work, and changes nothing', async () => {
      const before = (await admin.get('alerts').expect(200)).body;
      const nobody = await admin.patch('alerts', { alerts: [{ key: 'alert.ticket.new', enabled: false }, { key: 'alert.ticket.message', recipients: [] }] });
      expectProblem(nobody, 400, 'alerts.invalid');
      expect(nobody.body.field).toBe('alerts.1.recipients');
      expectProblem(await admin.patch('alerts', { notices: [{ key: 'ticket.closed', enabled: false }, { key: 'ticket.closed', enabled: true }] }), 400, 'alerts.invalid');
      expectProblem(await admin.patch('alerts', { alerts: [{ key: 'alert.ticket.new' }] }), 400, 'alerts.invalid');
      expectProblem(await admin.patch('alerts', { alerts: [] }), 400, 'alerts.invalid');
      for (const bad of [
        { alerts: [{ key: 'alert.ticket.lunch', enabled: false }] },
        { alerts: [{ key: 'alert.ticket.new', recipients: ['everyone'] }] },
        { alerts: [{ key: 'alert.ticket.new', recipients: ['assignee', 'assignee'] }] },
        { alerts: [{ key: 'alert.ticket.new', enabled: null }] },
        { notices: [{ key: 'alert.ticket.new', enabled: false }] },
        { notices: [{ key: 'ticket.closed', enabled: false, recipients: ['assignee'] }] },
        { notices: [{ key: 'ticket.closed' }] },
        { sms: true },
      ]) {
        expectProblem(await admin.patch('alerts', bad), 400, 'request.invalid');
      }
      expectProblem(await admin.patch('alerts', {}), 400, 'request.empty');
      expect((await admin.get('alerts').expect(200)).body).toEqual(before);
    });

    it('is for managers only', async () => {
      expectProblem(await agent.get('alerts'), 403, 'auth.forbidden');
      expectProblem(await agent.patch('alerts', { notices: [{ key: 'ticket.closed', enabled: false }] }), 403, 'auth.forbidden');
      expect((await admin.get('alerts').expect(200)).body.notices[4].enabled).toBe(true);
    });
  });

  describe('the auto-responder switch of departments and help topics', () => {
    it('is on for new and shipped ones, and managers switch it', async () => {
      const [department] = (await admin.get('departments').expect(200)).body;
      expect(department.autoResponse).toBe(true);
      expect((await admin.patch(`departments/${department.id}`, { autoResponse: false }).expect(200)).body.autoResponse).toBe(false);
      expect((await admin.get(`departments/${department.id}`).expect(200)).body.autoResponse).toBe(false);
      expectProblem(await admin.patch(`departments/${department.id}`, { autoResponse: null }), 400, 'request.invalid');
      expect((await admin.post('departments', { name: 'Quiet desk' }).expect(201)).body.autoResponse).toBe(true);
      const topic = await admin.post('help-topics', { name: 'No replies', departmentId: department.id, autoResponse: false }).expect(201);
      expect(topic.body.autoResponse).toBe(false);
      expect((await admin.patch(`help-topics/${topic.body.id}`, { autoResponse: true }).expect(200)).body.autoResponse).toBe(true);
      expect(await api.sql('select name, auto_response from help_topics where tenant_id = $1 order by name', [instance.id])).toEqual([
        { name: 'General inquiry', auto_response: true },
        { name: 'No replies', auto_response: true },
      ]);
      expectProblem(await agent.patch(`departments/${department.id}`, { autoResponse: true }), 403, 'auth.forbidden');
    });
  });
});
