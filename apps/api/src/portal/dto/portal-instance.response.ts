import { ApiProperty } from '@nestjs/swagger';
import { InstanceSettings, REGISTRATIONS, Registration, guestTicketsAllowed } from '@tessera/directory';
import { LANGUAGES, Language, Tenant } from '@tessera/tenancy';
import { InstanceSummary } from '../../instance/dto/auth.response';

// What the browser needs to know about an instance before anyone signs in.
export class PortalInstanceResponse extends InstanceSummary {
  @ApiProperty({ enum: LANGUAGES, isArray: true, example: LANGUAGES, description: 'the languages the product ships' }) languages!: Language[];
  @ApiProperty({ enum: REGISTRATIONS, description: 'open: anyone may register; closed and invitation: accounts come from invitations' })
  registration!: Registration;
  @ApiProperty({ description: 'whether people without an account may open tickets in the portal (false where registration is invitation)' })
  guestTickets!: boolean;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'the instance’s logo; none yet' }) logoUrl!: string | null;

  static of(tenant: Tenant, settings: InstanceSettings): PortalInstanceResponse {
    return {
      ...InstanceSummary.from(tenant),
      languages: [...LANGUAGES],
      registration: settings.registration,
      guestTickets: guestTicketsAllowed(settings.registration),
      logoUrl: null,
    };
  }
}
