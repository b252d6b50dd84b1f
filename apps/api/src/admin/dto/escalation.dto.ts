import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ESCALATION_ANCHORS, EscalationAnchor, EscalationStep } from '@tessera/directory';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../../http/request-fields';
import { MINUTES_IN_A_YEAR } from './sla-plan.request';

export class EscalationStepRequest {
  @ApiProperty({ enum: ESCALATION_ANCHORS, example: 'breach', description: "what the step counts from: the ticket's first breach or first warning" })
  @IsIn(ESCALATION_ANCHORS)
  after!: EscalationAnchor;

  @ApiProperty({ example: 60, minimum: 0, description: 'business minutes after it, on the plan’s schedule' })
  @IsInt()
  @Min(0)
  @Max(MINUTES_IN_A_YEAR)
  minutes!: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'transfer to this department (2nd / 3rd line)' })
  @IsOptional()
  @IsUUID()
  transferDepartmentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'assign to this agent' })
  @IsOptional()
  @IsUUID()
  assignStaffId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'assign to this team' })
  @IsOptional()
  @IsUUID()
  assignTeamId?: string | null;

  @ApiPropertyOptional({ default: false, description: 'raise the priority to the next more urgent one' })
  @OptionalNotNull()
  @IsBoolean()
  raisePriority?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', example: ['0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'], description: 'mail the escalation alert to these agents' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  notifyStaffIds?: string[];

  @ApiPropertyOptional({ default: false, example: true, description: "mail the escalation alert to the manager of the ticket's department" })
  @OptionalNotNull()
  @IsBoolean()
  notifyDepartmentManager?: boolean;
}

export class EscalationLineRequest {
  @ApiProperty({ type: [EscalationStepRequest], description: 'in order; an empty list removes the line' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepRequest)
  steps!: EscalationStepRequest[];
}

export class EscalationStepResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 1, description: '1 first' }) position!: number;
  @ApiProperty({ enum: ESCALATION_ANCHORS, example: 'breach' }) after!: EscalationAnchor;
  @ApiProperty({ example: 60 }) minutes!: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) transferDepartmentId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assignStaffId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) assignTeamId!: string | null;
  @ApiProperty({ example: true }) raisePriority!: boolean;
  @ApiProperty({ type: [String], format: 'uuid', example: ['0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'] }) notifyStaffIds!: string[];
  @ApiProperty({ example: false }) notifyDepartmentManager!: boolean;

  static from(step: EscalationStep): EscalationStepResponse {
    return {
      id: step.id,
      position: step.position,
      after: step.afterEvent,
      minutes: step.afterMinutes,
      transferDepartmentId: step.transferDepartmentId,
      assignStaffId: step.assignStaffId,
      assignTeamId: step.assignTeamId,
      raisePriority: step.raisePriority,
      notifyStaffIds: step.notifyStaffIds,
      notifyDepartmentManager: step.notifyDepartmentManager,
    };
  }
}

export class EscalationLineResponse {
  @ApiProperty({ type: [EscalationStepResponse] }) steps!: EscalationStepResponse[];
}
