import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { OptionalNotNull } from '../../http/request-fields';

// The limits of the message_templates table.
const SUBJECT_LENGTH = 250;
const BODY_LENGTH = 20_000;

export class TemplateRequest {
  @ApiProperty({ example: '[{{ticket.reference}}] {{ticket.subject}}', maxLength: SUBJECT_LENGTH, description: 'one line' })
  @IsString()
  @Length(1, SUBJECT_LENGTH)
  subject!: string;

  @ApiProperty({
    example: 'Dear {{recipient.name}},\n\n{{message}}\n\n{{agent.name}}',
    maxLength: BODY_LENGTH,
    description: 'plain text; the HTML part is made from it (paragraphs, line breaks, links)',
  })
  @IsString()
  @Length(1, BODY_LENGTH)
  body!: string;
}

// A draft to preview; a part left out comes from the template in force.
export class TemplatePreviewRequest {
  @ApiPropertyOptional({ example: '[{{ticket.reference}}] Re: {{ticket.subject}}', maxLength: SUBJECT_LENGTH })
  @OptionalNotNull()
  @IsString()
  @Length(1, SUBJECT_LENGTH)
  subject?: string;

  @ApiPropertyOptional({ example: 'Hello {{recipient.name}},\n\n{{message}}', maxLength: BODY_LENGTH })
  @OptionalNotNull()
  @IsString()
  @Length(1, BODY_LENGTH)
  body?: string;
}
