import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DepartmentMember } from '@tessera/directory';
import { IsUUID } from 'class-validator';

export class DepartmentMemberRequest {
  @ApiProperty({ format: 'uuid', example: '0193a4e2-5b7c-7def-8a12-3456789abcde', description: "the agent's role in the department; never one with a permission the caller's role there lacks" })
  @IsUUID()
  roleId!: string;
}

export class DepartmentMemberResponse {
  @ApiProperty({ format: 'uuid' }) staffId!: string;
  @ApiProperty({ example: 'Marta Soler' }) name!: string;
  @ApiProperty({ example: 'marta.soler@example.org' }) email!: string;
  @ApiProperty({ description: 'an instance manager: their place is kept by managers' }) isManager!: boolean;
  @ApiProperty() isActive!: boolean;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) roleId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Limited access' }) roleName!: string | null;
  @ApiProperty({ description: 'their primary department: a manager moves them out of it' }) isPrimary!: boolean;

  static of(member: DepartmentMember): DepartmentMemberResponse {
    const { staffId, name, email, isManager, isActive, roleId, roleName, isPrimary } = member;
    return { staffId, name, email, isManager, isActive, roleId, roleName, isPrimary };
  }
}
