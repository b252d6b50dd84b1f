import { TenantDatabase } from '@tessera/database';
import { DirectoryService, TicketState } from '@tessera/directory';
import { Ticket, TicketService } from '@tessera/tickets';
import { EntityManager } from 'typeorm';
import { Instance, TestApi, asOwner, at, bearer } from './api-harness';

export interface PortalUser {
  id: string;
  email: string;
  password: string;
  token: string;
}

// The one-time token the mail worker would send: read from the outbox like the worker will.
export async function mailedToken(api: TestApi, instance: Instance, topic: string, email: string): Promise<string> {
  const { rows } = await asOwner<{ payload: { token: string } }>(
    api,
    "select payload from outbox where tenant_id = $1 and topic = $2 and payload->>'email' = $3 order by id desc limit 1",
    [instance.id, topic, email],
  );
  if (!rows[0]) throw new Error(`No ${topic} mail for ${email} in the outbox of ${instance.slug}`);
  return rows[0].payload.token;
}

// Every outbox message of an instance to one address, oldest first.
export async function mailsTo(api: TestApi, instance: Instance, email: string): Promise<{ topic: string; payload: Record<string, string> }[]> {
  const { rows } = await asOwner<{ topic: string; payload: Record<string, string> }>(
    api,
    "select topic, payload from outbox where tenant_id = $1 and payload->>'email' = $2 order by id",
    [instance.id, email],
  );
  return rows;
}

// Registers through the portal and confirms with the mailed link: a signed-in requester.
export async function registerRequester(api: TestApi, instance: Instance, email: string, name = email): Promise<PortalUser> {
  const password = `password of ${email}`;
  await api.http().post(at(instance.slug, 'portal/auth/register')).send({ name, email, password }).expect(202);
  const token = await mailedToken(api, instance, 'requester.registration', email);
  const confirmed = await api.http().post(at(instance.slug, 'portal/auth/register/confirm')).send({ token }).expect(200);
  return { id: confirmed.body.requester.id, email, password, token: confirmed.body.token };
}

export async function portalLogin(api: TestApi, slug: string, email: string, password: string): Promise<string> {
  const response = await api.http().post(at(slug, 'portal/auth/login')).send({ email, password });
  if (response.status !== 200) throw new Error(`portal login to ${slug} failed: ${response.status} ${response.text}`);
  return response.body.token;
}

export async function firstTopicId(api: TestApi, slug: string): Promise<string> {
  const response = await api.http().get(at(slug, 'portal/help-topics')).expect(200);
  return response.body[0].id;
}

// Opens a ticket through the portal as a signed-in requester; returns its reference.
export async function openTicket(api: TestApi, slug: string, token: string, fields: Record<string, unknown> = {}): Promise<string> {
  const body = { helpTopicId: await firstTopicId(api, slug), subject: 'The printer jams', message: 'Every second page.', ...fields };
  const response = await api.http().post(at(slug, 'portal/tickets')).set(bearer(token)).send(body);
  if (response.status !== 201) throw new Error(`opening a ticket on ${slug} failed: ${response.status} ${response.text}`);
  return response.body.ticket.reference;
}

export async function setSettings(api: TestApi, instance: Instance, settings: { registration?: string; closed_reply_policy?: string }): Promise<void> {
  for (const [column, value] of Object.entries(settings)) {
    await asOwner(api, `update instance_settings set ${column} = $2 where tenant_id = $1`, [instance.id, value]);
  }
}

// Runs ticket work inside the instance's tenant transaction, as the agent API will.
export async function withTicket<T>(
  api: TestApi,
  instance: Instance,
  reference: string,
  work: (ticket: Ticket, tickets: TicketService, manager: EntityManager) => Promise<T>,
): Promise<T> {
  return api.app.get(TenantDatabase).run({ id: instance.id, slug: instance.slug }, async (manager) => {
    const tickets = api.app.get(TicketService);
    return work(await tickets.byReference(reference), tickets, manager);
  });
}

// Moves a ticket to the first status of a state, as the instance's manager.
export async function moveTicket(api: TestApi, instance: Instance, reference: string, state: TicketState): Promise<void> {
  await withTicket(api, instance, reference, async (ticket, tickets) =>
    tickets.moveTo(ticket, await api.app.get(DirectoryService).firstStatusIn(state), { kind: 'staff', staffId: instance.manager.id }),
  );
}

// The guest link token the mails to `email` about the ticket carry.
export const guestTokenOf = (api: TestApi, instance: Instance, reference: string, email: string): Promise<string> =>
  withTicket(api, instance, reference, async (_ticket, tickets) => (await tickets.guestLinkOf(reference, email))!.token);
