import { HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiSecurity } from '@nestjs/swagger';
import { AuthError, AuthErrorCode } from '@tessera/auth';
import { TenantDatabase } from '@tessera/database';
import { DomainError } from '@tessera/errors';
import { MailIntakeService } from '@tessera/intake';
import { parseMessage } from '@tessera/mail';
import { MailboxAdminService } from '@tessera/mailboxes';
import { bearerToken } from '../http/bearer-token';
import { InstanceController } from '../instance/instance-controller.decorator';
import { InstanceRequest, OwnTransactions, PublicRoute } from '../instance/instance-request';
import { InboundMailResponse } from './dto/inbound-mail.response';

// Media types an MTA pipe may send the raw message as.
export const RAW_MAIL_TYPES = ['message/rfc822', 'application/octet-stream', 'text/plain'];
// Largest raw message the pipe takes.
export const RAW_MAIL_LIMIT = '50mb';

// Raw mail piped by the instance's MTA, authenticated by a mailbox's token (not a staff token).
// The same pipeline as the IMAP fetcher: a message is taken once, by its Message-ID.
@InstanceController('mail', 'mail')
export class MailInboundController {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mailboxes: MailboxAdminService,
    private readonly intake: MailIntakeService,
  ) {}

  @Post('inbound')
  @PublicRoute()
  @OwnTransactions()
  @HttpCode(200)
  @ApiSecurity('mailbox')
  @ApiConsumes(...RAW_MAIL_TYPES)
  @ApiBody({ description: 'the message as received, RFC 822 bytes', schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: InboundMailResponse, description: 'Taken (also when kept flagged for an agent, or already received before)' })
  async inbound(@Req() request: InstanceRequest): Promise<InboundMailResponse> {
    const tenant = { id: request.tenant!.id, slug: request.tenant!.slug };
    const token = bearerToken(request);
    if (!token) throw new AuthError(AuthErrorCode.Unauthenticated, "Send the mailbox's inbound token as a bearer token");
    const mailbox = await this.db.run(tenant, () => this.mailboxes.byInboundToken(token));
    const raw: unknown = request.body;
    if (!Buffer.isBuffer(raw) || raw.length === 0) {
      throw new DomainError('invalid', 'mail.empty', `Send the raw message as the request body, as one of ${RAW_MAIL_TYPES.join(', ')}`);
    }
    // Parsing can take a while on odd mail: outside the transaction.
    const parsed = await parseMessage(raw);
    return InboundMailResponse.of(await this.db.run(tenant, () => this.intake.ingest(parsed, { mailboxId: mailbox.id, via: 'pipe' })));
  }
}
