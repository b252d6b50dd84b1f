import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TenantDatabase } from '@tessera/database';
import { AgentAdminService, DepartmentAdminService } from '@tessera/directory';
import { ProvisioningService } from '@tessera/platform';
import { QueueName } from '@tessera/queue';
import { SinkMessage, TestDatabase, TestSmtpSink, createTestDatabase, testConfig, testSmtpSink, waitUntil } from '@tessera/testing';
import { NewTask, TaskOverdueService, TaskService } from '@tessera/tickets';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { WorkerModule } from '../src/worker.module';
import { deliveryJobId } from '../src/processors/outbox/outbox.jobs';

// Task alerts (new, assigned, overdue) from the outbox to the SMTP sink, against real
// PostgreSQL, Redis and SMTP. The overdue sweep is given the time it runs at, so the test moves
// the clock instead of waiting. Addresses are unique to this file: other files share the sink.
describe('worker: task alerts', () => {
  const domain = 'taskalerts.example';
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let owner: Client;
  let sink: TestSmtpSink;
  let tenant: { id: string; slug: string };
  let queue: Queue;
  let support: string;
  let maintenance: string;
  const staff: Record<'manager' | 'anna' | 'ben' | 'dora' | 'erik', string> = { manager: '', anna: '', ben: '', dora: '', erik: '' };

  const run = <T>(work: () => Promise<T>): Promise<T> => worker.get(TenantDatabase).run(tenant, work);
  const newTask = (by: string, task: NewTask) => run(() => worker.get(TaskService).create(by, task));
  const sweep = (now: Date) => run(() => worker.get(TaskOverdueService).alertOverdue(now));
  const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = testSmtpSink();
    const config = testConfig(database, {
      TESSERA_SMTP_URL: `smtp://${sink.host}:${sink.port}`,
      TESSERA_MAIL_FROM: `Deployment <noreply@${domain}>`,
      TESSERA_PUBLIC_URL: 'https://help.taskalerts.example',
      WORKER_OUTBOX_INTERVAL_MS: '200',
      WORKER_HOUSEKEEPING_INTERVAL_SECONDS: '3600',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    queue = worker.get<Queue>(getQueueToken(QueueName.Outbox), { strict: false });
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const created = await worker.get(ProvisioningService).provision({
      slug: 'taller',
      name: 'Workshop',
      manager: { email: `manager@${domain}`, name: 'Marc Manager', password: 'a long enough password' },
    });
    tenant = { id: created.tenant.id, slug: created.tenant.slug };
    support = created.department.id;
    staff.manager = created.manager.id;
    await run(async () => {
      const departments = worker.get(DepartmentAdminService);
      maintenance = (await departments.create({ name: 'Maintenance' })).id;
      await departments.update(maintenance, { managerStaffId: staff.manager });
      const agents = worker.get(AgentAdminService);
      const agent = async (name: string, departmentId: string, language?: string) =>
        (await agents.create({ email: `${name}@${domain}`, name, password: 'a long enough password', primaryDepartmentId: departmentId, roleId: created.roleIds.all, language }))
          .staff.id;
      staff.anna = await agent('anna', support);
      staff.ben = await agent('ben', support, 'ca');
      staff.dora = await agent('dora', maintenance, 'de');
      staff.erik = await agent('erik', maintenance, 'nl');
    });
  });

  afterAll(async () => {
    await owner.end();
    await worker.close();
    await database.drop();
  });

  async function outboxOf(topic: string, taskId: string): Promise<string[]> {
    const { rows } = await owner.query(`select id from outbox where tenant_id = $1 and topic = $2 and payload ->> 'taskId' = $3 order by id`, [tenant.id, topic, taskId]);
    return rows.map((row) => row.id);
  }

  // Waits until the one outbox message of the topic about the task is delivered; its mail rows.
  async function delivered(topic: string, taskId: string): Promise<{ address: string; template: string; status: string; ticket_id: string | null }[]> {
    const ids = await outboxOf(topic, taskId);
    expect(ids).toHaveLength(1);
    await waitUntil(async () => {
      const state = await queue.getJobState(deliveryJobId(ids[0], 'ticket-mail'));
      if (state === 'failed') throw new Error(`delivery of ${topic} failed`);
      return state === 'completed';
    }, 20_000);
    const { rows } = await owner.query(`select address, template, status, ticket_id from mail_messages where tenant_id = $1 and outbox_id = $2 order by address`, [
      tenant.id,
      ids[0],
    ]);
    return rows;
  }

  const mailTo = (address: string, subject: string): Promise<SinkMessage> =>
    sink.waitFor((m) => m.envelope.rcptTo.includes(address) && (m.parsed.subject ?? '').includes(subject), 20_000);

  it('alerts the assignee of a new task in their language, with the link to the task, from the deployment', async () => {
    const task = await newTask(staff.manager, { title: 'Oil the lathe', departmentId: maintenance, assigneeStaffId: staff.dora, description: 'Use the blue can.' });
    const rows = await delivered('task.created', task.id);
    expect(rows).toEqual([{ address: `dora@${domain}`, template: 'alert.task.new', status: 'sent', ticket_id: null }]);

    const mail = await mailTo(`dora@${domain}`, 'Oil the lathe');
    expect(mail.parsed.subject).toBe('Neue Aufgabe: Oil the lathe');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Workshop', address: `noreply@${domain}` }]);
    expect(mail.parsed.text).toContain('Hallo dora,');
    expect(mail.parsed.text).toContain('Use the blue can.');
    expect(mail.parsed.text).toContain(`https://help.taskalerts.example/taller/scp/tasks/${task.id}`);
    expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it("alerts an unassigned new task's department, not the agent who created it", async () => {
    const task = await newTask(staff.dora, { title: 'Sweep the floor', departmentId: maintenance });
    const rows = await delivered('task.created', task.id);
    // Dora created it; the department's other agent gets it.
    expect(rows.map((row) => row.address)).toEqual([`erik@${domain}`]);
    expect((await mailTo(`erik@${domain}`, 'Sweep the floor')).parsed.subject).toBe('Nieuwe taak: Sweep the floor');
  });

  it('alerts the new assignee of a task, and nobody when the task is taken off everyone', async () => {
    const task = await newTask(staff.anna, { title: 'Order toner', departmentId: support, assigneeStaffId: staff.anna });
    // Anna gave it to herself: nobody to tell.
    expect(await delivered('task.created', task.id)).toEqual([]);
    await run(() => worker.get(TaskService).update(staff.anna, task.id, { assigneeStaffId: staff.ben }));
    const rows = await delivered('task.assigned', task.id);
    expect(rows.map((row) => [row.address, row.template])).toEqual([[`ben@${domain}`, 'alert.task.assigned']]);
    const mail = await mailTo(`ben@${domain}`, 'Order toner');
    expect(mail.parsed.subject).toBe('Tasca assignada a ben: Order toner');
    expect(mail.parsed.text).toContain('anna ha assignat la tasca Order toner');

    await run(() => worker.get(TaskService).update(staff.anna, task.id, { assigneeStaffId: null }));
    expect(await outboxOf('task.assigned', task.id)).toHaveLength(1);
  });

  it('alerts an overdue task once, however many sweeps run at once, and again after a new due date', async () => {
    const tasks = worker.get(TaskService);
    const late = await newTask(staff.manager, { title: 'Fix the door', departmentId: maintenance, assigneeStaffId: staff.erik, dueAt: hours(1) });
    const later = await newTask(staff.manager, { title: 'Paint the wall', departmentId: maintenance, assigneeStaffId: staff.erik, dueAt: hours(48) });
    const closed = await newTask(staff.manager, { title: 'Clean the window', departmentId: maintenance, assigneeStaffId: staff.erik, dueAt: hours(1) });
    await run(() => tasks.close(staff.manager, closed.id, true));

    // Nothing falls due now.
    expect(await sweep(new Date())).toBe(0);
    // Two hours on, three workers sweep at the same time: one task is due, alerted once.
    const counts = await Promise.all([sweep(hours(2)), sweep(hours(2)), sweep(hours(2))]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sweep(hours(3))).toBe(0);
    const rows = await delivered('task.overdue', late.id);
    // The assignee and the department's manager.
    expect(rows.map((row) => [row.address, row.template, row.status])).toEqual([
      [`erik@${domain}`, 'alert.task.overdue', 'sent'],
      [`manager@${domain}`, 'alert.task.overdue', 'sent'],
    ]);
    const mail = await mailTo(`erik@${domain}`, 'Taak over tijd: Fix the door');
    expect(mail.parsed.text).toContain('De taak Fix the door van Maintenance is over tijd');
    expect(await outboxOf('task.overdue', closed.id)).toEqual([]);
    expect(await outboxOf('task.overdue', later.id)).toEqual([]);

    // Two days on the other falls due; a new due date for the first lets it alert again.
    await run(() => tasks.update(staff.manager, late.id, { dueAt: hours(24) }));
    expect(await sweep(hours(49))).toBe(2);
    expect(await outboxOf('task.overdue', later.id)).toHaveLength(1);
    expect(await outboxOf('task.overdue', late.id)).toHaveLength(2);
  });

  it('reads the tasks falling due through the partial index of open, unalerted tasks, not all tasks', async () => {
    // Many open tasks without a due date, and many alerted already.
    await owner.query(
      `insert into tasks (tenant_id, id, department_id, title, due_at, overdue_alerted_at)
       select $1, gen_random_uuid(), $2, 'Routine ' || n, case when n % 2 = 0 then now() - interval '1 day' end, case when n % 2 = 0 then now() end
         from generate_series(1, 4000) n`,
      [tenant.id, maintenance],
    );
    await owner.query('analyze tasks');
    await owner.query('begin');
    try {
      const { rows } = await owner.query(
        `explain update tasks set overdue_alerted_at = now()
          where tenant_id = $1 and closed_at is null and due_at is not null and overdue_alerted_at is null and due_at <= now()`,
        [tenant.id],
      );
      expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('tasks_falling_due');
    } finally {
      await owner.query('rollback');
    }
  });
});
