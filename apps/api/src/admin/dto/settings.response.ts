import { ApiProperty } from '@nestjs/swagger';
import { CLOSED_REPLY_POLICIES, SettingsView, PRIORITY_MODES, REGISTRATIONS, UNKNOWN_SENDER_POLICIES } from '@tessera/directory';

export class SettingsResponse {
  @ApiProperty({ example: 'suport#{n}' }) referenceFormat!: string;
  @ApiProperty({ enum: CLOSED_REPLY_POLICIES }) closedReplyPolicy!: string;
  @ApiProperty({ enum: REGISTRATIONS }) registration!: string;
  @ApiProperty({ enum: PRIORITY_MODES }) priorityMode!: string;
  @ApiProperty({ example: 300 }) lockSeconds!: number;
  @ApiProperty({ example: 14 }) autocloseDays!: number;
  @ApiProperty({ enum: UNKNOWN_SENDER_POLICIES }) unknownSenderPolicy!: string;
  @ApiProperty({ example: 5 }) autoresponseHourlyLimit!: number;
  @ApiProperty({ example: 0 }) maxOpenTickets!: number;
  @ApiProperty({ example: 10485760 }) attachmentMaxBytes!: number;
  @ApiProperty({ type: [String], example: ['image/*', 'application/pdf'] }) attachmentTypes!: string[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'where tickets naming neither a help topic nor a department go' })
  defaultHelpTopicId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'their department when there is no default help topic' })
  defaultDepartmentId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Universitat Exemple' }) companyName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '#1c5d99' }) primaryColor!: string | null;
  @ApiProperty({ example: true }) portalOnline!: boolean;
  @ApiProperty({ example: false, description: 'every agent must sign in with a second factor; agents without one set it up after their password' })
  requireTwoFactor!: boolean;
  @ApiProperty() updatedAt!: Date;

  static of(settings: SettingsView): SettingsResponse {
    const { referenceFormat, closedReplyPolicy, registration, priorityMode, lockSeconds, autocloseDays, updatedAt } = settings;
    const { unknownSenderPolicy, autoresponseHourlyLimit, maxOpenTickets, attachmentMaxBytes, attachmentTypes, defaultHelpTopicId, defaultDepartmentId } = settings;
    return {
      referenceFormat,
      closedReplyPolicy,
      registration,
      priorityMode,
      lockSeconds,
      autocloseDays,
      unknownSenderPolicy,
      autoresponseHourlyLimit,
      maxOpenTickets,
      attachmentMaxBytes,
      attachmentTypes,
      defaultHelpTopicId,
      defaultDepartmentId,
      companyName: settings.companyName,
      primaryColor: settings.primaryColor,
      portalOnline: settings.portalOnline,
      requireTwoFactor: settings.requireTwoFactor,
      updatedAt,
    };
  }
}

export class ReferenceCounterResponse {
  @ApiProperty({ example: 'Ticket#{n}' }) format!: string;
  @ApiProperty({ example: 11545, description: 'the number the next ticket gets' }) nextNumber!: number;
}
