import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { LANGUAGES, Language } from '@tessera/tenancy';
import { IsDate, IsIn, IsOptional, IsString, Length } from 'class-validator';

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

// What agents change about themselves; a field left out stays as it is.
export class AgentPreferencesRequest {
  @ApiPropertyOptional({ enum: LANGUAGES, nullable: true, example: 'ca', description: "null: the instance's language" })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language | null;

  @ApiPropertyOptional({ nullable: true, type: Date, example: '2026-08-31T07:00:00Z', description: 'away until then: automatic assignment passes the agent by; null: back' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  awayUntil?: Date | null;
}
