import { Column, Entity, PrimaryColumn } from 'typeorm';

// A ticket the worker opens at each occurrence of a recurrence rule.
@Entity({ name: 'recurring_tickets' })
export class RecurringTicket {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') rrule!: string;
  // Wall-clock time in the time zone, "2026-03-02T09:00".
  @Column('timestamp', { name: 'starts_at', transformer: { to: (value: string) => value, from: (value: Date | string) => wallClockText(value) } }) startsAt!: string;
  @Column('text') timezone!: string;
  @Column('text') subject!: string;
  @Column('text') body!: string;
  @Column('text', { name: 'requester_email' }) requesterEmail!: string;
  @Column('text', { name: 'requester_name', nullable: true }) requesterName!: string | null;
  @Column('uuid', { name: 'department_id' }) departmentId!: string;
  @Column('uuid', { name: 'help_topic_id', nullable: true }) helpTopicId!: string | null;
  @Column('uuid', { name: 'priority_id', nullable: true }) priorityId!: string | null;
  @Column('uuid', { name: 'assign_staff_id', nullable: true }) assignStaffId!: string | null;
  @Column('uuid', { name: 'assign_team_id', nullable: true }) assignTeamId!: string | null;
  @Column('text', { array: true }) tags!: string[];
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('timestamptz', { name: 'next_run_at', nullable: true }) nextRunAt!: Date | null;
  @Column('timestamptz', { name: 'last_run_at', nullable: true }) lastRunAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

// pg reads a `timestamp` (without zone) as a local Date of the process; its wall clock is the text.
function wallClockText(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 16).replace(' ', 'T');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(value.getHours())}:${pad(value.getMinutes())}`;
}
