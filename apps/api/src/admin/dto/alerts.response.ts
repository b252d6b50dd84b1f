import { ApiProperty } from '@nestjs/swagger';
import { ALERT_AUDIENCES, ALERT_KEYS, NOTICE_KEYS } from '@tessera/notifications';

export class AlertSettingResponse {
  @ApiProperty({ enum: ALERT_KEYS }) key!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ enum: ALERT_AUDIENCES, isArray: true, description: 'the groups of agents it goes to' }) recipients!: string[];
  @ApiProperty({ description: 'as shipped' }) isDefault!: boolean;
}

export class NoticeSettingResponse {
  @ApiProperty({ enum: NOTICE_KEYS }) key!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: 'as shipped' }) isDefault!: boolean;
}

export class AlertsResponse {
  @ApiProperty({ type: [AlertSettingResponse], description: 'alerts to agents' }) alerts!: AlertSettingResponse[];
  @ApiProperty({ type: [NoticeSettingResponse], description: 'notices to requesters and collaborators' }) notices!: NoticeSettingResponse[];
}
