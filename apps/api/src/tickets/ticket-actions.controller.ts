import { Body, Delete, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { DomainError } from '@tessera/errors';
import { TicketWorkflowService } from '@tessera/tickets';
import { InstanceController } from '../instance/instance-controller.decorator';
import {
  AssignRequest,
  CollaboratorsRequest,
  DueRequest,
  EditTicketRequest,
  LinkRequest,
  MergeRequest,
  PriorityRequest,
  StatusRequest,
  TopicRequest,
  TransferRequest,
} from './dto/ticket-action.request';
import { CollaboratorsResponse } from './dto/ticket-action.response';
import { AddTagsRequest } from './dto/tag.dto';
import { TicketResponse } from './dto/ticket.response';
import { IF_MATCH, REFERENCE, Target, TicketAction, TicketHttp, TicketTarget } from './ticket-http';

const uuid = new ParseUUIDPipe({ version: undefined });
type Answer = Promise<TicketResponse | undefined>;

// The agent's actions on a ticket besides writing in its thread. Each one: 404 when the agent
// cannot see the ticket, 403 ticket.forbidden without the permission, 409 ticket.stale on a stale
// If-Match, an event in the thread, a new version.
@InstanceController('tickets', 'tickets')
export class TicketActionsController {
  constructor(
    private readonly http: TicketHttp,
    private readonly workflow: TicketWorkflowService,
  ) {}

  @TicketAction(Patch(':reference'), 'ticket.edit: subject, type, confidentiality, custom data; an "edited" event per changed field')
  edit(@Target() target: TicketTarget, @Body() body: EditTicketRequest): Answer {
    if (Object.values(body).every((value) => value === undefined)) throw new DomainError('invalid', 'request.empty', 'Nothing to change');
    return this.http.act(target, (agent, ticket) => this.workflow.edit(agent, ticket, body));
  }

  @TicketAction(Post(':reference/assign'), 'ticket.assign: to an active, unlocked agent and/or an active team; null clears a side')
  assign(@Target() target: TicketTarget, @Body() body: AssignRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.assign(agent, ticket, body));
  }

  @TicketAction(
    Post(':reference/claim'),
    'assigns the ticket to the caller: with ticket.assign, or with ticket.reply while no agent holds it (409 ticket.already-assigned otherwise)',
  )
  claim(@Target() target: TicketTarget): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.claim(agent, ticket));
  }

  @TicketAction(Post(':reference/release'), 'clears the agent of the assignment (the team stays): one’s own freely, another’s with ticket.assign')
  release(@Target() target: TicketTarget): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.release(agent, ticket));
  }

  @TicketAction(
    Post(':reference/transfer'),
    'ticket.transfer in the current department; the note becomes an internal note. 200 with the ticket while the caller still sees it, 204 when the new department is out of their sight',
  )
  transfer(@Target() target: TicketTarget, @Body() body: TransferRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.transfer(agent, ticket, body.departmentId, body.note));
  }

  @TicketAction(
    Post(':reference/status'),
    'resolved and closed need ticket.close, other statuses ticket.edit; 409 ticket.invalid-transition or ticket.open-tasks',
  )
  status(@Target() target: TicketTarget, @Body() body: StatusRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.setStatus(agent, ticket, body.statusId));
  }

  @TicketAction(
    Post(':reference/priority'),
    'ticket.edit: priorityId, or impact and urgency on matrix instances (the band also sets the due date unless it was set by hand)',
  )
  priority(@Target() target: TicketTarget, @Body() body: PriorityRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.setPriority(agent, ticket, body));
  }

  @TicketAction(Post(':reference/topic'), 'ticket.edit: an active help topic; the department stays')
  topic(@Target() target: TicketTarget, @Body() body: TopicRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.setTopic(agent, ticket, body.helpTopicId));
  }

  @TicketAction(Post(':reference/due'), 'ticket.edit: a due date set by hand, or null for the automatic one (SLA plan or matrix band, from creation)')
  due(@Target() target: TicketTarget, @Body() body: DueRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.setDue(agent, ticket, body.dueAt));
  }

  @Post(':reference/collaborators')
  @HttpCode(200)
  @ApiParam(REFERENCE)
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({
    type: CollaboratorsResponse,
    description: 'ticket.edit: adds a pasted list and/or an organization’s members; an unreadable address refuses all (400 with `invalid`)',
  })
  async addCollaborators(@Target() target: TicketTarget, @Body() body: CollaboratorsRequest): Promise<CollaboratorsResponse> {
    const { agent, ticket } = await this.http.openForWrite(target);
    const { added, alreadyThere } = await this.workflow.addCollaborators(agent, ticket, body);
    return { added, alreadyThere, ticket: await this.http.respond(ticket, target.response, agent) };
  }

  @TicketAction(Delete(':reference/collaborators/:requesterId'), 'ticket.edit; 404 ticket.collaborator-not-found when the person is not a collaborator')
  @ApiParam({ name: 'requesterId', format: 'uuid' })
  removeCollaborator(@Target() target: TicketTarget, @Param('requesterId', uuid) requesterId: string): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.removeCollaborator(agent, ticket, requesterId));
  }

  @TicketAction(Post(':reference/tags'), 'ticket.edit: puts tags on the ticket (unknown names join the instance’s list); 400 ticket.invalid-tag, 409 ticket.too-many-tags')
  addTags(@Target() target: TicketTarget, @Body() body: AddTagsRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.addTags(agent, ticket, body.tags));
  }

  @TicketAction(Delete(':reference/tags/:tag'), 'ticket.edit; 404 ticket.tag-not-found when the ticket has no such tag')
  @ApiParam({ name: 'tag', description: 'the tag’s name, URL-encoded', example: 'wi-fi' })
  removeTag(@Target() target: TicketTarget, @Param('tag') tag: string): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.removeTag(agent, ticket, tag));
  }

  @TicketAction(
    Post(':reference/merge'),
    'ticket.merge in both departments; answers the ticket merged into, which now holds the thread and whose reference the old one leads to',
  )
  merge(@Target() target: TicketTarget, @Body() body: MergeRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.merge(agent, ticket, body.into));
  }

  @TicketAction(Post(':reference/links'), 'ticket.link: the other ticket must be visible; parent_of is kept as the other’s child_of')
  link(@Target() target: TicketTarget, @Body() body: LinkRequest): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.link(agent, ticket, body.reference, body.kind));
  }

  @TicketAction(Delete(':reference/links/:other'), 'ticket.link; 404 ticket.link-not-found without such a link')
  @ApiParam({ name: 'other', description: 'the linked ticket’s reference, URL-encoded' })
  unlink(@Target() target: TicketTarget, @Param('other') other: string): Answer {
    return this.http.act(target, (agent, ticket) => this.workflow.unlink(agent, ticket, other));
  }

  @Delete(':reference')
  @HttpCode(204)
  @ApiParam(REFERENCE)
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: 'ticket.delete: the ticket, its thread and the tickets merged into it are gone' })
  async remove(@Target() target: TicketTarget): Promise<void> {
    const { agent, ticket } = await this.http.openForWrite(target);
    await this.workflow.delete(agent, ticket);
  }
}
