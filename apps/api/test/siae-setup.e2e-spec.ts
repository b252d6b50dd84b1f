import { AdminClient, Instance, TestApi, adminClient, at, bearer, startTestApi } from './api-harness';
import { registerRequester } from './portal-harness';

// A student office's desk without a dispatcher, built through the admin API alone as the guide
// in docs/managers.md builds it: one department, 8 public and 2 private help topics, 12 teams
// that share their tickets in turn, 23 agents, 23 canned responses and 47 filters that route
// forwarded mail by sender and subject. Mail and portal tickets then reach a team and one of its
// agents with nobody sorting them.
describe('a student office desk without a dispatcher', () => {
  let api: TestApi;
  let desk: Instance;
  let admin: AdminClient;
  let departmentId: string;
  let token: string;
  const teamIds: Record<string, string> = {};
  const membersOf: Record<string, string[]> = {};
  const topicIds: Record<string, string> = {};
  const cannedIds: Record<string, string> = {};

  // Team, the agents it has, and the public help topic (if any) whose tickets it takes.
  const TEAMS: { name: string; agents: number; topic?: string }[] = [
    { name: 'Matrícula', agents: 2, topic: 'Matrícula i pagaments' },
    { name: 'Beques', agents: 2, topic: 'Beques i ajuts' },
    { name: 'Mobilitat', agents: 2, topic: 'Mobilitat i intercanvis' },
    { name: 'Pràctiques', agents: 2, topic: 'Pràctiques en empresa' },
    { name: 'Títols', agents: 2, topic: 'Títols' },
    { name: 'Convalidacions', agents: 2, topic: 'Convalidacions i reconeixements' },
    { name: 'Accés', agents: 2, topic: 'Accés i trasllats' },
    { name: 'Treballs finals', agents: 2, topic: 'Treballs de fi de grau i màster' },
    { name: 'Exàmens', agents: 2 },
    { name: 'Horaris', agents: 2 },
    { name: 'Certificats', agents: 2 },
    { name: 'Informació', agents: 1 },
  ];
  const PRIVATE_TOPICS = ['Tasques internes', 'Coordinació amb departaments'];

  // The filters, in order: [team, field, operator, value]. Sender rules come first, so that a
  // partner's mail reaches its team whatever its subject.
  const FILTERS: [string, string, string, string][] = [
    ['Mobilitat', 'from.domain', 'ends', 'erasmus.example'],
    ['Mobilitat', 'from.domain', 'equals', 'exchange-partner.example'],
    ['Pràctiques', 'from.domain', 'ends', 'empreses.example'],
    ['Pràctiques', 'from.address', 'equals', 'borsa.treball@etseib.example'],
    ['Beques', 'from.domain', 'equals', 'agaur.example'],
    ['Beques', 'from.domain', 'equals', 'ministeri.example'],
    ['Accés', 'from.address', 'equals', 'preinscripcio@universitats.example'],
    ['Títols', 'from.address', 'equals', 'titols@rectorat.example'],
    ['Certificats', 'from.address', 'starts', 'secretaria@'],
    ['Informació', 'from.domain', 'equals', 'premsa.example'],
    ['Matrícula', 'subject', 'regex', '\\bauto-?matr[ií]cula\\b'],
    ['Matrícula', 'subject', 'contains', 'matrícula'],
    ['Matrícula', 'subject', 'contains', 'pagament'],
    ['Matrícula', 'subject', 'contains', 'fraccionament'],
    ['Beques', 'subject', 'contains', 'beca'],
    ['Beques', 'subject', 'contains', 'ajut'],
    ['Beques', 'subject', 'regex', '\\bequitat\\b'],
    ['Mobilitat', 'subject', 'contains', 'erasmus'],
    ['Mobilitat', 'subject', 'contains', 'intercanvi'],
    ['Mobilitat', 'subject', 'contains', 'learning agreement'],
    ['Pràctiques', 'subject', 'contains', 'pràctiques'],
    ['Pràctiques', 'subject', 'contains', 'conveni'],
    ['Títols', 'subject', 'regex', '\\bt[ií]tol\\b'],
    ['Títols', 'subject', 'contains', 'suplement europeu'],
    ['Convalidacions', 'subject', 'contains', 'convalidació'],
    ['Convalidacions', 'subject', 'contains', 'reconeixement'],
    ['Convalidacions', 'subject', 'contains', 'adaptació'],
    ['Accés', 'subject', 'contains', 'preinscripció'],
    ['Accés', 'subject', 'contains', 'trasllat'],
    ['Accés', 'subject', 'regex', "\\bcanvi d'estudis\\b"],
    ['Treballs finals', 'subject', 'regex', '\\bTF[GM]\\b'],
    ['Treballs finals', 'subject', 'contains', 'treball final'],
    ['Treballs finals', 'subject', 'contains', 'defensa'],
    ['Exàmens', 'subject', 'contains', 'examen'],
    ['Exàmens', 'subject', 'contains', 'revisió de nota'],
    ['Exàmens', 'subject', 'contains', 'avaluació'],
    ['Exàmens', 'body', 'contains', 'qualificació provisional'],
    ['Horaris', 'subject', 'contains', 'horari'],
    ['Horaris', 'subject', 'contains', 'canvi de grup'],
    ['Horaris', 'subject', 'contains', 'calendari'],
    ['Certificats', 'subject', 'contains', 'certificat'],
    ['Certificats', 'subject', 'contains', 'expedient'],
    ['Certificats', 'subject', 'contains', 'rànquing'],
    ['Informació', 'subject', 'contains', 'jornada de portes obertes'],
    ['Informació', 'subject', 'contains', 'informació general'],
    ['Informació', 'to', 'equals', 'info@siae.example'],
    // Mail no rule above took: the general information team, so nothing waits for a person.
    // (Portal tickets without a matching rule go to their help topic's team.)
    ['Informació', 'channel', 'equals', 'mail'],
  ];
  // Filters that also answer at once with the team's canned response instead of the auto-response.
  const ANSWERED = new Set(['Certificats']);

  let piped = 0;
  const pipe = async (from: string, subject: string, body = 'Bon dia, us escric per una consulta.', to = 'tiquets@siae.example') => {
    piped += 1;
    const raw = [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Message-ID: <siae-${piped}@students.example>`, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
    const response = await api.http().post(at(desk.slug, 'mail/inbound')).set(bearer(token)).set('Content-Type', 'message/rfc822').send(Buffer.from(raw));
    expect([response.status, response.body.status]).toEqual([200, 'accepted']);
    return ticketOf(response.body.reference);
  };
  const ticketOf = async (reference: string) =>
    (
      await api.sql<{ id: string; team: string | null; staff: string | null; topic: string | null }>(
        `select t.id, m.name as team, t.assignee_staff_id as staff, h.name as topic
           from tickets t left join teams m on m.id = t.assignee_team_id left join help_topics h on h.id = t.help_topic_id where t.reference = $1`,
        [reference],
      )
    )[0];
  const expectTeam = (ticket: { team: string | null; staff: string | null }, team: string) => {
    expect(ticket.team).toBe(team);
    expect(membersOf[team]).toContain(ticket.staff);
  };

  beforeAll(async () => {
    api = await startTestApi();
    desk = await api.provision('siae');
    admin = adminClient(api, desk.slug, desk.token);
    departmentId = (await admin.get('departments').expect(200)).body[0].id;
    await admin.patch(`departments/${departmentId}`, { name: 'SIAE' }).expect(200);
    const roleId = (await admin.get('roles').expect(200)).body.find((r: { name: string }) => r.name === 'Limited access').id;

    let agentNumber = 0;
    for (const team of TEAMS) {
      const staffIds: string[] = [];
      for (let i = 0; i < team.agents; i++) {
        agentNumber += 1;
        const agent = { email: `agent${agentNumber}@siae.example`, name: `Agent ${agentNumber}`, password: `password of agent ${agentNumber}`, primaryDepartmentId: departmentId, roleId };
        staffIds.push((await admin.post('agents', agent).expect(201)).body.id);
      }
      const id = (await admin.post('teams', { name: team.name }).expect(201)).body.id;
      await admin.patch(`teams/${id}`, { assignment: 'round_robin' }).expect(200);
      await admin.put(`teams/${id}/members`, { staffIds }).expect(200);
      teamIds[team.name] = id;
      membersOf[team.name] = staffIds;
    }

    // The instance's first topic becomes the first public one; the others are new.
    const [first] = (await admin.get('help-topics').expect(200)).body;
    for (const [index, team] of TEAMS.filter((t) => t.topic).entries()) {
      const body = { name: team.topic, departmentId, isPublic: true, autoAssignTeamId: teamIds[team.name] };
      const saved = index === 0 ? await admin.patch(`help-topics/${first.id}`, body).expect(200) : await admin.post('help-topics', body).expect(201);
      topicIds[team.topic!] = saved.body.id;
    }
    for (const name of PRIVATE_TOPICS) topicIds[name] = (await admin.post('help-topics', { name, departmentId, isPublic: false }).expect(201)).body.id;

    // One canned response per team, and eleven more of the office's usual answers.
    for (const team of TEAMS) {
      const body = `Benvolgut/da {{requester.name}},\n\nHem rebut la vostra sol·licitud {{ticket.reference}}; l'equip de ${team.name} us respondrà aviat.`;
      cannedIds[team.name] = (await api.http().post(at(desk.slug, 'canned-responses')).set(bearer(desk.token)).send({ title: `Rebuda: ${team.name}`, body }).expect(201)).body.id;
    }
    for (let i = 1; i <= 11; i++) {
      await api.http().post(at(desk.slug, 'canned-responses')).set(bearer(desk.token)).send({ title: `Resposta habitual ${i}`, body: `Text ${i} per a {{requester.name}}.` }).expect(201);
    }

    for (const [index, [team, field, operator, value]] of FILTERS.entries()) {
      const answered = ANSWERED.has(team) ? [{ kind: 'send-canned-response', value: cannedIds[team] }, { kind: 'disable-auto-response' }] : [];
      const filter = { name: `${String(index + 1).padStart(2, '0')} ${team}: ${value}`, match: 'all', conditions: [{ field, operator, value }], actions: [{ kind: 'assign-team', value: teamIds[team] }, ...answered, { kind: 'stop' }] };
      await admin.post('filters', filter).expect(201);
    }

    // Forwarded requests arrive at one address that opens tickets.
    const mailboxId = (await admin.post('mailboxes', { name: 'Tiquets', address: 'tiquets@siae.example', departmentId }).expect(201)).body.id;
    token = (await admin.post(`mailboxes/${mailboxId}/inbound-token`, {}).expect(201)).body.token;
  }, 300_000);

  afterAll(() => api.close());

  it('holds the set-up as built: 12 teams in turn, 47 filters in order, 23 canned responses, 8 public topics', async () => {
    const teams = (await admin.get('teams').expect(200)).body as { name: string; assignment: string; memberIds: string[] }[];
    expect(teams.map((t) => [t.name, t.assignment, t.memberIds.length]).sort()).toEqual(TEAMS.map((t) => [t.name, 'round_robin', t.agents]).sort());
    const filters = (await admin.get('filters').expect(200)).body as { position: number; name: string }[];
    expect(filters).toHaveLength(47);
    expect(filters.map((f) => f.position)).toEqual(FILTERS.map((_, index) => index + 1));
    const canned = (await api.http().get(at(desk.slug, 'canned-responses')).set(bearer(desk.token)).expect(200)).body;
    expect(canned).toHaveLength(23);
    const agents = (await admin.get('agents').expect(200)).body as { isManager: boolean }[];
    expect(agents.filter((a) => !a.isManager)).toHaveLength(23);
    const portalTopics = (await api.http().get(at(desk.slug, 'portal/help-topics')).expect(200)).body as { name: string }[];
    expect(portalTopics.map((t) => t.name).sort()).toEqual(TEAMS.flatMap((t) => (t.topic ? [t.topic] : [])).sort());
  });

  it('routes forwarded mail by subject to the team that handles it, and gives it to one of its agents', async () => {
    const cases: [string, string][] = [
      ['Problema amb l’automatrícula', 'Matrícula'],
      ['Sol·licitud de beca de mobilitat', 'Beques'],
      ['Learning agreement signat', 'Mobilitat'],
      ['Conveni de pràctiques amb una empresa', 'Pràctiques'],
      ['Recollida del títol', 'Títols'],
      ['Convalidació d’assignatures', 'Convalidacions'],
      ['Trasllat d’expedient des d’una altra universitat', 'Accés'],
      ['Data de defensa del TFM', 'Treballs finals'],
      ['Revisió de nota de Física', 'Exàmens'],
      ['Canvi de grup de tarda', 'Horaris'],
      ['Certificat de notes en anglès', 'Certificats'],
      ['Una pregunta qualsevol', 'Informació'],
    ];
    for (const [subject, team] of cases) expectTeam(await pipe(`Estudiant <estudiant.${piped}@estudiantat.example>`, subject), team);
  });

  it('routes mail by its sender before its subject, and by a word in the body', async () => {
    expectTeam(await pipe('Oficina <office@uni-bologna.erasmus.example>', 'Nominations for next year'), 'Mobilitat');
    expectTeam(await pipe('RRHH <rrhh@acme.empreses.example>', 'Oferta per a estudiants'), 'Pràctiques');
    expectTeam(await pipe('Secretaria <secretaria@etseib.example>', 'Horari de la secretaria'), 'Certificats');
    expectTeam(await pipe('Professor <prof@etseib.example>', 'Consulta', 'La qualificació provisional no surt.'), 'Exàmens');
    expectTeam(await pipe('Algú <algu@example.org>', 'Sense paraules clau', 'Hola', 'Info <info@siae.example>'), 'Informació');
  });

  it('shares a team’s tickets between its agents in turn', async () => {
    const staff: string[] = [];
    for (let i = 0; i < 6; i++) staff.push((await pipe(`Estudiant <beca.${i}@estudiantat.example>`, `Dubte sobre la beca ${i}`)).staff!);
    const [a, b] = membersOf['Beques'];
    expect(staff.filter((s) => s === a)).toHaveLength(3);
    expect(staff.filter((s) => s === b)).toHaveLength(3);
    // In turn: never the same agent twice in a row.
    expect(staff.every((s, i) => i === 0 || s !== staff[i - 1])).toBe(true);
  });

  it('answers a certificate request with the canned response instead of the auto-response', async () => {
    const ticket = await pipe('Laia <laia@estudiantat.example>', 'Certificat acadèmic personal');
    expectTeam(ticket, 'Certificats');
    const [created] = await api.sql<{ payload: { autoResponse?: boolean } }>(`select payload from outbox where topic = 'ticket.created' and payload->>'ticketId' = $1`, [ticket.id]);
    expect(created.payload.autoResponse).toBe(false);
    const responses = await api.sql<{ body: string }>(`select body from ticket_entries where ticket_id = $1 and kind = 'response'`, [ticket.id]);
    expect(responses).toHaveLength(1);
    expect(responses[0].body).toContain("l'equip de Certificats us respondrà aviat");
    expect(responses[0].body).toContain('Benvolgut/da Laia');
  });

  it('gives portal tickets to the team of their help topic, unless a filter knows better', async () => {
    const student = await registerRequester(api, desk, 'pol@estudiantat.example', 'Pol');
    const open = async (topic: string, subject: string) => {
      const response = await api.http().post(at(desk.slug, 'portal/tickets')).set(bearer(student.token)).send({ helpTopicId: topicIds[topic], subject, message: 'Gràcies.' }).expect(201);
      return ticketOf(response.body.ticket.reference);
    };
    // No filter names these words: the topic's team takes it.
    const byTopic = await open('Títols', 'Recollida');
    expect(byTopic.topic).toBe('Títols');
    expectTeam(byTopic, 'Títols');
    const byFilter = await open('Matrícula i pagaments', 'Plaça Erasmus a Milà');
    expectTeam(byFilter, 'Mobilitat');
  });

  it('leaves no ticket without an agent', async () => {
    const [{ unassigned }] = await api.sql<{ unassigned: number }>(`select count(*)::int as unassigned from tickets where tenant_id = $1 and assignee_staff_id is null`, [desk.id]);
    expect(unassigned).toBe(0);
  });
});
