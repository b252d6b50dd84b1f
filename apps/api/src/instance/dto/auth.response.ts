import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LoginResult, Staff } from '@tessera/auth';
import { AgentAccess, administeredDepartments } from '@tessera/directory';
import { Tenant } from '@tessera/tenancy';
import { SecondFactorChallenge } from './two-factor.response';

export class StaffResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'anna.puig@example.org' }) email!: string;
  @ApiProperty({ example: 'Anna Puig' }) name!: string;
  @ApiProperty({ description: 'instance manager: may configure the whole instance' }) isManager!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) primaryDepartmentId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'ca' }) language!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastLoginAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, example: '2026-08-31T07:00:00Z', description: 'away until then: automatic assignment passes the agent by' })
  awayUntil!: Date | null;

  static from(staff: Staff): StaffResponse {
    return {
      id: staff.id,
      email: staff.email,
      name: staff.name,
      isManager: staff.isManager,
      primaryDepartmentId: staff.primaryDepartmentId,
      language: staff.language,
      lastLoginAt: staff.lastLoginAt,
      awayUntil: staff.awayUntil,
    };
  }
}

export class InstanceSummary {
  @ApiProperty({ example: 'demo' }) slug!: string;
  @ApiProperty({ example: 'Demo helpdesk' }) name!: string;
  @ApiProperty({ example: 'en' }) defaultLanguage!: string;
  @ApiProperty({ example: 'Europe/Madrid' }) timezone!: string;

  static from(tenant: Tenant): InstanceSummary {
    return { slug: tenant.slug, name: tenant.name, defaultLanguage: tenant.defaultLanguage, timezone: tenant.timezone };
  }
}

export class LoginResponse {
  @ApiPropertyOptional({ example: 'tss_9hQ0Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o', description: 'send as Authorization: Bearer <token> on this instance only; absent for browser sessions' }) token?: string;
  @ApiPropertyOptional({ example: 'Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0', description: 'browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests' }) csrfToken?: string;
  @ApiPropertyOptional({ example: '2026-12-07T18:00:00.000Z', description: "the session's expiry; absent while a second factor is asked for" }) expiresAt?: Date;
  @ApiPropertyOptional({ type: StaffResponse, description: 'absent while a second factor is asked for' }) staff?: StaffResponse;
  @ApiPropertyOptional({ type: SecondFactorChallenge, description: 'the password was right; this second step (a code, or setting one up) gives the session' })
  secondFactor?: SecondFactorChallenge;
  @ApiPropertyOptional({ type: [String], example: ['ABCDE-23456'], description: 'after setting up a second factor during sign-in: the recovery codes, shown this once' })
  recoveryCodes?: string[];

  static from(result: LoginResult): LoginResponse {
    if (result.kind === 'second-factor') return { secondFactor: SecondFactorChallenge.from(result) };
    return { token: result.token, expiresAt: result.expiresAt, staff: StaffResponse.from(result.staff) };
  }
}

// The departments whose part the agent administers without being a manager (managers administer
// everything): where their role holds topics.manage, filters.manage, members.manage.
export class DepartmentAdministrationResponse {
  @ApiProperty({ type: [String], format: 'uuid', example: ['0193a4e2-5b7c-7def-8a12-3456789abcde'], description: 'departments whose help topics the agent keeps' }) topics!: string[];
  @ApiProperty({ type: [String], format: 'uuid', example: [], description: 'departments whose ticket filters the agent keeps' }) filters!: string[];
  @ApiProperty({ type: [String], format: 'uuid', example: [], description: 'departments whose members the agent places' }) members!: string[];

  static from(access: AgentAccess): DepartmentAdministrationResponse {
    return {
      topics: administeredDepartments(access, 'topics.manage'),
      filters: administeredDepartments(access, 'filters.manage'),
      members: administeredDepartments(access, 'members.manage'),
    };
  }
}

export class MeResponse {
  @ApiProperty({ type: StaffResponse }) staff!: StaffResponse;
  @ApiProperty({ type: DepartmentAdministrationResponse }) administers!: DepartmentAdministrationResponse;
  @ApiProperty({ type: InstanceSummary }) instance!: InstanceSummary;
  @ApiPropertyOptional({ example: 'Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0', description: 'browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests' }) csrfToken?: string;
}
