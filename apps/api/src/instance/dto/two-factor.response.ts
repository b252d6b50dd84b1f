import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Enrolment, SecondFactorNeeded, TwoFactorStatus } from '@tessera/auth';

export class TwoFactorStatusResponse {
  @ApiProperty({ example: true }) enabled!: boolean;
  @ApiPropertyOptional({ nullable: true, type: Date, example: '2026-12-07T10:00:00.000Z' }) enabledAt!: Date | null;
  @ApiProperty({ example: 10, description: 'recovery codes not used yet' }) recoveryCodesLeft!: number;
  @ApiProperty({ example: false, description: 'the instance requires a second factor of every agent: it cannot be turned off' }) required!: boolean;

  static from(status: TwoFactorStatus): TwoFactorStatusResponse {
    return { enabled: status.enabled, enabledAt: status.enabledAt, recoveryCodesLeft: status.recoveryCodesLeft, required: status.required };
  }
}

export class EnrolmentResponse {
  @ApiProperty({ example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', description: 'the shared secret in base32, to type into an app that cannot scan' }) secret!: string;
  @ApiProperty({ example: 'otpauth://totp/Demo%3Aanna%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Demo&algorithm=SHA1&digits=6&period=30' }) otpauthUri!: string;
  @ApiProperty({ example: 'data:image/svg+xml;base64,PHN2Zy8+', description: 'the URI as a QR code: an SVG image as a data: URL' }) qrCode!: string;

  static from(enrolment: Enrolment): EnrolmentResponse {
    return { secret: enrolment.secret, otpauthUri: enrolment.otpauthUri, qrCode: enrolment.qrCode };
  }
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: [String], example: ['ABCDE-23456', 'FGHJK-789AB'], description: 'shown this once: each one replaces a code once' }) recoveryCodes!: string[];
}

export class SecondFactorChallenge {
  @ApiProperty({ example: 'tsc_Yk2mJv3cX1sL8rT4wB6nZp5aE7dG0fH2iK4lM6o9hQ0', description: 'send with the code to auth/login/code (or to auth/login/enrolment when next is enrol)' })
  challenge!: string;
  @ApiProperty({ example: '2026-12-07T10:10:00.000Z' }) expiresAt!: Date;
  @ApiProperty({ enum: ['code', 'enrol'], example: 'code', description: 'code: the app or a recovery code; enrol: the instance requires a second factor, set it up now' })
  next!: 'code' | 'enrol';

  static from(needed: SecondFactorNeeded): SecondFactorChallenge {
    return { challenge: needed.challenge, expiresAt: needed.expiresAt, next: needed.next };
  }
}
