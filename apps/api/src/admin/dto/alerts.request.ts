import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_AUDIENCES, ALERT_KEYS, AlertAudience, AlertKey, NOTICE_KEYS, NoticeKey } from '@tessera/notifications';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../../http/request-fields';

export class AlertChangeRequest {
  @ApiProperty({ enum: ALERT_KEYS })
  @IsIn(ALERT_KEYS)
  key!: AlertKey;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ enum: ALERT_AUDIENCES, isArray: true, description: 'replaces the groups of agents it goes to' })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(ALERT_AUDIENCES, { each: true })
  recipients?: AlertAudience[];
}

export class NoticeChangeRequest {
  @ApiProperty({ enum: NOTICE_KEYS })
  @IsIn(NOTICE_KEYS)
  key!: NoticeKey;

  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;
}

// Only the alerts and notices named change.
export class UpdateAlertsRequest {
  @ApiPropertyOptional({ type: [AlertChangeRequest] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(ALERT_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => AlertChangeRequest)
  alerts?: AlertChangeRequest[];

  @ApiPropertyOptional({ type: [NoticeChangeRequest] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(NOTICE_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => NoticeChangeRequest)
  notices?: NoticeChangeRequest[];
}
