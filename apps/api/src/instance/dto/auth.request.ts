import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, Language } from '@tessera/tenancy';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class LoginRequest {
  // Where the instance signs agents in with LDAP, the directory's user name works too.
  @ApiProperty({ example: 'manager@demo.example', description: 'the e-mail address, or the directory user name where the instance uses LDAP' })
  @IsString()
  @Length(1, 254)
  email!: string;

  @ApiProperty({ example: 'a long passphrase' })
  @IsString()
  @Length(1, 256)
  password!: string;
}

// What people change about themselves: for now the language of the pages and of their mail
// (null: the instance's default).
export class OwnPreferencesRequest {
  @ApiProperty({ enum: LANGUAGES, nullable: true, example: 'ca' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language!: Language | null;
}
