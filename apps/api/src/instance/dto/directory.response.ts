import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_STATES } from '@tessera/directory';

// Responses never carry tenant_id: the instance is in the URL.
export function withoutTenant<T extends { tenantId: string }>(row: T): Omit<T, 'tenantId'> {
  const { tenantId, ...rest } = row;
  return rest;
}

class Timestamps {
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class DepartmentResponse extends Timestamps {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Support' }) name!: string;
  @ApiProperty({ description: 'shown to requesters' }) isPublic!: boolean;
}

export class HelpTopicResponse extends Timestamps {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ example: 'General inquiry' }) name!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) priorityId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) slaPlanId!: string | null;
  @ApiProperty() isPublic!: boolean;
  @ApiProperty() isActive!: boolean;
}

export class StatusResponse extends Timestamps {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Pending' }) name!: string;
  @ApiProperty({ enum: TICKET_STATES }) state!: string;
  @ApiProperty({ example: 'Waiting for your answer' }) requesterLabel!: string;
  @ApiProperty({ example: 3 }) sortOrder!: number;
  @ApiProperty() isDefault!: boolean;
}

export class PriorityResponse extends Timestamps {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'High' }) name!: string;
  @ApiProperty({ example: 2, description: '1 is the lowest' }) urgency!: number;
  @ApiProperty() isDefault!: boolean;
}

export class SlaPlanResponse extends Timestamps {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Default SLA' }) name!: string;
  @ApiProperty({ example: 480 }) firstResponseMinutes!: number;
  @ApiProperty({ example: 720 }) resolutionMinutes!: number;
  @ApiProperty({ example: 0 }) graceMinutes!: number;
  @ApiProperty() isDefault!: boolean;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "null: around the clock in the instance's time zone" }) scheduleId!: string | null;
  @ApiPropertyOptional({ example: 75, nullable: true, type: Number, description: 'warning at this percentage of a target; null: none' }) warnPercent!: number | null;
  @ApiProperty({ description: 'the clock stops while the ticket is pending' }) pauseWhenPending!: boolean;
}

// What every agent may know of a colleague: enough to assign a ticket or add a collaborator.
export class ColleagueResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Anna Puig' }) name!: string;
  @ApiProperty({ example: 'anna.puig@example.org' }) email!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'the departments the agent works in, the primary first' }) departmentIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) teamIds!: string[];
}

export class TeamSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Second line' }) name!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) memberIds!: string[];
}

export class OrganizationSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ETSETB' }) name!: string;
}
