import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONFIGURATION_FORMAT, CONFIGURATION_SECTION_NAMES, CONFIGURATION_VERSION, ConfigurationAction, ConfigurationChange, ConfigurationFile, ConfigurationPlan } from '@tessera/platform';
import { IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString } from 'class-validator';
import { BooleanText } from '../../http/request-fields';

const SECTIONS_EXAMPLE = {
  departments: [{ path: ['Support'], isPublic: true, outgoingEmail: null, autoResponse: true, slaPlan: 'Default SLA' }],
  priorities: [{ name: 'Urgent', urgency: 90, isDefault: false }],
};

// An instance's configuration as one file: what GET .../configuration/export writes and
// POST .../configuration/import reads. The sections are checked by the import, which names the
// member at fault (e.g. sections.helpTopics[2].department).
export class ConfigurationFileRequest {
  @ApiProperty({ enum: [CONFIGURATION_FORMAT], example: CONFIGURATION_FORMAT })
  @IsString()
  format!: string;

  @ApiProperty({ example: CONFIGURATION_VERSION, description: `the file's format version; this server reads 1 to ${CONFIGURATION_VERSION}` })
  @IsInt()
  version!: number;

  @ApiPropertyOptional({ example: '2026-01-02T10:00:00.000Z', description: 'ignored by the import' })
  @IsOptional()
  @IsString()
  exportedAt?: string;

  @ApiPropertyOptional({ example: { slug: 'acme' }, description: 'the instance exported; ignored by the import' })
  @IsOptional()
  @IsObject()
  instance?: object;

  @ApiPropertyOptional({ type: [String], example: ['tickets, tasks, their messages and attachments'], description: 'what the export left out; ignored by the import' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  leftOut?: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: SECTIONS_EXAMPLE,
    description: `one member per section (${CONFIGURATION_SECTION_NAMES.join(', ')}); a section left out is not touched`,
  })
  @IsObject()
  sections!: Record<string, unknown>;
}

export class ConfigurationFileResponse {
  @ApiProperty({ enum: [CONFIGURATION_FORMAT], example: CONFIGURATION_FORMAT }) format!: string;
  @ApiProperty({ example: CONFIGURATION_VERSION }) version!: number;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z' }) exportedAt!: string;
  @ApiProperty({ example: { slug: 'acme' } }) instance!: { slug: string };
  @ApiProperty({ type: [String], example: ['tickets, tasks, their messages and attachments'], description: 'what the file never holds' }) leftOut!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, example: SECTIONS_EXAMPLE, description: 'the rows of each section by natural key, without ids' })
  sections!: Record<string, unknown>;

  static of(file: ConfigurationFile): ConfigurationFileResponse {
    return file;
  }
}

export class ConfigurationImportQuery {
  @ApiPropertyOptional({ type: Boolean, example: true, description: 'true: answer the plan and write nothing' })
  @IsOptional()
  @BooleanText()
  @IsBoolean()
  dryRun?: boolean;
}

const ACTIONS: ConfigurationAction[] = ['create', 'update', 'unchanged'];

export class ConfigurationChangeResponse {
  @ApiProperty({ example: 'helpTopics' }) section!: string;
  @ApiProperty({ example: ['Hardware', 'Printers'], description: "the row's natural key, as the file writes it" }) key!: unknown;
  @ApiProperty({ enum: ACTIONS, example: 'create' }) action!: ConfigurationAction;
}

export class ConfigurationPlanResponse {
  @ApiProperty({ example: true, description: 'true: nothing was written' }) dryRun!: boolean;
  @ApiProperty({ example: CONFIGURATION_VERSION }) version!: number;
  @ApiProperty({ type: [ConfigurationChangeResponse] }) changes!: ConfigurationChange[];

  static of(plan: ConfigurationPlan): ConfigurationPlanResponse {
    return plan;
  }
}

