import { ApiProperty } from '@nestjs/swagger';
import { InstancePage, LOGO_TYPES, PAGE_KINDS } from '@tessera/directory';
import { LANGUAGES } from '@tessera/tenancy';
import { IsBase64, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { NotBlank, SingleLine } from '../../http/request-fields';

export class PageRequest {
  @ApiProperty({ example: 'Welcome to the IT helpdesk' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  @NotBlank()
  title!: string;

  @ApiProperty({
    example: '<p>We answer on working days from 8 to 18. Urgent? Call <a href="tel:+34930000000">93 000 00 00</a>.</p>',
    description: 'HTML: formatting, headings, lists, tables, links and data: images are kept; anything that could run or load from elsewhere is removed',
  })
  @IsString()
  @MaxLength(50_000)
  body!: string;
}

export class PageResponse {
  @ApiProperty({ enum: PAGE_KINDS, example: 'landing' }) kind!: string;
  @ApiProperty({ enum: LANGUAGES, example: 'en' }) language!: string;
  @ApiProperty({ example: 'Welcome to the IT helpdesk' }) title!: string;
  @ApiProperty({ example: '<p>We answer on working days from 8 to 18.</p>', description: 'as kept: sanitised' }) body!: string;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z' }) updatedAt!: Date;

  static of({ kind, language, title, body, updatedAt }: InstancePage): PageResponse {
    return { kind, language, title, body, updatedAt };
  }
}

export class LogoRequest {
  @ApiProperty({ enum: LOGO_TYPES, example: 'image/png', description: 'must be what the bytes are' })
  @IsIn(LOGO_TYPES)
  contentType!: string;

  @ApiProperty({ example: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', description: 'the image, base64; 256 KiB at most' })
  @IsString()
  @IsBase64()
  @MaxLength(360_000)
  data!: string;
}

export class LogoResponse {
  @ApiProperty({ example: '/api/v1/t/demo/portal/logo?v=1767225600000' }) logoUrl!: string;
}
