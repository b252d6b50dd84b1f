import { ApiProperty } from '@nestjs/swagger';
import { NamedResponse, StatusRefResponse } from './ticket.response';

export class QueueCountsByQueueResponse {
  @ApiProperty({ example: 4, description: 'assigned to me, working states' }) mine!: number;
  @ApiProperty({ example: 7, description: 'assigned to my teams, working states' }) teams!: number;
  @ApiProperty({ example: 3, description: 'assigned to nobody, working states' }) unassigned!: number;
  @ApiProperty({ example: 12, description: 'in my departments, working states' }) department!: number;
  @ApiProperty({ name: 'due-soon', example: 2, description: "an SLA target past its plan's warning threshold, not yet met or breached" }) 'due-soon'!: number;
  @ApiProperty({ example: 1, description: 'due date passed, not resolved or closed' }) overdue!: number;
  @ApiProperty({ example: 58, description: 'every ticket I may see, in every state' }) all!: number;
}

export class DepartmentCountResponse extends NamedResponse {
  @ApiProperty({ example: 12, description: 'visible tickets in the working states (new, open, pending)' }) count!: number;
}

export class StatusCountResponse extends StatusRefResponse {
  @ApiProperty({ example: 5, description: 'visible tickets in this status' }) count!: number;
}

export class QueueCountsResponse {
  @ApiProperty({ type: QueueCountsByQueueResponse, description: 'what GET tickets?queue=... would list, counted' }) queues!: QueueCountsByQueueResponse;
  @ApiProperty({ type: [DepartmentCountResponse], description: 'by name: my departments (every department for managers), and others where something visible is open' })
  departments!: DepartmentCountResponse[];
  @ApiProperty({ type: [StatusCountResponse], description: 'every status, in display order' }) statuses!: StatusCountResponse[];
}
