import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

const CODE = { example: '492039', description: 'the six digits the app shows now, or one of the recovery codes (ABCDE-23456)' };
const CHALLENGE = { example: 'tsc_Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0', description: 'secondFactor.challenge of the login answer' };

export class CodeRequest {
  @ApiProperty(CODE)
  @IsString()
  @Length(1, 40)
  code!: string;
}

export class ChallengeRequest {
  @ApiProperty(CHALLENGE)
  @IsString()
  @Length(1, 200)
  challenge!: string;
}

export class ChallengeCodeRequest extends ChallengeRequest {
  @ApiProperty(CODE)
  @IsString()
  @Length(1, 40)
  code!: string;
}
