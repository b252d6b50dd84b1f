import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { WEBHOOK_KINDS, Webhook, WebhookDelivery } from '@tessera/webhooks';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsString, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class CreateWebhookRequest {
  @ApiProperty({ example: 'Chat notifications' })
  @IsString()
  @Length(1, 120)
  @SingleLine()
  name!: string;

  @ApiProperty({ example: 'https://hooks.example.org/tessera', description: 'http or https, without user name or password' })
  @IsString()
  @Length(1, 2000)
  @SingleLine()
  url!: string;

  @ApiProperty({ enum: WEBHOOK_KINDS, isArray: true, example: ['ticket.created', 'ticket.message'], description: 'the ticket events it receives; at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  kinds!: string[];

  @ApiPropertyOptional({ default: true, description: 'an inactive webhook receives nothing' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

export class UpdateWebhookRequest extends PartialType(CreateWebhookRequest) {}

export class WebhookResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Chat notifications' }) name!: string;
  @ApiProperty({ example: 'https://hooks.example.org/tessera' }) url!: string;
  @ApiProperty({ enum: WEBHOOK_KINDS, isArray: true }) kinds!: string[];
  @ApiProperty() isActive!: boolean;
  @ApiProperty({ example: 0, description: 'events in a row whose last attempt failed; a success resets it' }) consecutiveFailures!: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'when Tessera switched it off after TESSERA_WEBHOOKS_DISABLE_AFTER failed events in a row; switching it on again clears it',
  })
  disabledAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(webhook: Webhook): WebhookResponse {
    const { id, name, url, kinds, isActive, consecutiveFailures, disabledAt, createdAt, updatedAt } = webhook;
    return { id, name, url, kinds, isActive, consecutiveFailures, disabledAt, createdAt, updatedAt };
  }
}

export class WebhookWithSecretResponse extends WebhookResponse {
  @ApiProperty({ example: 'whsec_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk', description: 'shown this once; verifies X-Tessera-Signature' })
  secret!: string;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid', description: 'the event (X-Tessera-Delivery)' }) eventId!: string;
  @ApiProperty({ example: 'ticket.created' }) kind!: string;
  @ApiProperty({ enum: ['pending', 'sent', 'failed', 'refused'], description: 'pending: tried again later; refused: an internal address' }) status!: string;
  @ApiProperty({ example: 1, description: 'posts tried so far' }) attempts!: number;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 200, description: "the endpoint's last HTTP status" }) responseStatus!: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'connect ECONNREFUSED', description: 'why the last try failed' }) lastError!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(delivery: WebhookDelivery): WebhookDeliveryResponse {
    const { outboxId, kind, status, attempts, responseStatus, lastError, createdAt, updatedAt } = delivery;
    return { eventId: outboxId, kind, status, attempts, responseStatus, lastError, createdAt, updatedAt };
  }
}
