import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Page } from '@tessera/database';
import { RequesterView } from '@tessera/requesters';

export class BouncedEmailResponse {
  @ApiProperty({ example: 'marta.soler@estudiantat.upc.edu' }) email!: string;
  @ApiProperty({ description: 'when the last delivery report for it arrived' }) bouncedAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Undelivered Mail Returned to Sender', description: "the report's subject" }) reason!: string | null;
}

export class RequesterResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Marta Soler' }) name!: string;
  @ApiProperty({ type: [String], example: ['marta.soler@estudiantat.upc.edu'], description: 'primary first' }) emails!: string[];
  @ApiProperty({ type: [BouncedEmailResponse], description: 'addresses mail to this requester bounced from; changing the addresses clears them' })
  bouncedEmails!: BouncedEmailResponse[];
  @ApiPropertyOptional({ example: '+34 934 01 00 00', nullable: true, type: String }) phone!: string | null;
  @ApiPropertyOptional({ example: 'ca', nullable: true, type: String }) language!: string | null;
  @ApiProperty() canLogin!: boolean;
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ type: [String], format: 'uuid' }) organizationIds!: string[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastLoginAt!: Date | null;

  static of({ requester, emails, bounces, organizationIds }: RequesterView): RequesterResponse {
    const { id, name, phone, language, canLogin, isActive, createdAt, updatedAt, lastLoginAt } = requester;
    return { id, name, emails, bouncedEmails: bounces, phone, language, canLogin, isActive, organizationIds, createdAt, updatedAt, lastLoginAt };
  }
}

export class RequesterPageResponse {
  @ApiProperty({ type: [RequesterResponse] }) items!: RequesterResponse[];
  @ApiPropertyOptional({ nullable: true, type: String, example: 'MDE5MzhmNmUtNTMwMS03YjJlLThjNTUtNmExZDNlOWYwYTIy', description: 'pass as ?cursor= for the next page' }) nextCursor!: string | null;

  static of(page: Page<RequesterView>): RequesterPageResponse {
    return { items: page.items.map(RequesterResponse.of), nextCursor: page.nextCursor };
  }
}
