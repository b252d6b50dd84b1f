import { INestApplication } from '@nestjs/common';
import { defaultPriorityMatrix } from '@tessera/directory';
import { AttachmentService, TicketEntry } from '@tessera/tickets';
import { base32Decode, hotp, totpStep } from '@tessera/auth';
import { AdminObjects, adminObjectsOf, recurringTicket } from './admin-harness';
import { Instance, TestApi, adminClient, asOwner, at, bearer, startTestApi } from './api-harness';
import { csrfTokenOf } from '../src/http/browser-session';
import { openEventStream } from './event-stream-client';
import { PortalUser, mailedToken, openTicket, portalLogin, registerRequester, withTicket } from './portal-harness';

interface Route {
  method: string;
  path: string;
}

// Every route the app registered, read from the HTTP router itself so that a new route cannot
// slip past this suite.
function registeredRoutes(app: INestApplication): Route[] {
  const router = app.getHttpAdapter().getInstance().router as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  return router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.keys(layer.route!.methods)
        .filter((method) => method !== '_all')
        .map((method) => ({ method: method.toUpperCase(), path: layer.route!.path })),
    );
}

// Instance A's objects and secrets that instance B's callers aim at.
interface Objects extends AdminObjects {
  slug: string;
  manager: Instance['manager'];
  departmentId: string;
  helpTopicId: string;
  slaPlanId: string;
  requester: PortalUser;
  reference: string;
  guestToken: string;
  registrationToken: string;
  resetToken: string;
  invitationToken: string;
  attachmentId: string;
  // A mail piped into A's ticket.
  mailId: string;
  // A saved view of A's manager.
  viewId: string;
  // A task of A's ticket.
  taskId: string;
  cannedResponseId: string;
  // A file of that canned response.
  cannedFileId: string;
  // An agent's sign-in waiting for a code, one waiting for enrolment, a staff reset link.
  codeChallenge: string;
  enrolChallenge: string;
  staffResetToken: string;
}

// Staff routes take staff tokens; portal routes take requester sessions. Each realm's tokens
// must be worthless in the other.
type Realm = 'staff' | 'requester';

// How to aim each instance route at instance A's objects. A route missing here fails the suite.
type Probe = {
  realm?: Realm;
  params?: (a: Objects) => Record<string, string>;
  body?: (a: Objects) => object;
  // Public routes are reached without a token; they must still never show A's data.
  public?: boolean;
  // Routes that work without a token but check one that is sent.
  optional?: boolean;
  // What B gets when aiming at A's objects, where that is not 404 (params), 401 (public) or 2xx.
  expect?: number;
  // An event stream: read until its status, then closed.
  stream?: boolean;
};

const portal: Probe = { realm: 'requester' };
const publicPortal = (expect: number, body: (a: Objects) => object): Probe => ({ realm: 'requester', public: true, expect, body });
const aTicket = { realm: 'requester' as const, params: (o: Objects) => ({ reference: o.reference }) };
const staffTicket: Probe = { params: (o: Objects) => ({ reference: o.reference }) };

const probes: Record<string, Probe> = {
  'POST /api/v1/t/:slug/auth/login': { public: true, body: (o) => ({ email: o.manager.email, password: o.manager.password }) },
  'GET /api/v1/t/:slug/auth/me': {},
  'PATCH /api/v1/t/:slug/auth/me': { body: () => ({ language: 'de' }) },
  'POST /api/v1/t/:slug/auth/logout': {},
  // A's challenges and links are not found in B.
  'POST /api/v1/t/:slug/auth/login/code': { public: true, expect: 401, body: (o) => ({ challenge: o.codeChallenge, code: '123456' }) },
  'POST /api/v1/t/:slug/auth/login/enrolment': { public: true, expect: 401, body: (o) => ({ challenge: o.enrolChallenge }) },
  'POST /api/v1/t/:slug/auth/login/enrolment/confirm': { public: true, expect: 401, body: (o) => ({ challenge: o.enrolChallenge, code: '123456' }) },
  // Answered alike everywhere; that nothing is mailed is checked below.
  'POST /api/v1/t/:slug/auth/password-reset/request': { public: true, expect: 202, body: (o) => ({ email: o.manager.email }) },
  'POST /api/v1/t/:slug/auth/password-reset/confirm': { public: true, expect: 400, body: (o) => ({ token: o.staffResetToken, password: 'a long passphrase' }) },
  // B's agent's own second factor: its status, a new enrolment; a wrong code; none to switch off.
  'GET /api/v1/t/:slug/auth/two-factor': {},
  'POST /api/v1/t/:slug/auth/two-factor/enrolment': {},
  'POST /api/v1/t/:slug/auth/two-factor/enrolment/confirm': { expect: 400, body: () => ({ code: '000000' }) },
  'POST /api/v1/t/:slug/auth/two-factor/disable': { expect: 409, body: () => ({ code: '000000' }) },
  'POST /api/v1/t/:slug/auth/two-factor/recovery-codes': { expect: 409, body: () => ({ code: '000000' }) },
  'GET /api/v1/t/:slug/departments': {},
  'GET /api/v1/t/:slug/departments/:id': { params: (o) => ({ id: o.departmentId }) },
  'GET /api/v1/t/:slug/help-topics': {},
  'GET /api/v1/t/:slug/help-topics/:id': { params: (o) => ({ id: o.helpTopicId }) },
  'GET /api/v1/t/:slug/help-topics/:id/fields': { params: (o) => ({ id: o.helpTopicId }) },
  'GET /api/v1/t/:slug/statuses': {},
  'GET /api/v1/t/:slug/priorities': {},
  'GET /api/v1/t/:slug/sla-plans': {},
  'GET /api/v1/t/:slug/agents': {},
  'GET /api/v1/t/:slug/teams': {},
  'GET /api/v1/t/:slug/organizations': {},
  'GET /api/v1/t/:slug/sla-plans/:id': { params: (o) => ({ id: o.slaPlanId }) },
  'POST /api/v1/t/:slug/tickets': {
    // A's department in B's request: not found, and no ticket is made.
    body: (o) => ({ subject: 'probe', message: 'probe', source: 'phone', requester: { email: 'probe@example.org' }, departmentId: o.departmentId }),
    expect: 404,
  },
  'GET /api/v1/t/:slug/tickets': {},
  'GET /api/v1/t/:slug/tickets/counts': {},
  'GET /api/v1/t/:slug/tickets/:reference': staffTicket,
  'GET /api/v1/t/:slug/tickets/:reference/thread': staffTicket,
  'POST /api/v1/t/:slug/tickets/:reference/replies': { ...staffTicket, body: () => ({ message: 'probe' }) },
  'POST /api/v1/t/:slug/tickets/:reference/notes': { ...staffTicket, body: () => ({ message: 'probe' }) },
  'POST /api/v1/t/:slug/tickets/:reference/lock': staffTicket,
  'DELETE /api/v1/t/:slug/tickets/:reference/lock': staffTicket,
  'GET /api/v1/t/:slug/tickets/:reference/attachments/:id': { params: (o) => ({ reference: o.reference, id: o.attachmentId }) },
  'GET /api/v1/t/:slug/portal/tickets/:reference/attachments/:id': { realm: 'requester', params: (o) => ({ reference: o.reference, id: o.attachmentId }) },
  'POST /api/v1/t/:slug/admin/requesters/:id/invitation': { params: (o) => ({ id: o.requester.id }) },
  // B takes a registration of A's address as a new one of its own.
  'POST /api/v1/t/:slug/portal/auth/register': publicPortal(202, (o) => ({ name: 'Namesake', email: o.requester.email, password: o.requester.password })),
  'POST /api/v1/t/:slug/portal/auth/register/confirm': publicPortal(400, (o) => ({ token: o.registrationToken })),
  'POST /api/v1/t/:slug/portal/auth/login': publicPortal(401, (o) => ({ email: o.requester.email, password: o.requester.password })),
  'POST /api/v1/t/:slug/portal/auth/logout': portal,
  'GET /api/v1/t/:slug/portal/auth/me': portal,
  'PATCH /api/v1/t/:slug/portal/auth/me': { ...portal, body: () => ({ language: 'de' }) },
  'POST /api/v1/t/:slug/portal/auth/password-reset/request': publicPortal(202, (o) => ({ email: o.requester.email })),
  'POST /api/v1/t/:slug/portal/auth/password-reset/confirm': publicPortal(400, (o) => ({ token: o.resetToken, password: 'a long passphrase' })),
  'POST /api/v1/t/:slug/portal/invitation/accept': publicPortal(400, (o) => ({ token: o.invitationToken, password: 'a long passphrase' })),
  'POST /api/v1/t/:slug/portal/guest': publicPortal(404, (o) => ({ reference: o.reference, email: o.requester.email, token: o.guestToken })),
  // Answered alike everywhere; that nothing is mailed is checked below.
  'POST /api/v1/t/:slug/portal/guest/link': publicPortal(202, (o) => ({ reference: o.reference, email: o.requester.email })),
  'GET /api/v1/t/:slug/portal/help-topics': publicPortal(200, () => ({})),
  // A's topic is not one B's portal offers.
  'GET /api/v1/t/:slug/portal/help-topics/:id/fields': { ...publicPortal(404, () => ({})), params: (o) => ({ id: o.helpTopicId }) },
  'GET /api/v1/t/:slug/portal/instance': publicPortal(200, () => ({})),
  // B's own pages (none) and logo (none), never A's.
  'GET /api/v1/t/:slug/portal/pages': publicPortal(200, () => ({})),
  'GET /api/v1/t/:slug/portal/logo': publicPortal(404, () => ({})),
  // A's help topic is not one B offers.
  'POST /api/v1/t/:slug/portal/tickets': { realm: 'requester', optional: true, expect: 400, body: (o) => ({ helpTopicId: o.helpTopicId, subject: 'S', message: 'M' }) },
  'GET /api/v1/t/:slug/portal/tickets': portal,
  'GET /api/v1/t/:slug/portal/tickets/:reference': aTicket,
  'POST /api/v1/t/:slug/portal/tickets/:reference/replies': { ...aTicket, body: () => ({ message: 'Hello' }) },
  'POST /api/v1/t/:slug/portal/tickets/:reference/close': aTicket,
  'POST /api/v1/t/:slug/portal/tickets/:reference/reopen': aTicket,
  'POST /api/v1/t/:slug/portal/tickets/:reference/rating': { ...aTicket, body: () => ({ rating: 5 }) },
  'PATCH /api/v1/t/:slug/tickets/:reference': { ...staffTicket, body: () => ({ subject: 'probe' }) },
  'POST /api/v1/t/:slug/tickets/:reference/assign': { ...staffTicket, body: (o) => ({ staffId: o.manager.id }) },
  'POST /api/v1/t/:slug/tickets/:reference/claim': staffTicket,
  'POST /api/v1/t/:slug/tickets/:reference/release': staffTicket,
  'POST /api/v1/t/:slug/tickets/:reference/transfer': { ...staffTicket, body: (o) => ({ departmentId: o.departmentId }) },
  'POST /api/v1/t/:slug/tickets/:reference/status': { ...staffTicket, body: (o) => ({ statusId: o.statusId }) },
  'POST /api/v1/t/:slug/tickets/:reference/priority': { ...staffTicket, body: (o) => ({ priorityId: o.priorityId }) },
  'POST /api/v1/t/:slug/tickets/:reference/topic': { ...staffTicket, body: (o) => ({ helpTopicId: o.helpTopicId }) },
  'POST /api/v1/t/:slug/tickets/:reference/due': { ...staffTicket, body: () => ({ dueAt: null }) },
  'POST /api/v1/t/:slug/tickets/:reference/collaborators': { ...staffTicket, body: () => ({ emails: 'probe@example.org' }) },
  'DELETE /api/v1/t/:slug/tickets/:reference/collaborators/:requesterId': {
    params: (o) => ({ reference: o.reference, requesterId: o.requester.id }),
  },
  'POST /api/v1/t/:slug/tickets/:reference/tags': { ...staffTicket, body: () => ({ tags: ['probe'] }) },
  'DELETE /api/v1/t/:slug/tickets/:reference/tags/:tag': { params: (o) => ({ reference: o.reference, tag: 'secret-tag-of-a' }) },
  // B's own tags, none of A's (checked with the secrets).
  'GET /api/v1/t/:slug/tags': {},
  'POST /api/v1/t/:slug/tickets/:reference/merge': { ...staffTicket, body: (o) => ({ into: o.reference }) },
  'POST /api/v1/t/:slug/tickets/:reference/links': { ...staffTicket, body: (o) => ({ reference: o.reference, kind: 'related' }) },
  'DELETE /api/v1/t/:slug/tickets/:reference/links/:other': { params: (o) => ({ reference: o.reference, other: o.reference }) },
  'DELETE /api/v1/t/:slug/tickets/:reference': staffTicket,
  // Takes a mailbox token, not a session: without one it is 401 (A's mailbox token on B: see
  // mail-inbound.e2e-spec.ts).
  'POST /api/v1/t/:slug/mail/inbound': { public: true, expect: 401 },
  'GET /api/v1/t/:slug/tickets/:reference/mail/:id': { params: (o) => ({ reference: o.reference, id: o.mailId }) },
  // B's agents get B's own stream; B's requesters cannot follow A's ticket.
  'GET /api/v1/t/:slug/events': { stream: true },
  'GET /api/v1/t/:slug/portal/tickets/:reference/events': { ...aTicket, stream: true },
  'GET /api/v1/t/:slug/views': {},
  'POST /api/v1/t/:slug/views': { body: () => ({ name: 'Probe', columns: ['reference'], sort: 'due', filters: { queue: 'mine' } }) },
  'PATCH /api/v1/t/:slug/views/:id': { params: (o) => ({ id: o.viewId }), body: () => ({ name: 'Probe' }) },
  'DELETE /api/v1/t/:slug/views/:id': { params: (o) => ({ id: o.viewId }) },
  'GET /api/v1/t/:slug/canned-responses': {},
  // A's department is not one of B's.
  'POST /api/v1/t/:slug/canned-responses': { body: (o) => ({ title: 'Probe', body: 'Probe', departmentId: o.departmentId }), expect: 400 },
  'GET /api/v1/t/:slug/canned-responses/:id': { params: (o) => ({ id: o.cannedResponseId }) },
  'PATCH /api/v1/t/:slug/canned-responses/:id': { params: (o) => ({ id: o.cannedResponseId }), body: () => ({ title: 'Probe' }) },
  'DELETE /api/v1/t/:slug/canned-responses/:id': { params: (o) => ({ id: o.cannedResponseId }) },
  'GET /api/v1/t/:slug/tickets/:reference/canned-responses/:id': { params: (o) => ({ reference: o.reference, id: o.cannedResponseId }) },
  'POST /api/v1/t/:slug/canned-responses/:id/files': { params: (o) => ({ id: o.cannedResponseId }) },
  'GET /api/v1/t/:slug/canned-responses/:id/files/:fileId': { params: (o) => ({ id: o.cannedResponseId, fileId: o.cannedFileId }) },
  'DELETE /api/v1/t/:slug/canned-responses/:id/files/:fileId': { params: (o) => ({ id: o.cannedResponseId, fileId: o.cannedFileId }) },
  'GET /api/v1/t/:slug/tasks': {},
  // A's department is not one of B's.
  'POST /api/v1/t/:slug/tasks': { body: (o) => ({ title: 'Probe', departmentId: o.departmentId }), expect: 400 },
  'GET /api/v1/t/:slug/tasks/:id': { params: (o) => ({ id: o.taskId }) },
  'PATCH /api/v1/t/:slug/tasks/:id': { params: (o) => ({ id: o.taskId }), body: () => ({ title: 'Probe' }) },
  'DELETE /api/v1/t/:slug/tasks/:id': { params: (o) => ({ id: o.taskId }) },
  'POST /api/v1/t/:slug/tasks/:id/close': { params: (o) => ({ id: o.taskId }) },
  'POST /api/v1/t/:slug/tasks/:id/reopen': { params: (o) => ({ id: o.taskId }) },
  'GET /api/v1/t/:slug/tasks/:id/notes': { params: (o) => ({ id: o.taskId }) },
  'POST /api/v1/t/:slug/tasks/:id/notes': { params: (o) => ({ id: o.taskId }), body: () => ({ body: 'Probe' }) },
  ...adminProbes(),
};

// The instance admin API: A's ids in the URL answer 404; A's ids in a body are not found either.
function adminProbes(): Record<string, Probe> {
  const admin = '/api/v1/t/:slug/admin';
  const id = (pick: (o: Objects) => string) => (o: Objects) => ({ id: pick(o) });
  const crud = (path: string, pick: (o: Objects) => string, create: Probe, update: object): Record<string, Probe> => ({
    [`POST ${admin}/${path}`]: create,
    [`PATCH ${admin}/${path}/:id`]: { params: id(pick), body: () => update },
    [`DELETE ${admin}/${path}/:id`]: { params: id(pick) },
  });
  const readable = (path: string, pick: (o: Objects) => string) => ({
    [`GET ${admin}/${path}`]: {},
    [`GET ${admin}/${path}/:id`]: { params: id(pick) },
  });
  const agent = { email: 'probe@tenant-b.example', name: 'Probe', password: 'a long enough password' };
  const template = () => ({ key: 'ticket.response', language: 'en' });
  return {
    ...readable('departments', (o) => o.departmentId),
    ...crud('departments', (o) => o.departmentId, { body: (o) => ({ name: 'Probe', parentId: o.departmentId }), expect: 404 }, { name: 'Probe' }),
    ...readable('teams', (o) => o.teamId),
    ...crud('teams', (o) => o.teamId, { body: (o) => ({ name: 'Probe', leadStaffId: o.agentId }), expect: 404 }, { name: 'Probe' }),
    [`PUT ${admin}/teams/:id/members`]: { params: id((o) => o.teamId), body: () => ({ staffIds: [] }) },
    // A's department and agents are not B's to place.
    [`GET ${admin}/departments/:id/members`]: { params: id((o) => o.departmentId) },
    [`PUT ${admin}/departments/:id/members/:staffId`]: { params: (o) => ({ id: o.departmentId, staffId: o.agentId }), body: (o) => ({ roleId: o.roleId }) },
    [`DELETE ${admin}/departments/:id/members/:staffId`]: { params: (o) => ({ id: o.departmentId, staffId: o.agentId }) },
    ...readable('roles', (o) => o.roleId),
    ...crud('roles', (o) => o.roleId, { body: () => ({ name: 'Probe', permissions: [] }) }, { name: 'Probe' }),
    ...readable('agents', (o) => o.agentId),
    [`POST ${admin}/agents`]: { body: (o) => ({ ...agent, primaryDepartmentId: o.departmentId, roleId: o.roleId }), expect: 404 },
    [`PATCH ${admin}/agents/:id`]: { params: id((o) => o.agentId), body: () => ({ isLocked: true }) },
    [`DELETE ${admin}/agents/:id/two-factor`]: { params: id((o) => o.agentId) },
    ...readable('requesters', (o) => o.requesterId),
    [`POST ${admin}/requesters`]: { body: (o) => ({ name: 'Probe', emails: [`someone@${o.slug}.example.org`], organizationIds: [o.organizationId] }), expect: 404 },
    [`PATCH ${admin}/requesters/:id`]: { params: id((o) => o.requesterId), body: () => ({ name: 'Probe' }) },
    ...readable('organizations', (o) => o.organizationId),
    [`GET ${admin}/organizations/:id/members`]: { params: id((o) => o.organizationId) },
    ...crud('organizations', (o) => o.organizationId, { body: (o) => ({ name: 'Probe', domains: [`${o.slug}.example.org`] }) }, { name: 'Probe' }),
    ...readable('help-topics', (o) => o.helpTopicId),
    ...crud('help-topics', (o) => o.helpTopicId, { body: (o) => ({ name: 'Probe', departmentId: o.departmentId }), expect: 404 }, { name: 'Probe' }),
    ...readable('statuses', (o) => o.statusId),
    ...crud('statuses', (o) => o.statusId, { body: () => ({ name: 'Probe', state: 'pending' }) }, { name: 'Probe' }),
    ...readable('priorities', (o) => o.priorityId),
    ...crud('priorities', (o) => o.priorityId, { body: () => ({ name: 'Probe', urgency: 50 }) }, { name: 'Probe' }),
    ...readable('sla-plans', (o) => o.slaPlanId),
    // A's schedule is not one B's plans may run on.
    ...crud('sla-plans', (o) => o.slaPlanId, { body: (o) => ({ name: 'Probe', firstResponseMinutes: 60, resolutionMinutes: 120, scheduleId: o.scheduleId }), expect: 400 }, { name: 'Probe' }),
    [`GET ${admin}/sla-plans/:id/escalation`]: { params: id((o) => o.slaPlanId) },
    [`PUT ${admin}/sla-plans/:id/escalation`]: { params: id((o) => o.slaPlanId), body: () => ({ steps: [] }) },
    ...readable('schedules', (o) => o.scheduleId),
    ...crud('schedules', (o) => o.scheduleId, { body: () => ({ name: 'Probe', timeZone: 'UTC', week: { monday: [{ from: '09:00', to: '17:00' }] } }) }, { name: 'Probe' }),
    [`GET ${admin}/settings`]: {},
    [`PATCH ${admin}/settings`]: { body: () => ({ lockSeconds: 120 }) },
    [`GET ${admin}/reference-counters`]: {},
    // B's counter of the same format is B's own; A's stays as it is (checked below).
    [`PUT ${admin}/reference-counters`]: { body: () => ({ format: 'alpha#{n:4}', nextNumber: 9000 }) },
    [`GET ${admin}/priority-matrix`]: {},
    [`PUT ${admin}/priority-matrix`]: { body: (o) => ({ bands: defaultPriorityMatrix(o.priorityIds) }), expect: 400 },
    // Every instance has a band starting at 1: B reads and writes its own band's line.
    [`GET ${admin}/priority-matrix/bands/:minProduct/escalation`]: { params: () => ({ minProduct: '1' }), expect: 200 },
    [`PUT ${admin}/priority-matrix/bands/:minProduct/escalation`]: { params: () => ({ minProduct: '1' }), body: () => ({ steps: [] }), expect: 200 },
    [`GET ${admin}/api-keys`]: {},
    [`GET ${admin}/api-keys/:id`]: { params: id((o) => o.apiKeyId) },
    [`POST ${admin}/api-keys`]: { body: () => ({ name: 'Probe', scopes: ['tickets.read'] }) },
    [`DELETE ${admin}/api-keys/:id`]: { params: id((o) => o.apiKeyId) },
    ...readable('mailboxes', (o) => o.mailboxId),
    ...crud('mailboxes', (o) => o.mailboxId, { body: (o) => ({ name: 'Probe', address: `probe@${o.slug}.example.org`, departmentId: o.departmentId }), expect: 404 }, { name: 'Probe' }),
    [`POST ${admin}/mailboxes/:id/inbound-token`]: { params: id((o) => o.mailboxId) },
    ...readable('mail', (o) => o.mailId),
    [`GET ${admin}/mail/:id/raw`]: { params: id((o) => o.mailId) },
    [`POST ${admin}/mail/:id/review`]: { params: id((o) => o.mailId) },
    // Templates are named by key and language, the same in every instance: B reaches its own
    // (A changed its ticket.response; B must never see that text).
    [`GET ${admin}/templates`]: {},
    [`GET ${admin}/templates/:key/:language`]: { params: template, expect: 200 },
    [`PUT ${admin}/templates/:key/:language`]: { params: template, body: () => ({ subject: '[{{ticket.reference}}] Probe', body: 'Probe' }), expect: 200 },
    [`DELETE ${admin}/templates/:key/:language`]: { params: template, expect: 204 },
    [`POST ${admin}/templates/:key/:language/preview`]: { params: template, expect: 200 },
    ...readable('webhooks', (o) => o.webhookId),
    ...crud('webhooks', (o) => o.webhookId, { body: () => ({ name: 'Probe', url: 'https://hooks.example.org/probe', kinds: ['ticket.created'] }) }, { name: 'Probe' }),
    [`POST ${admin}/webhooks/:id/secret`]: { params: id((o) => o.webhookId) },
    [`GET ${admin}/webhooks/:id/deliveries`]: { params: id((o) => o.webhookId) },
    [`POST ${admin}/webhooks/:id/deliveries/:eventId/redeliver`]: { params: (o) => ({ id: o.webhookId, eventId: o.webhookId }) },
    ...readable('recurring-tickets', (o) => o.recurringTicketId),
    ...crud('recurring-tickets', (o) => o.recurringTicketId, { body: (o) => ({ ...recurringTicket('Probe', 'probe@example.org'), departmentId: o.departmentId }), expect: 400 }, { name: 'Probe' }),
    [`GET ${admin}/recurring-tickets/:id/runs`]: { params: id((o) => o.recurringTicketId) },
    [`GET ${admin}/pages`]: {},
    [`GET ${admin}/pages/:kind/:language`]: { params: () => ({ kind: 'landing', language: 'en' }) },
    [`PUT ${admin}/pages/:kind/:language`]: { params: () => ({ kind: 'thank-you', language: 'en' }), body: () => ({ title: 'Probe', body: '<p>Probe</p>' }), expect: 200 },
    [`DELETE ${admin}/pages/:kind/:language`]: { params: () => ({ kind: 'landing', language: 'en' }) },
    [`PUT ${admin}/logo`]: { body: () => ({ contentType: 'image/gif', data: Buffer.from('GIF89a probe').toString('base64') }), expect: 200 },
    [`DELETE ${admin}/logo`]: { expect: 204 },
    ...readable('filters', (o) => o.filterId),
    // A's department is not one B's filters may name; A's ticket is not one B may try them on.
    ...crud(
      'filters',
      (o) => o.filterId,
      { body: (o) => ({ name: 'Probe', match: 'all', conditions: [{ field: 'subject', operator: 'contains', value: 'x' }], actions: [{ kind: 'set-department', value: o.departmentId }] }), expect: 400 },
      { name: 'Probe' },
    ),
    [`POST ${admin}/filters/dry-run`]: { body: (o) => ({ reference: o.reference }), expect: 404 },
    ...readable('triggers', (o) => o.triggerId),
    // A's department is not one B's triggers may name.
    ...crud(
      'triggers',
      (o) => o.triggerId,
      { body: (o) => ({ name: 'Probe', events: ['note'], match: 'all', conditions: [], actions: [{ kind: 'set-department', value: o.departmentId }] }), expect: 400 },
      { name: 'Probe' },
    ),
    ...readable('time-rules', (o) => o.timeRuleId),
    // A's department is not one B's time rules may name.
    ...crud(
      'time-rules',
      (o) => o.timeRuleId,
      { body: (o) => ({ name: 'Probe', condition: 'unassigned', waitAmount: 2, waitUnit: 'hours', departmentId: o.departmentId, actions: [{ kind: 'notify-assignee' }] }), expect: 400 },
      { name: 'Probe' },
    ),
    ...readable('custom-lists', (o) => o.customListId),
    ...crud('custom-lists', (o) => o.customListId, { body: () => ({ name: 'Probe', items: [] }) }, { name: 'Probe' }),
    ...readable('custom-fields', (o) => o.customFieldId),
    // A's list is not one B's fields may take their values from.
    ...crud('custom-fields', (o) => o.customFieldId, { body: (o) => ({ key: 'probe', type: 'choice', listId: o.customListId, labels: [{ language: 'en', text: 'Probe' }] }), expect: 404 }, { isMultiple: true }),
    ...readable('custom-forms', (o) => o.customFormId),
    // Neither A's field nor A's topic is one B's forms may name.
    ...crud('custom-forms', (o) => o.customFormId, { body: (o) => ({ name: 'Probe', kind: 'ticket', fields: [{ fieldId: o.customFieldId }], helpTopicIds: [o.helpTopicId] }), expect: 400 }, { name: 'Probe' }),
    // One directory per instance, named by none: B has none, and A's department is not B's.
    [`GET ${admin}/ldap`]: { expect: 404 },
    [`PUT ${admin}/ldap`]: {
      body: (o) => ({ url: 'ldap://ldap.example.org', searchBase: 'dc=example,dc=org', searchFilter: '(uid={{username}})', agentDepartmentId: o.departmentId }),
      expect: 404,
    },
    [`DELETE ${admin}/ldap`]: { expect: 404 },
    [`POST ${admin}/ldap/test`]: { expect: 404 },
    [`GET ${admin}/alerts`]: {},
    [`PATCH ${admin}/alerts`]: { body: () => ({ notices: [{ key: 'ticket.closed', enabled: false }] }) },
    // B's own configuration; a file naming A's team does not find it in B, and writes nothing.
    [`GET ${admin}/configuration/export`]: {},
    [`POST ${admin}/configuration/import`]: {
      expect: 400,
      body: (o) => ({
        format: 'tessera-configuration',
        version: 1,
        sections: {
          helpTopics: [
            { path: ['Probe'], department: ['Support'], priority: null, slaPlan: null, autoAssignTeam: `Team of ${o.slug}`, isPublic: true, isActive: true, referenceFormat: null, autoResponse: true },
          ],
        },
      }),
    },
  };
}

// Two agents of the instance mid-sign-in: one with a second factor (its challenge waits for a
// code), one sent to set one up while the instance required it.
async function secondFactorChallengesOf(api: TestApi, instance: Instance): Promise<{ codeChallenge: string; enrolChallenge: string }> {
  const admin = adminClient(api, instance.slug, instance.token);
  const login = async (agent: { email: string; password: string }) =>
    (await api.http().post(at(instance.slug, 'auth/login')).send({ email: agent.email, password: agent.password }).expect(200)).body.secondFactor.challenge as string;
  const withCode = await api.addAgent(instance, { name: 'Second factor', role: 'All access' });
  const enrolling = await api.addAgent(instance, { name: 'Enrolling', role: 'All access' });
  await admin.patch('settings', { requireTwoFactor: true }).expect(200);
  const first = await login(withCode);
  const { secret } = (await api.http().post(at(instance.slug, 'auth/login/enrolment')).send({ challenge: first }).expect(200)).body;
  const code = hotp(base32Decode(secret), totpStep(new Date()));
  await api.http().post(at(instance.slug, 'auth/login/enrolment/confirm')).send({ challenge: first, code }).expect(200);
  const enrolChallenge = await login(enrolling);
  await admin.patch('settings', { requireTwoFactor: false }).expect(200);
  return { codeChallenge: await login(withCode), enrolChallenge };
}

// The tests below call every route a few times over; on a busy two-core machine that takes a while.
const LOOP_TIMEOUT = 180_000;

describe('tenant isolation on every instance route', () => {
  let api: TestApi;
  let a: Instance;
  let b: Instance;
  let requesterOfB: PortalUser;
  let objectsOfA: Objects;
  let secretsOfA: string[];
  let entriesOfA: number;
  const countEntries = async (tenantId: string) =>
    (await api.sql<{ n: number }>('select count(*)::int as n from ticket_entries where tenant_id = $1', [tenantId]))[0].n;
  let routes: Route[];

  beforeAll(async () => {
    api = await startTestApi({ TESSERA_LOGIN_MAX_ATTEMPTS: '40' });
    a = await api.provision('tenant-a');
    b = await api.provision('tenant-b');
    const get = (path: string) => api.http().get(`/api/v1/t/tenant-a/${path}`).set(bearer(a.token)).expect(200);
    const [departments, topics, slas, statuses, priorities] = await Promise.all(
      ['departments', 'help-topics', 'sla-plans', 'statuses', 'priorities'].map(get),
    );
    // A distinctive reference (with a # to encode in URLs) that cannot turn up by chance.
    await asOwner(api, "update instance_settings set reference_format = 'alpha#{n:4}' where tenant_id = $1", [a.id]);
    const requester = await registerRequester(api, a, 'requester@tenant-a.example');
    const reference = await openTicket(api, 'tenant-a', requester.token, { collaborators: ['cc@tenant-a.example'] });
    const guestToken = await withTicket(api, a, reference, (ticket, tickets) => tickets.guestToken(ticket, requester.id));
    const [attachment] = await withTicket(api, a, reference, async (ticket, _tickets, manager) => {
      const [message] = await manager.find(TicketEntry, { where: { ticketId: ticket.id, kind: 'message' }, take: 1 });
      return api.app.get(AttachmentService).attach(message, [{ filename: 'secret-of-a.txt', contentType: 'text/plain', content: Buffer.from('secret file of A') }]);
    });
    await api.http().post(at('tenant-a', 'portal/auth/register')).send({ name: 'P', email: 'pending@tenant-a.example', password: 'a long passphrase' }).expect(202);
    await api.http().post(at('tenant-a', 'portal/auth/password-reset/request')).send({ email: requester.email }).expect(202);
    const [{ id: ccId }] = (await asOwner<{ id: string }>(api, 'select requester_id as id from requester_emails where tenant_id = $1 and email = $2', [a.id, 'cc@tenant-a.example'])).rows;
    await api.http().post(at('tenant-a', `admin/requesters/${ccId}/invitation`)).set(bearer(a.token)).expect(202);
    const admin = await adminObjectsOf(api, a);
    const mailToken = (await api.http().post(at('tenant-a', `admin/mailboxes/${admin.mailboxId}/inbound-token`)).set(bearer(a.token)).expect(201)).body.token;
    const mail = `From: ${requester.email}\r\nTo: help@tenant-a.example.org\r\nSubject: Re: [${reference}] secret of tenant-a\r\nMessage-ID: <isolation@tenant-a.example>\r\n\r\nsecret of tenant-a\r\n`;
    await api.http().post(at('tenant-a', 'mail/inbound')).set(bearer(mailToken)).set('Content-Type', 'message/rfc822').send(Buffer.from(mail)).expect(200);
    const [{ id: mailId }] = (await asOwner<{ id: string }>(api, "select id from mail_messages where tenant_id = $1 and message_id = 'isolation@tenant-a.example'", [a.id])).rows;
    const view = { name: 'Secret view of A', columns: ['reference'], sort: 'due', filters: { departmentId: departments.body[0].id } };
    const viewId = (await api.http().post(at('tenant-a', 'views')).set(bearer(a.token)).send(view).expect(201)).body.id;
    const task = { title: 'Secret task of A', departmentId: departments.body[0].id, ticket: reference };
    const taskId = (await api.http().post(at('tenant-a', 'tasks')).set(bearer(a.token)).send(task).expect(201)).body.id;
    await api.http().post(at('tenant-a', `tasks/${taskId}/notes`)).set(bearer(a.token)).send({ body: 'secret of tenant-a' }).expect(201);
    await api.http().post(at('tenant-a', `tickets/${encodeURIComponent(reference)}/tags`)).set(bearer(a.token)).send({ tags: ['secret-tag-of-a'] }).expect(200);
    const directory = { url: 'ldap://ldap.tenant-a.example', bindDn: 'cn=secret of tenant-a', bindPassword: 'ldap secret of tenant-a', searchBase: 'dc=tenant-a', searchFilter: '(uid={{username}})' };
    await api.http().put(at('tenant-a', 'admin/ldap')).set(bearer(a.token)).send(directory).expect(200);
    const canned = { title: 'Secret canned of A', body: 'secret of tenant-a for {{requester.name}}' };
    const cannedResponseId = (await api.http().post(at('tenant-a', 'canned-responses')).set(bearer(a.token)).send(canned).expect(201)).body.id;
    const cannedFile = await api.http().post(at('tenant-a', `canned-responses/${cannedResponseId}/files`)).set(bearer(a.token)).attach('files', Buffer.from('secret file of A'), { filename: 'secret-canned-of-a.txt', contentType: 'text/plain' }).expect(201);
    const cannedFileId = cannedFile.body.files[0].id;
    await api.http().put(at('tenant-a', 'admin/pages/landing/en')).set(bearer(a.token)).send({ title: 'Secret page of A', body: '<p>secret of tenant-a</p>' }).expect(200);
    const logoOfA = { contentType: 'image/gif', data: Buffer.from('GIF89a secret logo of A').toString('base64') };
    await api.http().put(at('tenant-a', 'admin/logo')).set(bearer(a.token)).send(logoOfA).expect(200);
    const signIns = await secondFactorChallengesOf(api, a);
    await api.http().post(at('tenant-a', 'auth/password-reset/request')).send({ email: a.manager.email }).expect(202);
    objectsOfA = {
      ...signIns,
      staffResetToken: await mailedToken(api, a, 'staff.password-reset', a.manager.email),
      slug: a.slug,
      manager: a.manager,
      departmentId: departments.body[0].id,
      helpTopicId: topics.body[0].id,
      slaPlanId: slas.body[0].id,
      requester,
      reference,
      guestToken,
      registrationToken: await mailedToken(api, a, 'requester.registration', 'pending@tenant-a.example'),
      resetToken: await mailedToken(api, a, 'requester.password-reset', requester.email),
      invitationToken: await mailedToken(api, a, 'requester.invitation', 'cc@tenant-a.example'),
      ...admin,
      attachmentId: attachment.id,
      mailId,
      viewId,
      taskId,
      cannedResponseId,
      cannedFileId,
    };
    const idsOfA = [a.id, a.manager.id, ccId, ...[departments, topics, slas, statuses, priorities].flatMap((r) => r.body.map((x: { id: string }) => x.id))];
    const { requester: _user, manager: _manager, slug: _slug, ...secrets } = objectsOfA;
    secretsOfA = [...idsOfA, requester.id, ...Object.values(secrets).flat(), 'secret of tenant-a', 'secret file of A', 'Secret view of A', 'Secret task of A', 'Secret canned of A', 'Secret page of A', 'secret logo of A', 'secret-tag-of-a', 'Secret filter of tenant-a', 'Secret trigger of tenant-a', 'Secret list of tenant-a', 'Secret field of tenant-a', 'Secret form of tenant-a', 'secret-value-of-tenant-a'];
    requesterOfB = await registerRequester(api, b, 'requester@tenant-b.example');
    entriesOfA = await countEntries(a.id);
    routes = registeredRoutes(api.app).filter((route) => route.path.startsWith('/api/v1/t/'));
  });

  afterAll(() => api.close());

  const key = (route: Route) => `${route.method} ${route.path}`;
  const probeOf = (route: Route) => probes[key(route)];
  const realmOf = (route: Route): Realm => probeOf(route).realm ?? 'staff';

  function url(route: Route, slug: string): string {
    const params = { slug, ...(probeOf(route).params?.(objectsOfA) ?? {}) };
    return route.path.replace(/:(\w+)/g, (_match, name: string) => {
      const value = (params as Record<string, string>)[name];
      if (!value) throw new Error(`No value for :${name} of ${key(route)}`);
      return encodeURIComponent(value);
    });
  }

  // The credential as an API client sends it (bearer), or as a browser does: the realm's session
  // cookie, with the session's own CSRF token, so that only the session lookup can refuse it.
  function credential(route: Route, token: string | null, as: 'bearer' | 'cookie'): Record<string, string> {
    if (!token) return {};
    if (as === 'bearer') return bearer(token);
    const cookie = realmOf(route) === 'staff' ? 'tessera_staff' : 'tessera_requester';
    return { Cookie: `${cookie}=${token}`, 'X-CSRF-Token': csrfTokenOf(api.config.secretKey, token) };
  }

  async function call(route: Route, slug: string, token: string | null, body?: object, as: 'bearer' | 'cookie' = 'bearer'): Promise<{ status: number; text: string }> {
    const headers = credential(route, token, as);
    if (probeOf(route).stream) {
      const stream = await openEventStream(`${await api.url()}${url(route, slug)}`, headers);
      await stream.close();
      return { status: stream.status, text: stream.text };
    }
    const request = api.http()[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url(route, slug)).set(headers);
    return body ? request.send(body) : request;
  }

  // Each instance's own credentials in each realm.
  const tokens = () => ({
    'tenant-a': { staff: a.token, requester: objectsOfA.requester.token },
    'tenant-b': { staff: b.token, requester: requesterOfB.token },
  });

  it('has a probe for every instance route and no stale probes', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.map(key).sort()).toEqual(Object.keys(probes).sort());
  });

  it("gives instance B's staff and requesters 404 or nothing of instance A's, on B's URL", async () => {
    // One session per realm (a login hashes a password, slow on purpose); a logout route ends
    // the session it is called with, so the next route gets a new one.
    const sessions: Partial<Record<Realm, string>> = {};
    const signIn = (realm: Realm) =>
      realm === 'staff' ? api.login('tenant-b', b.manager.email, b.manager.password) : portalLogin(api, 'tenant-b', requesterOfB.email, requesterOfB.password);
    for (const route of routes) {
      const probe = probeOf(route);
      const realm = realmOf(route);
      const token = (sessions[realm] ??= await signIn(realm));
      if (route.path.endsWith('/logout')) delete sessions[realm];
      const body = probe.body?.(objectsOfA);
      const response = await call(route, 'tenant-b', probe.public ? null : token, body);
      const label = `${key(route)} -> ${response.status}`;
      if (probe.expect) expect(label).toBe(`${key(route)} -> ${probe.expect}`);
      else if (probe.params) expect(label).toBe(`${key(route)} -> 404`);
      else if (probe.public) expect(label).toBe(`${key(route)} -> 401`);
      else expect(response.status).toBeLessThan(300);
      // An error may echo what the caller sent; nothing else of A may appear.
      const sent = `${url(route, 'tenant-b')} ${JSON.stringify(body ?? {})}`;
      for (const secret of secretsOfA.filter((s) => !sent.includes(s) && !sent.includes(encodeURIComponent(s)))) {
        expect(`${label} ${response.text}`).not.toContain(secret);
      }
    }
  }, LOOP_TIMEOUT);

  it("leaves instance A's tickets as they were and makes none in B", async () => {
    expect(await countEntries(a.id)).toBe(entriesOfA);
    expect(await api.sql('select id from tickets where tenant_id = $1', [b.id])).toEqual([]);
    expect(await api.sql("select tenant_id from outbox where topic = 'requester.ticket-link'")).toEqual([]);
    expect(await api.sql("select tenant_id from outbox where topic = 'staff.password-reset' and tenant_id = $1", [b.id])).toEqual([]);
    expect(await api.sql('select staff_id from staff_two_factor where tenant_id = $1 and enabled_at is not null', [b.id])).toEqual([]);
    // A's agent keeps the second factor B's manager aimed at.
    expect(await api.sql('select count(*)::int as n from staff_two_factor where tenant_id = $1 and enabled_at is not null', [a.id])).toEqual([{ n: 1 }]);
    expect(await api.sql('select title, closed_at from tasks where tenant_id = $1', [a.id])).toEqual([{ title: 'Secret task of A', closed_at: null }]);
    expect(await api.sql('select count(*)::int as n from task_notes where tenant_id = $1', [a.id])).toEqual([{ n: 1 }]);
    expect(await api.sql('select title from canned_responses where tenant_id = $1', [a.id])).toEqual([{ title: 'Secret canned of A' }]);
    expect(await api.sql('select kind, title from instance_pages where tenant_id = $1', [a.id])).toEqual([{ kind: 'landing', title: 'Secret page of A' }]);
    expect(await api.sql("select convert_from(content, 'latin1') as content from instance_logos where tenant_id = $1", [a.id])).toEqual([{ content: 'GIF89a secret logo of A' }]);
    expect(await api.sql('select name, position from ticket_filters where tenant_id = $1', [a.id])).toEqual([{ name: 'Secret filter of tenant-a', position: 1 }]);
    expect(await api.sql('select name, position from ticket_triggers where tenant_id = $1', [a.id])).toEqual([{ name: 'Secret trigger of tenant-a', position: 1 }]);
    expect(await api.sql('select name, is_active from time_rules where tenant_id = $1', [a.id])).toEqual([{ name: 'Secret time rule of tenant-a', is_active: true }]);
    expect(await api.sql('select name from time_rules where tenant_id <> $1', [a.id])).toEqual([]);
    expect(await api.sql('select ticket_id from ticket_locks')).toEqual([]);
    expect(await api.sql('select tenant_id::text, name from tags order by name')).toEqual([{ tenant_id: a.id, name: 'secret-tag-of-a' }]);
    expect(await api.sql('select subject from message_templates where tenant_id = $1', [a.id])).toEqual([{ subject: objectsOfA.templateSubject }]);
    expect(await api.sql('select key from notification_settings where tenant_id = $1', [a.id])).toEqual([]);
    expect(await api.sql('select format, last_value from ticket_counters where tenant_id = $1', [a.id])).toEqual([{ format: 'alpha#{n:4}', last_value: '1' }]);
  });

  it("refuses each instance's tokens and session cookies on every route of the other, in both realms", async () => {
    for (const [from, to] of [
      ['tenant-a', 'tenant-b'],
      ['tenant-b', 'tenant-a'],
    ] as const) {
      for (const route of routes.filter((r) => !probeOf(r).public)) {
        for (const as of ['bearer', 'cookie'] as const) {
          const response = await call(route, to, tokens()[from][realmOf(route)], probeOf(route).body?.(objectsOfA), as);
          expect(`${from} on ${to} (${as}): ${key(route)} -> ${response.status}`).toBe(`${from} on ${to} (${as}): ${key(route)} -> 401`);
        }
      }
    }
    // The tokens still work at home: nothing above logged them out.
    await api.http().get(at('tenant-a', 'auth/me')).set(bearer(a.token)).expect(200);
    await api.http().get(at('tenant-a', 'portal/auth/me')).set(bearer(objectsOfA.requester.token)).expect(200);
    await api.http().get(at('tenant-b', 'portal/auth/me')).set(bearer(requesterOfB.token)).expect(200);
  }, LOOP_TIMEOUT);

  it("refuses every non-public route without a token, with the operator token and with the other realm's token", async () => {
    const own = tokens()['tenant-a'];
    for (const route of routes.filter((r) => !probeOf(r).public)) {
      const body = probeOf(route).body?.(objectsOfA);
      const other = realmOf(route) === 'staff' ? own.requester : own.staff;
      const answers = {
        ...(probeOf(route).optional ? {} : { none: (await call(route, 'tenant-a', null, body)).status }),
        operator: (await call(route, 'tenant-a', api.config.operator.token, body)).status,
        otherRealm: (await call(route, 'tenant-a', other, body)).status,
      };
      const expected = Object.fromEntries(Object.keys(answers).map((k) => [k, 401]));
      expect({ route: key(route), ...answers }).toEqual({ route: key(route), ...expected });
    }
  }, LOOP_TIMEOUT);

  it("still serves instance A's own objects to A", async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const response = await call(route, 'tenant-a', tokens()['tenant-a'][realmOf(route)]);
      expect(`${key(route)} -> ${response.status}`).toBe(`${key(route)} -> 200`);
    }
    const ticket = await api.http().get(at('tenant-a', `portal/tickets/${encodeURIComponent(objectsOfA.reference)}`)).set(bearer(objectsOfA.requester.token)).expect(200);
    expect(ticket.body.reference).toBe('alpha#0001');
  }, LOOP_TIMEOUT);
});
