import { ApiProperty, PartialType } from '@nestjs/swagger';
import { PERMISSIONS } from '@tessera/directory';
import { ArrayMaxSize, IsArray, IsString, Length, MaxLength } from 'class-validator';
import { SingleLine } from '../../http/request-fields';

export class CreateRoleRequest {
  @ApiProperty({ example: 'Front desk' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ enum: PERMISSIONS, isArray: true, example: ['ticket.create', 'ticket.reply'], description: 'unknown ones are refused by name' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  permissions!: string[];
}

export class UpdateRoleRequest extends PartialType(CreateRoleRequest, { skipNullProperties: false }) {}
