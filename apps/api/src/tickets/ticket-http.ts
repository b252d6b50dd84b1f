import { ExecutionContext, HttpCode, Injectable, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiParam } from '@nestjs/swagger';
import { AgentTicketService, AgentTickets, Caller, OpenedTicket, Ticket, TicketGate, TicketQueryService, stale } from '@tessera/tickets';
import type { Response } from 'express';
import { InstanceRequest, callerOf } from '../instance/instance-request';
import { TicketResponse } from './dto/ticket.response';
import { expectedVersion, setTicketEtag } from './etag';

export const REFERENCE = { name: 'reference', description: 'the ticket reference, URL-encoded (suport%23310)', example: 'suport%23310' };
export const IF_MATCH = { name: 'If-Match', required: false, description: 'the ETag last read; a stale one answers 409 ticket.stale' };

// A write on one ticket: who writes, the ticket's reference, the If-Match they sent, and the
// response that gets the new ETag (or 204).
export interface TicketTarget {
  caller: Caller;
  reference: string;
  ifMatch: string | undefined;
  response: Response;
}

export const Target = createParamDecorator((_data: unknown, context: ExecutionContext): TicketTarget => {
  const http = context.switchToHttp();
  const request = http.getRequest<InstanceRequest>();
  const reference = request.params.reference;
  if (typeof reference !== 'string') throw new Error('Target used on a route without :reference');
  return { caller: callerOf(request), reference, ifMatch: request.headers['if-match'], response: http.getResponse() };
});

const GONE_FROM_SIGHT = 'the action took the ticket out of your sight (another department, a confidential ticket, an assignment given away)';

// A POST/PATCH on `{reference}` that answers the ticket: 200 with it and its ETag, or 204 when
// the caller can no longer see it afterwards.
export function TicketAction(route: MethodDecorator, description: string) {
  return applyDecorators(
    route,
    HttpCode(200),
    ApiParam(REFERENCE),
    ApiHeader(IF_MATCH),
    ApiOkResponse({ type: TicketResponse, description: `${description}. ETag header: the new version` }),
    ApiNoContentResponse({ description: GONE_FROM_SIGHT }),
  );
}

// What the ticket controllers share: opening a ticket for a write with its If-Match check, and
// answering a ticket with its ETag.
@Injectable()
export class TicketHttp {
  constructor(
    private readonly gate: TicketGate,
    private readonly agentTickets: AgentTicketService,
    private readonly queries: TicketQueryService,
  ) {}

  // The ticket is locked until the request's transaction ends, so concurrent writes queue and
  // each sees the version before it; only a stale If-Match is refused, before anything changes.
  async openForWrite({ caller, reference, ifMatch }: Omit<TicketTarget, 'response'>) {
    const version = expectedVersion(ifMatch);
    const agent = await this.gate.forCaller(caller);
    const ticket = await agent.openForWrite(reference);
    if (version !== undefined && version !== ticket.version) throw stale(ticket.reference);
    return { agent, ticket, version };
  }

  // The ticket as `agent` sees it, with what they may do on it.
  async respond(ticket: Ticket, response: Response, agent: AgentTickets): Promise<TicketResponse> {
    setTicketEtag(response, ticket.version);
    const details = await this.queries.details(ticket);
    const lock = await this.agentTickets.lockOf(ticket);
    return { ...details, lock: lock ? { lockedBy: { id: lock.staffId, name: lock.name }, expiresAt: lock.expiresAt } : null, actions: agent.actions(ticket) };
  }

  // A ticket just opened: nobody holds its lock yet, and its details need not be read back.
  async respondOpened(opened: OpenedTicket, response: Response, agent: AgentTickets): Promise<TicketResponse> {
    setTicketEtag(response, opened.ticket.version);
    return { ...(await this.queries.opened(opened)), lock: null, actions: agent.actions(opened.ticket) };
  }

  // Runs an action on the target ticket and answers the ticket the action returns.
  async act(target: TicketTarget, action: (agent: AgentTickets, ticket: Ticket) => Promise<Ticket>): Promise<TicketResponse | undefined> {
    const { agent, ticket } = await this.openForWrite(target);
    const result = await action(agent, ticket);
    if (!agent.sees(result)) {
      target.response.status(204);
      return undefined;
    }
    return this.respond(result, target.response, agent);
  }
}
