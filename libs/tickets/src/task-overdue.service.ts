import { Injectable } from '@nestjs/common';
import { Outbox, TenantDatabase } from '@tessera/database';

// The overdue alerts of tasks. A sweep reads only the open tasks due by `now` and not alerted
// yet (the partial index tasks_falling_due holds nothing else), marks them with a conditional
// update and writes one event for each row it marked: a doubled or restarted worker finds the
// mark and writes nothing again. Runs in the tenant transaction.
@Injectable()
export class TaskOverdueService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
  ) {}

  // How many tasks fell due.
  async alertOverdue(now: Date = new Date()): Promise<number> {
    const [rows]: [{ id: string }[], number] = await this.db.manager.query(
      `update tasks set overdue_alerted_at = $1
        where closed_at is null and due_at is not null and overdue_alerted_at is null and due_at <= $1
        returning id`,
      [now],
    );
    for (const { id } of rows) await this.outbox.add('task.overdue', { taskId: id });
    return rows.length;
  }
}
