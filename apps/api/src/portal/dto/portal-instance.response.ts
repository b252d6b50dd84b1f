import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { InstanceSettings, REGISTRATIONS, Registration, guestTicketsAllowed } from '@tessera/directory';
import { LANGUAGES, Language, Tenant } from '@tessera/tenancy';
import { InstanceSummary } from '../../instance/dto/auth.response';

export class DirectorySignIn {
  @ApiProperty({ example: false, description: 'the agent panel takes a directory user name as well as an e-mail address' }) agents!: boolean;
  @ApiProperty({ example: false, description: 'the portal takes a directory user name as well as an e-mail address' }) requesters!: boolean;
}

type DirectoryFacts = { agents: boolean; requesters: boolean; requestersOnly: boolean };

// What the browser needs to know about an instance before anyone signs in.
export class PortalInstanceResponse extends InstanceSummary {
  @ApiProperty({ enum: LANGUAGES, isArray: true, example: LANGUAGES, description: 'the languages the product ships' }) languages!: Language[];
  @ApiProperty({ enum: REGISTRATIONS, description: 'open: anyone may register; closed and invitation: accounts come from invitations' })
  registration!: Registration;
  @ApiProperty({ description: 'whether people without an account may open tickets in the portal (false where registration is invitation)' })
  guestTickets!: boolean;
  @ApiProperty({ type: String, nullable: true, example: '/api/v1/t/demo/portal/logo?v=1767225600000', description: 'the instance’s logo; null: none' })
  logoUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Universitat Exemple', description: 'the organization the helpdesk serves; null: the instance’s name' })
  companyName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '#1c5d99', description: 'the colour of buttons and links; null: the product’s' })
  primaryColor!: string | null;
  @ApiProperty({ example: true, description: 'false: the portal shows its offline page and takes no tickets' }) portalOnline!: boolean;
  @ApiProperty({ type: DirectorySignIn, description: "who may sign in with a user name of the instance's LDAP directory" }) directorySignIn!: DirectorySignIn;

  static of(tenant: Tenant, settings: InstanceSettings, logoChangedAt: Date | null, directory: DirectoryFacts): PortalInstanceResponse {
    return {
      ...InstanceSummary.from(tenant),
      languages: [...LANGUAGES],
      // As the portal offers it: where requesters come from the directory only, nobody registers.
      registration: directory.requestersOnly ? 'closed' : settings.registration,
      guestTickets: guestTicketsAllowed(settings.registration),
      logoUrl: logoChangedAt ? logoPath(tenant.slug, logoChangedAt) : null,
      companyName: settings.companyName,
      primaryColor: settings.primaryColor,
      portalOnline: settings.portalOnline,
      directorySignIn: { agents: directory.agents, requesters: directory.requesters },
    };
  }
}

export class PortalPagesQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, example: 'ca', description: "the viewer's language; absent: the instance's" })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class PortalPage {
  @ApiProperty({ example: 'Welcome to the IT helpdesk' }) title!: string;
  @ApiProperty({ example: '<p>We answer on working days from 8 to 18.</p>', description: 'sanitised HTML' }) body!: string;
  @ApiProperty({ enum: LANGUAGES, example: 'en', description: 'the language it is written in' }) language!: string;
}

export class PortalPagesResponse {
  @ApiProperty({ type: PortalPage, nullable: true, description: 'above the new-ticket assistant' }) landing!: PortalPage | null;
  @ApiProperty({ type: PortalPage, nullable: true, description: 'after a new ticket' }) 'thank-you'!: PortalPage | null;
  @ApiProperty({ type: PortalPage, nullable: true, description: 'instead of the portal while it is offline' }) offline!: PortalPage | null;
}

// The logo's address; it changes with the logo, so browsers may keep it.
export function logoPath(slug: string, changedAt: Date): string {
  return `/api/v1/t/${slug}/portal/logo?v=${changedAt.getTime()}`;
}
