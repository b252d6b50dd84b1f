import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUTH_SOURCES, AuthSource } from '@tessera/auth';
import { AgentView } from '@tessera/directory';
import { StaffResponse } from '../../instance/dto/auth.response';

export class AgentDepartmentResponse {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ example: 'Support' }) departmentName!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null for a manager without a role' }) roleId!: string | null;
  @ApiPropertyOptional({ example: 'Expanded access', nullable: true, type: String }) roleName!: string | null;
  @ApiProperty({ description: 'the primary department' }) isPrimary!: boolean;
}

export class AgentResponse extends StaffResponse {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the role in the primary department' }) roleId!: string | null;
  @ApiProperty() isActive!: boolean;
  @ApiProperty() isLocked!: boolean;
  @ApiProperty({ example: 'Jordi Vila\nStudent office' }) signature!: string;
  @ApiProperty({ type: [AgentDepartmentResponse], description: 'the primary department first' }) departments!: AgentDepartmentResponse[];
  @ApiProperty({ type: [String], format: 'uuid' }) teamIds!: string[];
  @ApiProperty({ enum: AUTH_SOURCES, example: 'local', description: "ldap: the instance's directory checks the password" }) authSource!: AuthSource;
  @ApiPropertyOptional({ nullable: true, type: String, example: '+34 600 000 001', description: 'from the directory, for directory accounts' }) phone!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of({ staff, departments, teamIds }: AgentView): AgentResponse {
    const { roleId, isActive, isLocked, signature, authSource, phone, createdAt, updatedAt } = staff;
    return { ...StaffResponse.from(staff), roleId, isActive, isLocked, signature, departments, teamIds, authSource, phone, createdAt, updatedAt };
  }
}
