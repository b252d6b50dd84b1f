import { ApiProperty } from '@nestjs/swagger';
import { PersonResponse, TicketResponse } from './ticket.response';

export class CollaboratorsResponse {
  @ApiProperty({ type: [PersonResponse], description: 'now collaborators (new requesters were created for unknown addresses)' })
  added!: PersonResponse[];

  @ApiProperty({ type: [PersonResponse], description: 'already on the ticket, as its requester or a collaborator' })
  alreadyThere!: PersonResponse[];

  @ApiProperty({ type: TicketResponse, description: 'the ticket afterwards; the ETag header carries its version' })
  ticket!: TicketResponse;
}
