import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TEAM_ASSIGNMENT_MODES, TeamAssignmentMode, TeamView } from '@tessera/directory';

export class TeamResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Second line' }) name!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) leadStaffId!: string | null;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ enum: TEAM_ASSIGNMENT_MODES, example: 'round_robin' }) assignment!: TeamAssignmentMode;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 15 }) maxOpenPerAgent!: number | null;
  @ApiProperty({ type: [String], format: 'uuid' }) memberIds!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of({ team, memberIds }: TeamView): TeamResponse {
    const { id, name, leadStaffId, isActive, assignment, maxOpenPerAgent, createdAt, updatedAt } = team;
    return { id, name, leadStaffId, isActive, assignment, maxOpenPerAgent, memberIds, createdAt, updatedAt };
  }
}
