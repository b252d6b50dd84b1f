import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, Language } from '@tessera/tenancy';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'manager@demo.example' })
  @IsEmail()
  @MaxLength(254)
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
