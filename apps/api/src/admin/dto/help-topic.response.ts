import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HelpTopicResponse } from '../../instance/dto/directory.response';

export class AdminHelpTopicResponse extends HelpTopicResponse {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) autoAssignStaffId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) autoAssignTeamId!: string | null;
  @ApiPropertyOptional({ example: 'MAT-{n:5}', nullable: true, type: String }) referenceFormat!: string | null;
  @ApiProperty({ description: 'false: its tickets get no auto-responses' }) autoResponse!: boolean;
}
