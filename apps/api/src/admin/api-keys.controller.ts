import { Body, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { ApiKeyService, StaffPrincipal } from '@tessera/auth';
import { IdParam } from '../http/request-fields';
import { CurrentStaff } from '../instance/instance-request';
import { AdminController } from './admin-controller.decorator';
import { CreateApiKeyRequest } from './dto/api-key.request';
import { ApiKeyResponse, CreatedApiKeyResponse } from './dto/api-key.response';

@AdminController('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedApiKeyResponse, description: 'The token is in this answer only; keep it' })
  async create(@Body() body: CreateApiKeyRequest, @CurrentStaff() principal: StaffPrincipal): Promise<CreatedApiKeyResponse> {
    const { apiKey, token } = await this.keys.create(body, principal.staffId);
    return { ...ApiKeyResponse.of(apiKey), token };
  }

  @Get()
  @ApiOkResponse({ type: [ApiKeyResponse], description: 'Revoked keys included; never a token' })
  async list(): Promise<ApiKeyResponse[]> {
    return (await this.keys.list()).map(ApiKeyResponse.of);
  }

  @Get(':id')
  @ApiOkResponse({ type: ApiKeyResponse, description: 'Never a token' })
  async get(@IdParam() id: string): Promise<ApiKeyResponse> {
    return ApiKeyResponse.of(await this.keys.get(id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The key stops working at once and stays listed as revoked' })
  async revoke(@IdParam() id: string): Promise<void> {
    await this.keys.revoke(id);
  }
}
