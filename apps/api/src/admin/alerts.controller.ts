import { Body, Get, Patch } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { NotificationSettingsService } from '@tessera/notifications';
import { ChangesPipe } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import { UpdateAlertsRequest } from './dto/alerts.request';
import { AlertsResponse } from './dto/alerts.response';

// "Alerts and notices": which agents get each alert, which notices requesters get.
@AdminController('alerts')
export class AlertsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get()
  @ApiOkResponse({ type: AlertsResponse })
  get(): Promise<AlertsResponse> {
    return this.settings.view();
  }

  @Patch()
  @ApiOkResponse({ type: AlertsResponse, description: 'An enabled alert without recipients, or a key named twice, answers 400 alerts.invalid' })
  update(@Body(ChangesPipe) body: UpdateAlertsRequest): Promise<AlertsResponse> {
    return this.settings.update(body);
  }
}
