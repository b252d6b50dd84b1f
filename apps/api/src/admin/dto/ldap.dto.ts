import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LdapDirectoryView, LdapPerson, LdapTestResult } from '@tessera/ldap';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OptionalNotNull, SingleLine } from '../../http/request-fields';

export class LdapDirectoryRequest {
  @ApiProperty({ example: 'ldaps://ldap.example.org', description: 'ldap:// or ldaps://, host and optional port only' })
  @IsString()
  @Length(1, 500)
  @SingleLine()
  url!: string;

  @ApiPropertyOptional({ default: false, example: false, description: 'upgrade an ldap:// connection with StartTLS before binding' })
  @OptionalNotNull()
  @IsBoolean()
  startTls?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'cn=tessera,ou=services,dc=example,dc=org', description: 'the service account; null: anonymous search' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @SingleLine()
  bindDn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'service account password', description: 'write-only, stored sealed; left out: kept; null: removed' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  bindPassword?: string | null;

  @ApiProperty({ example: 'ou=people,dc=example,dc=org' })
  @IsString()
  @Length(1, 1000)
  @SingleLine()
  searchBase!: string;

  @ApiProperty({ example: '(&(objectClass=inetOrgPerson)(|(uid={{username}})(mail={{username}})))', description: '{{username}} is replaced by the typed name, escaped (RFC 4515)' })
  @IsString()
  @Length(1, 1000)
  @SingleLine()
  searchFilter!: string;

  @ApiPropertyOptional({ default: 'cn', example: 'cn' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 100)
  nameAttribute?: string;

  @ApiPropertyOptional({ default: 'mail', example: 'mail' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 100)
  emailAttribute?: string;

  @ApiPropertyOptional({ default: 'telephoneNumber', nullable: true, type: String, example: 'telephoneNumber' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  phoneAttribute?: string | null;

  @ApiPropertyOptional({ default: 'departmentNumber', nullable: true, type: String, example: 'departmentNumber', description: 'matched against department names' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  departmentAttribute?: string | null;

  @ApiPropertyOptional({ default: true, example: true, description: 'agents sign in through the directory' })
  @OptionalNotNull()
  @IsBoolean()
  forAgents?: boolean;

  @ApiPropertyOptional({ default: false, example: false, description: 'requesters sign in to the portal through the directory' })
  @OptionalNotNull()
  @IsBoolean()
  forRequesters?: boolean;

  @ApiPropertyOptional({ default: false, example: true, description: 'a first successful sign-in creates the account' })
  @OptionalNotNull()
  @IsBoolean()
  autoProvision?: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', description: 'where a new agent works when the directory names no known department' })
  @IsOptional()
  @IsUUID()
  agentDepartmentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c', description: 'the role of a new agent; required to provision agents' })
  @IsOptional()
  @IsUUID()
  agentRoleId?: string | null;

  @ApiPropertyOptional({ default: false, example: false, description: 'the portal takes no self-registration; requesters sign in with the directory' })
  @OptionalNotNull()
  @IsBoolean()
  portalLdapOnly?: boolean;

  @ApiPropertyOptional({ default: true, example: true, description: 'off: nobody signs in through the directory' })
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

export class LdapDirectoryResponse {
  @ApiProperty({ example: 'ldaps://ldap.example.org' }) url!: string;
  @ApiProperty({ example: false }) startTls!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'cn=tessera,ou=services,dc=example,dc=org' }) bindDn!: string | null;
  @ApiProperty({ example: true, description: 'the password itself is never returned' }) hasBindPassword!: boolean;
  @ApiProperty({ example: 'ou=people,dc=example,dc=org' }) searchBase!: string;
  @ApiProperty({ example: '(uid={{username}})' }) searchFilter!: string;
  @ApiProperty({ example: 'cn' }) nameAttribute!: string;
  @ApiProperty({ example: 'mail' }) emailAttribute!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'telephoneNumber' }) phoneAttribute!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'departmentNumber' }) departmentAttribute!: string | null;
  @ApiProperty({ example: true }) forAgents!: boolean;
  @ApiProperty({ example: false }) forRequesters!: boolean;
  @ApiProperty({ example: true }) autoProvision!: boolean;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }) agentDepartmentId!: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c' }) agentRoleId!: string | null;
  @ApiProperty({ example: false }) portalLdapOnly!: boolean;
  @ApiProperty({ example: true }) isActive!: boolean;
  @ApiProperty({ example: '2026-01-05T09:00:00.000Z' }) updatedAt!: Date;

  static of({ directory, hasBindPassword }: LdapDirectoryView): LdapDirectoryResponse {
    const { tenantId: _tenantId, bindSecret: _bindSecret, createdAt: _createdAt, ...rest } = directory;
    return { ...rest, hasBindPassword };
  }
}

export class LdapPersonResponse {
  @ApiProperty({ example: 'uid=marta,ou=people,dc=example,dc=org' }) dn!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Marta Puig' }) name!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'marta.puig@example.org' }) email!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '+34 600 000 001' }) phone!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Support' }) department!: string | null;

  static of(person: LdapPerson): LdapPersonResponse {
    return { ...person };
  }
}

export class LdapTestResponse {
  @ApiProperty({ example: 'The service account signed in and the filter found 3 people (at most 5 are shown)' }) summary!: string;
  @ApiProperty({ type: [LdapPersonResponse], description: 'the first people the filter finds, as they would be mapped' }) sample!: LdapPersonResponse[];

  static of(result: LdapTestResult): LdapTestResponse {
    return { summary: `The service account signed in and the filter found ${result.sample.length} people (at most 5 are shown)`, sample: result.sample.map(LdapPersonResponse.of) };
  }
}
