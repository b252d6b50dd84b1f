import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TEMPLATE_KEYS, TemplatePreview, TemplateSummary, TemplateView, VariableDefinition } from '@tessera/notifications';
import { LANGUAGES } from '@tessera/tenancy';

const KINDS = ['notice', 'alert', 'portal'];

export class TemplateVariableResponse {
  @ApiProperty({ example: 'ticket.reference' }) name!: string;
  @ApiProperty({ example: "the ticket's reference" }) description!: string;
  @ApiProperty({ example: 'suport#310', description: 'what the preview shows for it' }) sample!: string;
}

export class TemplateLanguageResponse {
  @ApiProperty({ enum: LANGUAGES }) language!: string;
  @ApiProperty({ description: "true: the instance's own text; false: the shipped one" }) overridden!: boolean;
  @ApiPropertyOptional({ nullable: true, type: Date }) updatedAt!: Date | null;
}

export class TemplateSummaryResponse {
  @ApiProperty({ enum: TEMPLATE_KEYS }) key!: string;
  @ApiProperty({ enum: KINDS, description: 'notice: to requesters; alert: to agents; portal: a one-time link' }) kind!: string;
  @ApiProperty({ example: "An agent's response" }) description!: string;
  @ApiProperty({ description: 'a ticket mail: its subject keeps [{{ticket.reference}}] and it carries the reply-above marker' })
  threaded!: boolean;
  @ApiProperty({ type: [String], example: ['ticket.reference', 'recipient.name'] }) variables!: string[];
  @ApiProperty({ type: [TemplateLanguageResponse] }) languages!: TemplateLanguageResponse[];

  static of({ definition, languages }: TemplateSummary): TemplateSummaryResponse {
    const { key, kind, description, threaded, variables } = definition;
    return { key, kind, description, threaded, variables: variables.map((v) => v.name), languages };
  }
}

export class TemplateTextResponse {
  @ApiProperty({ example: '[{{ticket.reference}}] {{ticket.subject}}' }) subject!: string;
  @ApiProperty({ example: 'Dear {{recipient.name}},\n\n{{message}}' }) body!: string;
}

export class TemplateResponse extends TemplateTextResponse {
  @ApiProperty({ enum: TEMPLATE_KEYS }) key!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: string;
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty({ description: 'a ticket mail: its subject keeps [{{ticket.reference}}]' }) threaded!: boolean;
  @ApiProperty({ description: "true: the instance's own text; false: the shipped one" }) overridden!: boolean;
  @ApiPropertyOptional({ nullable: true, type: Date }) updatedAt!: Date | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the manager who saved it' }) updatedByStaffId!: string | null;
  @ApiProperty({ type: TemplateTextResponse, description: 'the shipped text, which DELETE restores' }) shipped!: TemplateTextResponse;
  @ApiProperty({ type: [TemplateVariableResponse], description: 'the variables this template may use' }) variables!: TemplateVariableResponse[];

  static of(view: TemplateView): TemplateResponse {
    const { key, language, subject, body, overridden, updatedAt, updatedByStaffId, shipped, definition } = view;
    const variables = definition.variables.map(({ name, description, sample }: VariableDefinition) => ({ name, description, sample }));
    return { key, language, kind: definition.kind, threaded: definition.threaded, subject, body, overridden, updatedAt, updatedByStaffId, shipped, variables };
  }
}

export class TemplatePreviewResponse {
  @ApiProperty({ enum: TEMPLATE_KEYS }) key!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: string;
  @ApiProperty({ enum: ['draft', 'instance', 'shipped'], description: "what was rendered: the draft sent, the instance's text or the shipped one" })
  source!: string;
  @ApiProperty({ example: '[suport#310] Printer on fire' }) subject!: string;
  @ApiProperty({ example: 'Dear Marta Soler,\n\nThe printer works again.' }) text!: string;
  @ApiProperty({ example: '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n<p>Dear Marta Soler,</p>\n</body></html>\n' }) html!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { 'ticket.reference': 'suport#310' }, description: 'the sample values used' })
  values!: Record<string, string>;

  static of(preview: TemplatePreview): TemplatePreviewResponse {
    const { key, language, source, subject, text, html, values } = preview;
    return { key, language, source, subject, text, html, values };
  }
}
