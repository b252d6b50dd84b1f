import { ApiProperty } from '@nestjs/swagger';
import { OrganizationView } from '@tessera/requesters';

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ETSETB' }) name!: string;
  @ApiProperty({ type: [String], example: ['etsetb.upc.edu'] }) domains!: string[];
  @ApiProperty() autoAddMembers!: boolean;
  @ApiProperty() membersSeeAll!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of({ organization, domains }: OrganizationView): OrganizationResponse {
    const { id, name, autoAddMembers, membersSeeAll, createdAt, updatedAt } = organization;
    return { id, name, domains, autoAddMembers, membersSeeAll, createdAt, updatedAt };
  }
}
