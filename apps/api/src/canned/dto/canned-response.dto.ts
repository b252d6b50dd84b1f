import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { CANNED_VARIABLES, CannedResponseView, FilledCannedResponse } from '@tessera/tickets';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { BooleanText, OptionalNotNull, SingleLine } from '../../http/request-fields';

const variables = CANNED_VARIABLES.map((name) => `{{${name}}}`).join(', ');

export class CreateCannedResponseRequest {
  @ApiProperty({ example: 'Password reset' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  title!: string;

  @ApiProperty({ example: 'Dear {{requester.name}},\n\nYou can choose a new password at https://id.example.org/reset.\n\n{{agent.signature}}', description: `may use ${variables}` })
  @IsString()
  @Length(1, 20000)
  body!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: "the department's own (canned.manage there); instance-wide without (managers)" })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ default: true, description: 'an inactive one is kept but not offered' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateCannedResponseRequest extends PartialType(CreateCannedResponseRequest, { skipNullProperties: false }) {}

export class CannedResponseListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "the instance-wide ones and this department's" })
  @OptionalNotNull()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'also the inactive ones' })
  @OptionalNotNull()
  @BooleanText()
  @IsBoolean()
  all?: boolean;
}

export class CannedFileResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'router-setup.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ example: 48213, description: 'bytes' }) size!: number;
}

export class CannedResponseResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Password reset' }) title!: string;
  @ApiProperty({ example: 'Dear {{requester.name}},\n\nYou can choose a new password at https://id.example.org/reset.' }) body!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null: instance-wide' }) departmentId!: string | null;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ description: 'whether you may change or delete it' }) mayManage!: boolean;
  @ApiProperty({ type: [CannedFileResponse], description: 'attached to the reply it goes into, and to the responses rules send with it' }) files!: CannedFileResponse[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(row: CannedResponseView): CannedResponseResponse {
    const { id, title, body, departmentId, isActive, mayManage, files, createdAt, updatedAt } = row;
    return { id, title, body, departmentId, isActive, mayManage, files: files.map((file) => ({ ...file })), createdAt, updatedAt };
  }
}

export class FilledCannedResponseResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Password reset' }) title!: string;
  @ApiProperty({ example: 'Dear Marta Soler,\n\nYou can choose a new password at https://id.example.org/reset.', description: "the text with the ticket's values" })
  body!: string;

  static of(filled: FilledCannedResponse): FilledCannedResponseResponse {
    return { ...filled };
  }
}
