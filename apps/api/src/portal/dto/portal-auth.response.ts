import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Requester, RequesterProfile, RequesterSignIn } from '@tessera/requesters';
import { InstanceSummary } from '../../instance/dto/auth.response';

export class PortalRequesterResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Marta Soler' }) name!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'ca' }) language!: string | null;

  static from(requester: Requester): PortalRequesterResponse {
    return { id: requester.id, name: requester.name, language: requester.language };
  }
}

export class RequesterSignInResponse {
  @ApiProperty({ example: 'tsr_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk', description: 'send as Authorization: Bearer <token> to the portal routes of this instance; absent for browser sessions' }) token?: string;
  @ApiPropertyOptional({ example: 'Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0', description: 'browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests' }) csrfToken?: string;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ type: PortalRequesterResponse }) requester!: PortalRequesterResponse;

  static from(signIn: RequesterSignIn): RequesterSignInResponse {
    return { token: signIn.token, expiresAt: signIn.expiresAt, requester: PortalRequesterResponse.from(signIn.requester) };
  }
}

export class RequesterEmailResponse {
  @ApiProperty({ example: 'marta.soler@example.org' }) email!: string;
  @ApiProperty() isPrimary!: boolean;
}

export class OrganizationSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Physics department' }) name!: string;
}

export class RequesterProfileResponse extends PortalRequesterResponse {
  @ApiProperty({ type: [RequesterEmailResponse] }) emails!: RequesterEmailResponse[];
  @ApiProperty({ type: [OrganizationSummary] }) organizations!: OrganizationSummary[];
}

export class RequesterMeResponse {
  @ApiProperty({ type: RequesterProfileResponse }) requester!: RequesterProfileResponse;
  @ApiProperty({ type: InstanceSummary }) instance!: InstanceSummary;
  @ApiPropertyOptional({ example: 'Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0', description: 'browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests' }) csrfToken?: string;

  static from(profile: RequesterProfile, instance: InstanceSummary): RequesterMeResponse {
    return {
      requester: {
        ...PortalRequesterResponse.from(profile.requester),
        emails: profile.emails.map((e) => ({ email: e.email, isPrimary: e.isPrimary })),
        organizations: profile.organizations.map((o) => ({ id: o.id, name: o.name })),
      },
      instance,
    };
  }
}

export class GuestSessionResponse {
  @ApiProperty({ example: 'tsr_2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0Yk', description: 'a session for this ticket only; send as Authorization: Bearer <token>; absent for browser sessions' }) token?: string;
  @ApiPropertyOptional({ example: 'Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0', description: 'browser sessions (X-Tessera-Session: cookie): send as X-CSRF-Token on unsafe requests' }) csrfToken?: string;
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ example: 'suport#310', description: 'the ticket it opens (a merged ticket leads to the one it was merged into)' })
  reference!: string;
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) requesterId!: string;
  @ApiProperty({ example: 'marta.soler@example.org', description: 'where the invitation is mailed' }) email!: string;
  @ApiProperty() expiresAt!: Date;
}
