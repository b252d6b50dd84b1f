import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TeamView } from '@tessera/directory';

export class TeamResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Second line' }) name!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) leadStaffId!: string | null;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ type: [String], format: 'uuid' }) memberIds!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of({ team, memberIds }: TeamView): TeamResponse {
    const { id, name, leadStaffId, isActive, createdAt, updatedAt } = team;
    return { id, name, leadStaffId, isActive, memberIds, createdAt, updatedAt };
  }
}
