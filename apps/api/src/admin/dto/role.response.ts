import { ApiProperty } from '@nestjs/swagger';
import { PERMISSIONS } from '@tessera/directory';

export class RoleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Front desk' }) name!: string;
  @ApiProperty({ enum: PERMISSIONS, isArray: true, example: ['ticket.create', 'ticket.reply'] }) permissions!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
