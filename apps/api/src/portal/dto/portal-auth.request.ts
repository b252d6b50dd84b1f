import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { SingleLine } from '../../http/request-fields';

// Password length rules are the service's (answered as auth.weak-password); this only bounds
// what is read.
const PASSWORD = { example: 'a long passphrase', description: '10 to 256 characters' };
const LINK_TOKEN = { example: 'tsl_3k9Qz0Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM', description: 'the token from the mailed link' };

export class RegisterRequest {
  @ApiProperty({ example: 'Marta Soler' })
  @IsString()
  @Length(1, 200)
  @SingleLine()
  name!: string;

  @ApiProperty({ example: 'marta.soler@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty(PASSWORD)
  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class LinkTokenRequest {
  @ApiProperty(LINK_TOKEN)
  @IsString()
  @Length(1, 200)
  token!: string;
}

export class NewPasswordRequest extends LinkTokenRequest {
  @ApiProperty(PASSWORD)
  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class PasswordResetRequest {
  @ApiProperty({ example: 'marta.soler@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class GuestLinkRequest {
  @ApiProperty({ example: 'suport#310', description: 'the ticket reference' })
  @IsString()
  @Length(1, 100)
  reference!: string;

  @ApiProperty({ example: 'marta.soler@example.org', description: "the address of the ticket's requester or a collaborator, which the link goes to" })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class GuestRequest extends GuestLinkRequest {
  @ApiProperty({ example: 'tsg_Q2hlY2tpbmcgdGhlIGd1ZXN0IGxpbmsgdG9rZW4gZm9yIGE', description: 'the guest link token' })
  @IsString()
  @Length(1, 200)
  token!: string;
}
