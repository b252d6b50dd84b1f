import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_KEY_SCOPES, ApiKey } from '@tessera/auth';

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Network monitoring' }) name!: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['tickets.create'] }) scopes!: string[];
  @ApiProperty({ type: [String], example: ['192.0.2.0/24'] }) allowedNetworks!: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) createdByStaffId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastUsedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'set: the key no longer works' }) revokedAt!: Date | null;

  static of(key: ApiKey): ApiKeyResponse {
    const { id, name, scopes, allowedNetworks, createdByStaffId, createdAt, lastUsedAt, revokedAt } = key;
    return { id, name, scopes, allowedNetworks, createdByStaffId, createdAt, lastUsedAt, revokedAt };
  }
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ example: 'tsk_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk', description: 'shown this once; send as Authorization: Bearer <token>' })
  token!: string;
}
