import { INestApplicationContext } from '@nestjs/common';
import { StaffService } from '@tessera/auth';
import { DirectoryService } from '@tessera/directory';
import { DomainError } from '@tessera/errors';
import { TenantDatabase } from '@tessera/database';
import { MailboxAdminService } from '@tessera/mailboxes';
import { ProvisioningService } from '@tessera/platform';
import { TenantService } from '@tessera/tenancy';
import { TicketService } from '@tessera/tickets';

export const DEMO = {
  slug: 'demo',
  name: 'Demo helpdesk',
  manager: { email: 'manager@demo.tessera.test', name: 'Demo Manager' },
  agent: { email: 'agent@demo.tessera.test', name: 'Demo Agent' },
  // Fed by the MTA pipe route with the token tools/start prints.
  mailbox: { name: 'Demo mailbox', address: 'help@demo.tessera.test' },
};

// The demo mailbox, created once; its pipe token is set to the given one.
async function ensureDemoMailbox(app: INestApplicationContext, token: string): Promise<void> {
  const mailboxes = app.get(MailboxAdminService);
  let mailbox = (await mailboxes.list()).find((view) => view.mailbox.address === DEMO.mailbox.address)?.mailbox;
  if (!mailbox) {
    const [department] = await app.get(DirectoryService).departments();
    mailbox = (await mailboxes.create({ ...DEMO.mailbox, departmentId: department.id })).mailbox;
  }
  await mailboxes.useInboundToken(mailbox.id, token);
}

// Creates the demo instance with a manager and an agent, or, when it exists, sets their
// passwords to the given ones so the credentials printed by tools/start are always true.
// A few tickets so the queues are not empty on first sight.
async function openDemoTickets(app: INestApplicationContext, departmentId: string, agentId: string): Promise<void> {
  const tickets = app.get(TicketService);
  const samples = [
    { email: 'joan.serra@example.org', name: 'Joan Serra', subject: 'Wi-Fi down in room A2', body: 'Nobody in A2 can connect since this morning.' },
    { email: 'marta.vidal@example.org', name: 'Marta Vidal', subject: 'Cannot print to the second-floor printer', body: 'The job stays in the queue forever.' },
    { email: 'pere.roca@example.org', name: 'Pere Roca', subject: 'New laptop for the intern', body: 'Starts on Monday; needs the usual software.' },
  ];
  for (const [index, sample] of samples.entries()) {
    await tickets.open(
      {
        requester: { email: sample.email, name: sample.name },
        subject: sample.subject,
        body: sample.body,
        source: index === 2 ? 'phone' : 'web',
        departmentId,
        type: index === 2 ? 'service_request' : 'incident',
        assigneeStaffId: index === 0 ? agentId : null,
      },
      { kind: 'system' },
    );
  }
}

export async function ensureDemoInstance(
  app: INestApplicationContext,
  passwords: { manager: string; agent: string },
  mailboxToken?: string,
): Promise<'created' | 'updated'> {
  const tenants = app.get(TenantService);
  const staff = app.get(StaffService);
  const db = app.get(TenantDatabase);
  let tenant;
  try {
    tenant = await tenants.get(DEMO.slug);
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
  }
  if (!tenant) {
    const created = await app.get(ProvisioningService).provision({
      slug: DEMO.slug,
      name: DEMO.name,
      manager: { ...DEMO.manager, password: passwords.manager },
    });
    await db.run(created.tenant, async () => {
      const agent = await staff.create({
        ...DEMO.agent,
        password: passwords.agent,
        isManager: false,
        primaryDepartmentId: created.department.id,
        roleId: created.roleIds.expanded,
      });
      await openDemoTickets(app, created.department.id, agent.id);
      if (mailboxToken) await ensureDemoMailbox(app, mailboxToken);
    });
    return 'created';
  }
  await db.run(tenant, async () => {
    if (!(await staff.setPassword(DEMO.manager.email, passwords.manager))) {
      await staff.create({ ...DEMO.manager, password: passwords.manager, isManager: true, primaryDepartmentId: null });
    }
    if (!(await staff.setPassword(DEMO.agent.email, passwords.agent))) {
      await staff.create({ ...DEMO.agent, password: passwords.agent, isManager: false, primaryDepartmentId: null });
    }
    if (mailboxToken) await ensureDemoMailbox(app, mailboxToken);
  });
  return 'updated';
}
