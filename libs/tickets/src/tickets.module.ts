import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { DirectoryModule } from '@tessera/directory';
import { RequestersModule } from '@tessera/requesters';
import { AgentTicketService } from './agent-ticket.service';
import { AttachmentService } from './attachment.service';
import { BlobStore, PostgresBlobStore } from './blob-store';
import { CannedResponseService } from './canned-response.service';
import { PortalTicketService } from './portal-ticket.service';
import { QueueCountsRepository } from './queue-counts.repository';
import { RecurringTicketService } from './recurring-ticket.service';
import { ReferenceService } from './reference.service';
import { TaskOverdueService } from './task-overdue.service';
import { SlaClockRepository } from './sla-clock.repository';
import { SlaSweepService } from './sla-sweep.service';
import { TaskService } from './task.service';
import { TicketFilterAdminService } from './ticket-filter-admin.service';
import { TicketFilterRepository } from './ticket-filter.repository';
import { TicketFilterService } from './ticket-filter.service';
import { TicketGate } from './ticket-gate.service';
import { TicketQueryService } from './ticket-query.service';
import { TicketWorkflowService } from './ticket-workflow.service';
import { TicketService } from './ticket.service';
import { TeamAssignmentService } from './team-assignment.service';
import { TeamTurnRepository } from './team-turn.repository';
import { TicketTagService } from './ticket-tag.service';
import { TicketRuleActionsService } from './ticket-rule-actions.service';
import { TriggerAdminService } from './trigger-admin.service';
import { TriggerRepository } from './trigger.repository';
import { TriggerService } from './trigger.service';
import { TimeRuleActions } from './time-rule-actions';
import { TimeRuleAdminService } from './time-rule-admin.service';
import { TimeRuleRepository } from './time-rule.repository';
import { TimeRuleSweepService } from './time-rule-sweep.service';

const services = [
  TicketService,
  ReferenceService,
  TicketGate,
  AgentTicketService,
  TicketQueryService,
  QueueCountsRepository,
  TicketWorkflowService,
  PortalTicketService,
  AttachmentService,
  TaskService,
  CannedResponseService,
  TaskOverdueService,
  SlaClockRepository,
  SlaSweepService,
  RecurringTicketService,
  TeamTurnRepository,
  TeamAssignmentService,
  TicketTagService,
  TicketFilterRepository,
  TicketFilterService,
  TicketFilterAdminService,
  TicketRuleActionsService,
  TriggerRepository,
  TriggerService,
  TriggerAdminService,
  TimeRuleRepository,
  TimeRuleAdminService,
  TimeRuleActions,
  TimeRuleSweepService,
];

@Module({
  imports: [AuthModule, DirectoryModule, RequestersModule],
  providers: [...services, { provide: BlobStore, useClass: PostgresBlobStore }],
  exports: [...services, BlobStore],
})
export class TicketsModule {}
