import { FieldValueResponse } from '../../instance/dto/form-field.response';
import { AttachmentResponse } from '../../tickets/dto/ticket.response';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_EVENTS } from '@tessera/tickets';
import type {
  PortalEventDetails,
  PortalReply,
  PortalStatus,
  PortalThreadEntry,
  PortalTicket,
  PortalTicketPage,
  PortalTicketSummary,
  TopicNode,
} from '@tessera/tickets';
import { TICKET_STATES, TicketState } from '@tessera/directory';

// The requester's view only: no internal entries, assignees, SLA, confidentiality or custom data.

export class PortalTopicResponse implements TopicNode {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Printing' }) name!: string;
  @ApiProperty({ type: () => [PortalTopicResponse] }) children!: PortalTopicResponse[];
}

export class PortalStatusResponse implements PortalStatus {
  @ApiProperty({ example: 'Waiting for your answer', description: 'the status as requesters see it' }) label!: string;
  @ApiProperty({ enum: TICKET_STATES }) state!: TicketState;
}

class PersonName {
  @ApiProperty({ example: 'Marta Soler' }) name!: string;
}

export class PortalTicketSummaryResponse implements PortalTicketSummary {
  @ApiProperty({ example: 'suport#310' }) reference!: string;
  @ApiProperty({ example: 'The printer on the 2nd floor jams' }) subject!: string;
  @ApiProperty({ type: PortalStatusResponse }) status!: PortalStatusResponse;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Printing' }) helpTopic!: string | null;
  @ApiProperty({ type: PersonName }) requester!: PersonName;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class PortalTicketPageResponse implements PortalTicketPage {
  @ApiProperty({ type: [PortalTicketSummaryResponse] }) items!: PortalTicketSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: String, example: 'WyIyMDI2LTExLTIyVDEwOjAwOjAwLjAwMFoiLCIwMTkzOGY2ZSJd' }) nextCursor!: string | null;
}

export class PortalEventDetailsResponse implements PortalEventDetails {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'We are working on it', description: 'status events: the former status, as requesters see it' }) from?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Solved', description: 'status events: the new status' }) to?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'collaborators added or removed' }) names?: string[];
  @ApiPropertyOptional({ minimum: 1, maximum: 5, example: 4 }) rating?: number;
}

export class PortalAuthorResponse {
  @ApiProperty({ example: 'Anna Puig' }) name!: string;
  @ApiProperty({ enum: ['requester', 'agent'] }) kind!: 'requester' | 'agent';
}

export class PortalThreadEntryResponse implements PortalThreadEntry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['message', 'response', 'event'], description: 'message: from a requester; response: from an agent' })
  kind!: 'message' | 'response' | 'event';
  @ApiPropertyOptional({ nullable: true, enum: TICKET_EVENTS }) event!: PortalThreadEntry['event'];
  @ApiProperty({ example: 'It works again, thank you!' }) body!: string;
  @ApiPropertyOptional({ nullable: true, type: PortalAuthorResponse }) author!: PortalAuthorResponse | null;
  @ApiPropertyOptional({ nullable: true, type: PortalEventDetailsResponse }) details!: PortalEventDetailsResponse | null;
  @ApiProperty({ type: [AttachmentResponse], description: 'download each at attachments/{id} of the ticket' }) attachments!: AttachmentResponse[];
  @ApiProperty() createdAt!: Date;
}

export class PortalRatingResponse {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5 }) value!: number;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Quick and friendly.' }) comment!: string | null;
  @ApiProperty() ratedAt!: Date;
}

export class PortalActionsResponse {
  @ApiProperty({ description: 'the caller may close the ticket' }) close!: boolean;
  @ApiProperty({ description: 'the caller may reopen the ticket' }) reopen!: boolean;
  @ApiProperty({ description: 'the caller may rate the ticket' }) rate!: boolean;
}

export class PortalTicketResponse extends PortalTicketSummaryResponse implements PortalTicket {
  @ApiProperty({ enum: ['requester', 'collaborator', 'organization'], description: 'how the caller takes part in the ticket' })
  role!: PortalTicket['role'];
  @ApiProperty({ type: [PersonName] }) collaborators!: PersonName[];
  @ApiPropertyOptional({ nullable: true, type: PortalRatingResponse }) rating!: PortalRatingResponse | null;
  @ApiProperty({ type: PortalActionsResponse }) actions!: PortalActionsResponse;
  @ApiProperty({ type: [FieldValueResponse], description: 'the filled-in fields the requester may see' }) fields!: FieldValueResponse[];
  @ApiProperty({ type: [PortalThreadEntryResponse], description: 'messages, responses and public events, oldest first' })
  thread!: PortalThreadEntryResponse[];
}

export class NewPortalTicketResponse {
  @ApiProperty({
    type: PortalTicketResponse,
    description: 'opened without a session: only what the caller sent; the guest link goes to the address by mail',
  })
  ticket!: PortalTicketResponse;
}

export class PortalReplyResponse implements PortalReply {
  @ApiProperty({ example: 'suport#311', description: 'the ticket that got the reply' }) reference!: string;
  @ApiProperty({ description: 'true when the ticket was closed and the reply opened a new, linked ticket' }) followUp!: boolean;
  @ApiProperty({ type: PortalThreadEntryResponse }) entry!: PortalThreadEntryResponse;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'tsg_7Qx2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9h', description: 'guest sessions: the follow-up ticket\'s guest link token' })
  guestToken!: string | null;
}
