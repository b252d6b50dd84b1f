export { TicketsModule } from './tickets.module';
export { Actor, AssigneeNames, NewEntry, OpenTicket, OpenedTicket, ReplyOrigin, TicketChanges, TicketService, invalid, stale } from './ticket.service';
export { ReferenceService } from './reference.service';
export { AttachmentService, AttachmentSummary, NewAttachment } from './attachment.service';
export { BlobStore, PostgresBlobStore } from './blob-store';
export { Attachment, Blob, attachmentEntities } from './attachment.entities';
export { AgentTickets, Caller, TICKET_ACTIONS, TicketAction, TicketGate } from './ticket-gate.service';
export { AgentNewTicket, AgentTicketService, LockHolder } from './agent-ticket.service';
export { Delivery, QUEUE_SORTS, QueueFilter, QueuePage, QueueRow, QueueSort, ThreadEntry, TicketDetails, TicketQueryService } from './ticket-query.service';
export { QUEUES, Queue } from './queue-conditions';
export { CountedDepartment, CountedStatus, QueueCounts, QueueCountsRepository } from './queue-counts.repository';
export {
  PortalEventDetails,
  PortalNewTicket,
  PortalReply,
  PortalRole,
  PortalStatus,
  PortalThreadEntry,
  PortalTicket,
  PortalTicketPage,
  PortalTicketQuery,
  PortalTicketService,
  PortalTicketSummary,
} from './portal-ticket.service';
export { TopicNode, publicTopicTree, publicTopics } from './public-topic-tree';
export {
  AGENT_LINK_KINDS,
  AgentLinkKind,
  Assignment,
  CollaboratorInput,
  CollaboratorsAdded,
  MAX_PASTED_ADDRESSES,
  Person,
  PriorityChange,
  TicketEdit,
  TicketWorkflowService,
} from './ticket-workflow.service';
export { AddressList, ListedAddress, parseAddressList } from './address-list';
export { TicketError, TicketErrorCode } from './ticket.errors';
export { TaskOverdueService } from './task-overdue.service';
export { NewTask, TASK_ACTIONS, TASK_QUEUES, TaskAction, TaskChanges, TaskQueue, TaskService, TaskView } from './task.service';
export { canMove, isDone } from './ticket-state';
export { MAX_REFERENCE_FORMAT_LENGTH, parseReferenceFormat, referenceFormatProblem } from './reference-format';
export { guestToken, guestTokenMatches, newTokenSalt } from './guest-token';
export {
  EntryKind,
  EntryVisibility,
  LinkKind,
  ParticipantRole,
  TICKET_EVENTS,
  TICKET_SOURCES,
  TICKET_TYPES,
  Task,
  TaskNote,
  Ticket,
  TicketEntry,
  TicketEvent,
  TicketLink,
  TicketLock,
  TicketParticipant,
  TicketSource,
  TicketType,
  ticketEntities,
} from './ticket.entities';
export { AttachmentLimits, AttachmentRefusal, attachmentLimitsOf, attachmentRefusal } from './attachment-limits';
export { CannedResponse, CannedResponseFile } from './canned-response.entities';
export { CannedResponseInput, CannedResponseService, CannedResponseView } from './canned-response.service';
export { CANNED_VARIABLES, FilledCannedResponse } from './canned-values';
export { RecurringTicket } from './recurring-ticket.entities';
export { RecurringRun, RecurringSweepResult, RecurringTicketInput, RecurringTicketService } from './recurring-ticket.service';
export { ClockRow, DueInstance, SlaClockRepository } from './sla-clock.repository';
export { SlaSweepResult, SlaSweepService } from './sla-sweep.service';
export { AssignmentCandidate, AssignmentRule, chooseAssignee } from './team-assignment';
export { TeamTurn, TeamTurnRepository } from './team-turn.repository';
export { TeamAssignmentService } from './team-assignment.service';
export { MAX_TAG_SUGGESTIONS, TicketTagService } from './ticket-tag.service';
export { MAX_TAGS_PER_REQUEST, MAX_TAGS_PER_TICKET, MAX_TAG_LENGTH, normalizeTag } from './tag-name';
export { TicketFilter } from './ticket-filter.entity';
export { FilterDryRun, FilterSample, TicketFilterAdminService, TicketFilterInput } from './ticket-filter-admin.service';
export { AppliedAction, AppliedFilter, FilterPlan, TicketFilterService, channelOf } from './ticket-filter.service';
export { RuleRun, TicketRuleActionsService } from './ticket-rule-actions.service';
export { Trigger } from './trigger.entity';
export { TriggerAdminService, TriggerInput } from './trigger-admin.service';
export { TRIGGERING_KINDS, TRIGGER_EVENT_OF, TriggerRunResult, TriggerService, TriggeringKind, changesOf } from './trigger.service';
export { TimeRule } from './time-rule.entity';
export { refreshTimeRuleDue } from './time-rule.repository';
export { TimeRuleAdminService, TimeRuleInput } from './time-rule-admin.service';
export { TimeRuleActionDone, TimeRuleActions } from './time-rule-actions';
export { TimeRuleSweepResult, TimeRuleSweepService } from './time-rule-sweep.service';
