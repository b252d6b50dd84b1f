import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DepartmentResponse } from '../../instance/dto/directory.response';

export class AdminDepartmentResponse extends DepartmentResponse {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) managerStaffId!: string | null;
  @ApiPropertyOptional({ example: 'office@example.org', nullable: true, type: String }) outgoingEmail!: string | null;
  @ApiProperty({ description: 'false: its tickets get no auto-responses' }) autoResponse!: boolean;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "the SLA plan of its tickets whose topic names none; null: the instance's default" })
  slaPlanId!: string | null;
}
