import { Body, Delete, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiProduces } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { DomainError } from '@tessera/errors';
import { MailLogService } from '@tessera/intake';
import { RequesterContact } from '@tessera/requesters';
import {
  AgentTicketService,
  AgentTickets,
  AttachmentService,
  Caller,
  NewAttachment,
  EntryVisibility,
  Ticket,
  TicketError,
  TicketErrorCode,
  TicketGate,
  QueueCountsRepository,
  TicketQueryService,
  invalid,
} from '@tessera/tickets';
import { IdParam } from '../http/request-fields';
import { AcceptsUploads, UploadedAttachments } from '../http/uploads';
import { sendFile } from '../http/send-file';
import type { Response } from 'express';
import { ApiKeyRoute, CurrentCaller, CurrentStaff } from '../instance/instance-request';
import { InstanceController } from '../instance/instance-controller.decorator';
import { CreateTicketRequest, MessageRequest, NoteRequest, PersonRequest, QueueQuery } from './dto/ticket.request';
import { QueueCountsResponse } from './dto/queue-counts.response';
import { EntryResponse, LockResponse, QueuePageResponse, TicketResponse } from './dto/ticket.response';
import { setTicketEtag } from './etag';
import { IF_MATCH, REFERENCE, TicketHttp } from './ticket-http';

// The agent API: open tickets, read queues and threads, reply, note, and the composing lock.
@InstanceController('tickets', 'tickets')
export class TicketsController {
  constructor(
    private readonly gate: TicketGate,
    private readonly agentTickets: AgentTicketService,
    private readonly queries: TicketQueryService,
    private readonly counts: QueueCountsRepository,
    private readonly http: TicketHttp,
    private readonly attachments: AttachmentService,
    private readonly mailLog: MailLogService,
  ) {}

  @Post()
  @ApiKeyRoute('tickets.create')
  @ApiCreatedResponse({ type: TicketResponse, description: 'ETag header: the new version. With an API key the source is always api.' })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateTicketRequest, @Res({ passthrough: true }) response: Response): Promise<TicketResponse> {
    const agent = await this.gate.forCaller(caller);
    const { requester, collaborators, ...rest } = body;
    const source = caller.kind === 'api' ? 'api' : rest.source;
    if (!source) throw invalid('Say how the request reached you (phone, walk_in, other or internal)', 'source');
    const opened = await this.agentTickets.create(agent, {
      ...rest,
      source,
      requester: requester ? personOf(requester) : null,
      collaborators: collaborators?.map(personOf),
    });
    return this.http.respondOpened(opened, response, agent);
  }

  @Get()
  @ApiKeyRoute('tickets.read')
  @ApiOkResponse({ type: QueuePageResponse })
  async queue(@CurrentCaller() caller: Caller, @Query() query: QueueQuery): Promise<QueuePageResponse> {
    const agent = await this.gate.forCaller(caller);
    const { state, queue, sort, limit, ...filters } = query;
    return this.queries.queue(agent, { ...filters, states: state, queue: queue ?? 'all', sort: sort ?? '-activity', limit: limit ?? 50 });
  }

  // Declared before :reference, which would take "counts" for a reference.
  @Get('counts')
  @ApiOkResponse({ type: QueueCountsResponse, description: 'the signed-in agent’s queues, departments and statuses, counted as GET tickets lists them' })
  async queueCounts(@CurrentStaff() principal: StaffPrincipal): Promise<QueueCountsResponse> {
    const agent = await this.gate.forAgent(principal.staffId);
    return this.counts.count(agent.access);
  }

  @Get(':reference')
  @ApiParam(REFERENCE)
  @ApiKeyRoute('tickets.read')
  @ApiOkResponse({ type: TicketResponse, description: 'ETag header: the current version' })
  async get(@CurrentCaller() caller: Caller, @Param('reference') reference: string, @Res({ passthrough: true }) response: Response): Promise<TicketResponse> {
    const agent = await this.gate.forCaller(caller);
    return this.http.respond(await agent.open(reference), response, agent);
  }

  @Get(':reference/thread')
  @ApiParam(REFERENCE)
  @ApiKeyRoute('tickets.read')
  @ApiOkResponse({ type: [EntryResponse], description: 'restricted notes only for members of the ticket’s department' })
  async thread(@CurrentCaller() caller: Caller, @Param('reference') reference: string): Promise<EntryResponse[]> {
    const agent = await this.gate.forCaller(caller);
    const ticket = await agent.open(reference);
    return this.queries.thread(ticket, agent.visibilities(ticket));
  }

  @Get(':reference/attachments/:id')
  @ApiParam(REFERENCE)
  @ApiKeyRoute('tickets.read')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the file, as a download; 404 unless its entry is one the caller may read' })
  async attachment(@CurrentCaller() caller: Caller, @Param('reference') reference: string, @IdParam() id: string, @Res() response: Response): Promise<void> {
    await this.download(caller, reference, response, `No attachment ${id} on this ticket`, async (ticketId) => {
      const { attachment, entry, content } = await this.attachments.open(ticketId, id);
      return { file: attachment, entry, content };
    });
  }

  @Get(':reference/mail/:id')
  @ApiParam(REFERENCE)
  @ApiKeyRoute('tickets.read')
  @ApiProduces('message/rfc822')
  @ApiOkResponse({ description: 'the mail a thread entry came from, as received (with the quoted history the entry leaves out); the id is the entry’s data.mail.id' })
  async originalMail(@CurrentCaller() caller: Caller, @Param('reference') reference: string, @IdParam() id: string, @Res() response: Response): Promise<void> {
    await this.download(caller, reference, response, `No mail ${id} on this ticket`, async (ticketId) => {
      const { entry, content } = await this.mailLog.ofTicket(ticketId, id);
      return { file: { filename: `${id}.eml`, contentType: 'message/rfc822' }, entry, content };
    });
  }

  // A file of one thread entry, sent only when the caller may read that entry.
  private async download(
    caller: Caller,
    reference: string,
    response: Response,
    notFound: string,
    find: (ticketId: string) => Promise<{ file: { filename: string; contentType: string }; entry: { visibility: EntryVisibility }; content: Buffer }>,
  ): Promise<void> {
    const agent = await this.gate.forCaller(caller);
    const ticket = await agent.open(reference);
    const { file, entry, content } = await find(ticket.id);
    if (!agent.visibilities(ticket).includes(entry.visibility)) throw new TicketError(TicketErrorCode.NotFound, notFound);
    sendFile(response, file, content);
  }

  @Post(':reference/replies')
  @ApiParam(REFERENCE)
  @ApiHeader(IF_MATCH)
  @ApiKeyRoute('tickets.write')
  @AcceptsUploads(MessageRequest)
  @ApiCreatedResponse({ type: EntryResponse, description: 'the response; refused with 409 while another agent holds the lock' })
  async reply(
    @CurrentCaller() caller: Caller,
    @Param('reference') reference: string,
    @Body() body: MessageRequest,
    @UploadedAttachments() files: NewAttachment[],
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EntryResponse> {
    const { agent, ticket, version } = await this.http.openForWrite({ caller, reference, ifMatch });
    const entry = await this.agentTickets.reply(agent, ticket, body.message, version, files);
    setTicketEtag(response, ticket.version);
    return this.entryResponse(ticket, entry.id, agent);
  }

  @Post(':reference/notes')
  @ApiParam(REFERENCE)
  @ApiHeader(IF_MATCH)
  @ApiKeyRoute('tickets.write')
  @AcceptsUploads(NoteRequest)
  @ApiCreatedResponse({ type: EntryResponse })
  async note(
    @CurrentCaller() caller: Caller,
    @Param('reference') reference: string,
    @Body() body: NoteRequest,
    @UploadedAttachments() files: NewAttachment[],
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EntryResponse> {
    const { agent, ticket, version } = await this.http.openForWrite({ caller, reference, ifMatch });
    const entry = await this.agentTickets.note(agent, ticket, body.message, body.restricted ?? false, version, undefined, files);
    setTicketEtag(response, ticket.version);
    return this.entryResponse(ticket, entry.id, agent);
  }

  @Post(':reference/lock')
  @HttpCode(200)
  @ApiParam(REFERENCE)
  @ApiOkResponse({ type: LockResponse, description: 'taken or renewed; 409 with lockedBy when another agent holds it' })
  async lock(@CurrentStaff() principal: StaffPrincipal, @Param('reference') reference: string): Promise<LockResponse> {
    const agent = await this.gate.forAgent(principal.staffId);
    const holder = await this.agentTickets.lock(agent, await agent.open(reference));
    return { lockedBy: { id: holder.staffId, name: holder.name }, expiresAt: holder.expiresAt };
  }

  @Delete(':reference/lock')
  @HttpCode(204)
  @ApiParam(REFERENCE)
  @ApiNoContentResponse({ description: 'released (only one’s own lock)' })
  async unlock(@CurrentStaff() principal: StaffPrincipal, @Param('reference') reference: string): Promise<void> {
    const agent = await this.gate.forAgent(principal.staffId);
    await this.agentTickets.unlock(agent, await agent.open(reference));
  }

  private async entryResponse(ticket: Ticket, entryId: string, agent: AgentTickets): Promise<EntryResponse> {
    const [entry] = await this.queries.thread(ticket, agent.visibilities(ticket), entryId);
    return entry;
  }
}

function personOf(person: PersonRequest): RequesterContact | { id: string } {
  if (person.id) return { id: person.id };
  if (!person.email) throw new DomainError('invalid', 'request.invalid', 'Give a person’s id or e-mail address', { field: 'email' });
  return { email: person.email, name: person.name, phone: person.phone };
}
