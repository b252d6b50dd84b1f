import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_STATES } from '@tessera/directory';
import { DELIVERY_STATES } from '@tessera/mailboxes';
import { TEMPLATE_KEYS } from '@tessera/notifications';
import { TICKET_ACTIONS } from '@tessera/tickets';

export class NamedResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Support' }) name!: string;
}

export class StatusRefResponse extends NamedResponse {
  @ApiProperty({ enum: TICKET_STATES }) state!: string;
}

export class PriorityRefResponse extends NamedResponse {
  @ApiProperty({ example: 2 }) urgency!: number;
}

export class PersonResponse extends NamedResponse {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'joan.serra@example.org' }) email!: string | null;
}

export class LockResponse {
  @ApiProperty({ type: NamedResponse, description: 'who is replying' }) lockedBy!: NamedResponse;
  @ApiProperty() expiresAt!: Date;
}

export class LinkResponse {
  @ApiProperty({ example: 'suport#311' }) reference!: string;
  @ApiProperty({ example: 'Wi-Fi down in the whole building' }) subject!: string;
  @ApiProperty({ enum: ['child_of', 'parent_of', 'related', 'duplicate_of', 'duplicated_by'] }) kind!: string;
}

export class QueueRowResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'suport#310' }) reference!: string;
  @ApiProperty({ example: 'Wi-Fi down in room A2' }) subject!: string;
  @ApiProperty({ type: StatusRefResponse }) status!: StatusRefResponse;
  @ApiProperty({ type: PriorityRefResponse }) priority!: PriorityRefResponse;
  @ApiProperty({ type: NamedResponse }) department!: NamedResponse;
  @ApiPropertyOptional({ type: NamedResponse, nullable: true }) helpTopic!: NamedResponse | null;
  @ApiProperty({ type: NamedResponse }) requester!: NamedResponse;
  @ApiPropertyOptional({ type: NamedResponse, nullable: true }) assignee!: NamedResponse | null;
  @ApiPropertyOptional({ type: NamedResponse, nullable: true }) team!: NamedResponse | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'SLA due date' }) dueAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'the earliest SLA due date not met yet: first response or resolution; null while pending or when met' })
  nextDueAt!: Date | null;
  @ApiProperty() isOverdue!: boolean;
  @ApiProperty() isConfidential!: boolean;
  @ApiProperty({ type: [String], example: ['vpn', 'wi-fi'], description: 'its tags, alphabetically' }) tags!: string[];
  @ApiProperty() lastActivityAt!: Date;
  @ApiProperty() createdAt!: Date;
}

export class QueuePageResponse {
  @ApiProperty({ type: [QueueRowResponse] }) items!: QueueRowResponse[];
  @ApiPropertyOptional({ nullable: true, type: String, example: 'WyIyMDI2LTExLTIyVDEwOjAwOjAwLjAwMFoiLCIwMTkzOGY2ZSJd', description: 'pass as ?cursor= for the next page' }) nextCursor!: string | null;
}

export class SlaTargetResponse {
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'null while the clock stands still (pending)' }) dueAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'first public agent response, or resolution' }) metAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'when the target passed its due date plus grace unmet' }) breachedAt!: Date | null;
  @ApiProperty({ example: false }) breached!: boolean;
  @ApiProperty({ example: 90, description: 'business minutes the clock stood still while the ticket was pending' }) pausedMinutes!: number;
}

export class TicketSlaResponse {
  @ApiProperty({ type: SlaTargetResponse }) firstResponse!: SlaTargetResponse;
  @ApiProperty({ type: SlaTargetResponse }) resolution!: SlaTargetResponse;
  @ApiProperty({ example: false, description: 'the clock stands still: the ticket is pending' }) paused!: boolean;
}

export class TicketResponse extends QueueRowResponse {
  @ApiProperty({ enum: ['incident', 'service_request', 'problem', 'change'] }) type!: string;
  @ApiProperty({ enum: ['web', 'email', 'phone', 'walk_in', 'api', 'internal', 'other'] }) source!: string;
  @ApiPropertyOptional({ type: NamedResponse, nullable: true }) slaPlan!: NamedResponse | null;
  @ApiPropertyOptional({ nullable: true, type: Number, enum: [1, 2, 4, 8] }) impact!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, enum: [1, 2, 4, 8] }) urgency!: number | null;
  @ApiProperty({ description: 'the due date was chosen by an agent; otherwise it follows the SLA plan or the priority matrix' }) dueByHand!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { building: 'A', room: '2.14' } }) customData!: object;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'joan.serra@example.org' }) requesterEmail!: string | null;
  @ApiProperty({ type: [PersonResponse] }) collaborators!: PersonResponse[];
  @ApiProperty({ type: [LinkResponse] }) links!: LinkResponse[];
  @ApiPropertyOptional({ type: LockResponse, nullable: true, description: 'set while another agent composes a reply' }) lock!: LockResponse | null;
  @ApiProperty({
    enum: TICKET_ACTIONS,
    isArray: true,
    example: ['reply', 'note', 'restrictedNote', 'assign', 'claim', 'transfer'],
    description: 'what the caller’s role allows on this ticket: status is a move to a new, open or pending status, close to a resolved or closed one; merge also needs ticket.merge in the target’s department',
  })
  actions!: string[];
  @ApiProperty({ example: 7, description: 'also sent as the ETag header; send it back in If-Match' }) version!: number;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) firstResponseAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) resolvedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) closedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 5, example: 5 }) rating!: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Fixed within the hour.' }) ratingComment!: string | null;
  @ApiPropertyOptional({ type: TicketSlaResponse, nullable: true, description: 'the SLA clock; null for a ticket without service targets' }) sla!: TicketSlaResponse | null;
}

export class AuthorResponse {
  @ApiProperty({ enum: ['staff', 'requester', 'system'] }) type!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) id!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Anna Puig' }) name!: string | null;
}

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'screenshot.png' }) filename!: string;
  @ApiProperty({ example: 'image/png' }) contentType!: string;
  @ApiProperty({ example: 48213, description: 'bytes' }) size!: number;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'part1.06090408.01060107@example.org', description: 'inline images: the cid the HTML body refers to' }) contentId!: string | null;
  @ApiProperty() isInline!: boolean;
}

export class DeliveryResponse {
  @ApiProperty({ example: 'marta.soler@example.org', description: 'the recipient' }) address!: string;
  @ApiProperty({ enum: TEMPLATE_KEYS, example: 'ticket.response', description: 'the mail: a notice (`ticket.`) or an alert to an agent (`alert.`)' }) template!: string;
  @ApiProperty({
    enum: DELIVERY_STATES,
    description: 'pending: waiting for the relay or for a retry; sent: the relay took it; failed: given up; suppressed: not sent, the hourly auto-response cap was reached',
  })
  status!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '01938f6e-52d0-7c11-b3a7-0e5f6a7b8c9d.4f1c9a0be27d5c3186a4e0f2@helpdesk.example.org',
    description: 'the Message-ID the mail goes out with, without angle brackets; null when it is not sent',
  })
  messageId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'when the relay took it' }) sentAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '451 4.3.0 Mailbox temporarily unavailable', description: 'the last refusal or error, while retrying or after giving up' })
  lastError!: string | null;
}

export class EntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['message', 'response', 'note', 'event'] }) kind!: string;
  @ApiProperty({ enum: ['public', 'internal', 'restricted'] }) visibility!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'assigned' }) event!: string | null;
  @ApiProperty({ example: 'We replaced the access point; please try again.' }) body!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { from: { id: '01938f6e-52d0-7c11-b3a7-0e5f6a7b8c9d', name: 'Support' }, to: { id: '01938f6e-5301-7b2e-8c55-6a1d3e9f0a22', name: 'Network' } } }) data!: object;
  @ApiProperty({ type: AuthorResponse }) author!: AuthorResponse;
  @ApiProperty({ type: [AttachmentResponse], description: 'download each at attachments/{id} of the ticket' }) attachments!: AttachmentResponse[];
  @ApiProperty({ type: [DeliveryResponse], description: 'the mails sent about this entry (notices to requesters, alerts to agents), oldest first' })
  deliveries!: DeliveryResponse[];
  @ApiProperty() createdAt!: Date;
}
