import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { WebhookAdminService } from '@tessera/webhooks';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { CreateWebhookRequest, UpdateWebhookRequest, WebhookDeliveryResponse, WebhookResponse, WebhookWithSecretResponse } from './dto/webhook.dto';

// HTTP endpoints that receive the instance's ticket events, signed with their own secret.
@AdminController('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookAdminService) {}

  @Get()
  @ApiOkResponse({ type: [WebhookResponse], description: 'Never a secret' })
  async list(): Promise<WebhookResponse[]> {
    return (await this.webhooks.list()).map(WebhookResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: WebhookWithSecretResponse, description: 'The secret is in this answer only; 400 webhook.invalid naming url or kinds' })
  async create(@Body() body: CreateWebhookRequest): Promise<WebhookWithSecretResponse> {
    const { webhook, secret } = await this.webhooks.create(body);
    return { ...WebhookResponse.of(webhook), secret };
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookResponse })
  async get(@IdParam() id: string): Promise<WebhookResponse> {
    return WebhookResponse.of(await this.webhooks.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: WebhookResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateWebhookRequest): Promise<WebhookResponse> {
    return WebhookResponse.of(await this.webhooks.update(id, body));
  }

  @Post(':id/secret')
  @ApiCreatedResponse({ type: WebhookWithSecretResponse, description: 'A new secret, in this answer only; the old one stops signing at once' })
  async replaceSecret(@IdParam() id: string): Promise<WebhookWithSecretResponse> {
    const { webhook, secret } = await this.webhooks.replaceSecret(id);
    return { ...WebhookResponse.of(webhook), secret };
  }

  @Get(':id/deliveries')
  @ApiOkResponse({ type: [WebhookDeliveryResponse], description: 'The latest 50, newest first' })
  async deliveries(@IdParam() id: string): Promise<WebhookDeliveryResponse[]> {
    return (await this.webhooks.deliveries(id)).map(WebhookDeliveryResponse.of);
  }

  @Post(':id/deliveries/:eventId/redeliver')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryResponse, description: 'The event is posted to this webhook again, soon; 404 webhook.delivery-not-found' })
  async redeliver(@IdParam() id: string, @IdParam('eventId') eventId: string): Promise<WebhookDeliveryResponse> {
    return WebhookDeliveryResponse.of(await this.webhooks.redeliver(id, eventId));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Its deliveries go with it' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.webhooks.delete(id);
  }
}
