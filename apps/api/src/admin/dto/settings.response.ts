import { ApiProperty } from '@nestjs/swagger';
import { CLOSED_REPLY_POLICIES, InstanceSettings, PRIORITY_MODES, REGISTRATIONS } from '@tessera/directory';

export class SettingsResponse {
  @ApiProperty({ example: 'suport#{n}' }) referenceFormat!: string;
  @ApiProperty({ enum: CLOSED_REPLY_POLICIES }) closedReplyPolicy!: string;
  @ApiProperty({ enum: REGISTRATIONS }) registration!: string;
  @ApiProperty({ enum: PRIORITY_MODES }) priorityMode!: string;
  @ApiProperty({ example: 300 }) lockSeconds!: number;
  @ApiProperty({ example: 14 }) autocloseDays!: number;
  @ApiProperty() updatedAt!: Date;

  static of(settings: InstanceSettings): SettingsResponse {
    const { referenceFormat, closedReplyPolicy, registration, priorityMode, lockSeconds, autocloseDays, updatedAt } = settings;
    return { referenceFormat, closedReplyPolicy, registration, priorityMode, lockSeconds, autocloseDays, updatedAt };
  }
}
