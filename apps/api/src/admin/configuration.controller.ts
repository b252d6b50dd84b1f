import { Body, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ConfigurationService } from '@tessera/platform';
import { AdminController } from './admin-controller.decorator';
import { ConfigurationFileRequest, ConfigurationFileResponse, ConfigurationImportQuery, ConfigurationPlanResponse } from './dto/configuration.dto';

// The instance's configuration as one versioned file, without people, tickets or secrets.
@AdminController('configuration')
export class ConfigurationController {
  constructor(private readonly configuration: ConfigurationService) {}

  @Get('export')
  @ApiOkResponse({ type: ConfigurationFileResponse })
  async export(): Promise<ConfigurationFileResponse> {
    return ConfigurationFileResponse.of(await this.configuration.export());
  }

  @Post('import')
  @HttpCode(200)
  @ApiOkResponse({
    type: ConfigurationPlanResponse,
    description: 'Creates and updates rows by natural key, never removes; all or nothing. 400 configuration.invalid names the member at fault; configuration.unsupported-version for a newer file',
  })
  async import(@Body() body: ConfigurationFileRequest, @Query() query: ConfigurationImportQuery): Promise<ConfigurationPlanResponse> {
    return ConfigurationPlanResponse.of(await this.configuration.import(body, { dryRun: query.dryRun ?? false }));
  }
}
