import { Inject, Injectable } from '@nestjs/common';
import { AuthError, AuthErrorCode, hashToken, looksLikeToken, newToken, openSecret, sealSecret } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, isUuid, newId, refuseDuplicate } from '@tessera/database';
import { DirectoryService, normalizeEmail } from '@tessera/directory';
import { AfterFetch, ImapSecurity, Mailbox } from './mailbox.entity';
import { MailboxError, MailboxErrorCode, invalidMailbox } from './mailbox.errors';

export interface MailboxInput {
  name: string;
  address: string;
  departmentId: string;
  helpTopicId?: string | null;
  priorityId?: string | null;
  imapHost?: string | null;
  imapPort?: number | null;
  imapSecurity?: ImapSecurity;
  imapUser?: string | null;
  // Write-only: stored sealed, never returned. null removes it.
  imapPassword?: string | null;
  imapFolder?: string;
  fetchIntervalSeconds?: number;
  afterFetch?: AfterFetch;
  afterFetchFolder?: string | null;
  autoResponse?: boolean;
  isActive?: boolean;
}

export type MailboxChanges = Partial<MailboxInput>;

export interface MailboxView {
  mailbox: Mailbox;
  hasPassword: boolean;
  hasInboundToken: boolean;
}

export interface ImapCredentials {
  host: string;
  port: number;
  security: ImapSecurity;
  user: string;
  password: string | null;
}

const INBOUND_TOKEN_PREFIX = 'tsm_';
const DEFAULT_PORTS: Record<ImapSecurity, number> = { tls: 993, starttls: 143, none: 143 };

// An instance's mailboxes: where mail comes from and where its tickets go. Runs in the tenant
// transaction.
@Injectable()
export class MailboxAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async list(): Promise<MailboxView[]> {
    const mailboxes = await this.query().orderBy('m.name', 'ASC').getMany();
    return mailboxes.map((m) => this.view(m));
  }

  async get(id: string): Promise<MailboxView> {
    return this.view(await this.load(id));
  }

  async create(input: MailboxInput): Promise<MailboxView> {
    const now = new Date();
    const mailbox = Object.assign(new Mailbox(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      helpTopicId: null,
      priorityId: null,
      imapHost: null,
      imapPort: null,
      imapSecurity: 'tls' as ImapSecurity,
      imapUser: null,
      imapSecret: null,
      imapFolder: 'INBOX',
      fetchIntervalSeconds: 300,
      afterFetch: 'seen' as AfterFetch,
      afterFetchFolder: null,
      autoResponse: true,
      isActive: true,
      inboundTokenHash: null,
      uidValidity: null,
      lastUid: null,
      lastFetchAt: null,
      lastError: null,
      lastErrorAt: null,
      consecutiveFailures: 0,
      nextFetchAt: null,
      createdAt: now,
    });
    return this.save(mailbox, input);
  }

  async update(id: string, changes: MailboxChanges): Promise<MailboxView> {
    // Locked: a fetch of this mailbox must not record its progress between our read and write.
    return this.save(await this.load(id, true), changes);
  }

  async delete(id: string): Promise<void> {
    await this.load(id);
    await this.db.manager.delete(Mailbox, { id });
  }

  // A new token for an MTA pipe, shown once; the previous one stops working.
  async issueInboundToken(id: string): Promise<string> {
    const token = newToken(INBOUND_TOKEN_PREFIX);
    await this.useInboundToken(id, token);
    return token;
  }

  // A token chosen elsewhere (tools/start keeps the demo mailbox's token across restarts).
  async useInboundToken(id: string, token: string): Promise<void> {
    await this.load(id);
    if (!looksLikeToken(INBOUND_TOKEN_PREFIX, token)) throw invalidMailbox('token', `A mailbox token is ${INBOUND_TOKEN_PREFIX} and 43 URL-safe characters`);
    await this.db.manager.update(Mailbox, { id }, { inboundTokenHash: hashToken(token), updatedAt: new Date() });
  }

  // For the MTA pipe: the active mailbox a token belongs to; anything else is 401, with no hint
  // whether the mailbox exists.
  async byInboundToken(token: string): Promise<Mailbox> {
    const mailbox = looksLikeToken(INBOUND_TOKEN_PREFIX, token) ? await this.db.manager.findOneBy(Mailbox, { inboundTokenHash: hashToken(token) }) : null;
    if (!mailbox || !mailbox.isActive) throw new AuthError(AuthErrorCode.Unauthenticated, 'Unknown or revoked mailbox token');
    return mailbox;
  }

  // For the fetcher: where to log in. The password is null when none is stored or it was sealed
  // under another deployment key.
  async imapCredentials(id: string): Promise<ImapCredentials | null> {
    const mailbox = await this.load(id);
    if (!mailbox.imapHost || !mailbox.imapUser) return null;
    return {
      host: mailbox.imapHost,
      port: mailbox.imapPort ?? DEFAULT_PORTS[mailbox.imapSecurity],
      security: mailbox.imapSecurity,
      user: mailbox.imapUser,
      password: mailbox.imapSecret ? openSecret(this.config.secretKey, mailbox.imapSecret) : null,
    };
  }

  private async save(mailbox: Mailbox, changes: MailboxChanges): Promise<MailboxView> {
    const { imapPassword, address, name, departmentId, helpTopicId, priorityId, ...rest } = changes;
    const before = { ...mailbox };
    // Left-out fields (undefined) stay as they are.
    Object.assign(mailbox, Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)));
    if (name !== undefined) {
      mailbox.name = name.trim();
      if (!mailbox.name) throw invalidMailbox('name', 'The name is empty');
    }
    if (address !== undefined) {
      const normalized = normalizeEmail(address);
      if (!normalized) throw invalidMailbox('address', `"${address}" is not an e-mail address`);
      mailbox.address = normalized;
    }
    if (departmentId !== undefined) mailbox.departmentId = (await this.directory.department(departmentId)).id;
    if (helpTopicId !== undefined) mailbox.helpTopicId = helpTopicId === null ? null : (await this.directory.helpTopic(helpTopicId)).id;
    if (priorityId !== undefined) mailbox.priorityId = priorityId === null ? null : (await this.directory.priority(priorityId)).id;
    if (imapPassword !== undefined) mailbox.imapSecret = imapPassword === null ? null : sealSecret(this.config.secretKey, imapPassword);
    if (mailbox.imapHost !== null) mailbox.imapHost = mailbox.imapHost.trim() || null;
    if ((mailbox.imapHost === null) !== (mailbox.imapUser === null)) {
      throw invalidMailbox('imapUser', 'An IMAP mailbox needs both a host and a user; leave both empty for piped mail only');
    }
    if (mailbox.afterFetch === 'move' && !mailbox.afterFetchFolder?.trim()) {
      throw invalidMailbox('afterFetchFolder', 'Name the folder fetched messages move to');
    }
    if (mailbox.afterFetch === 'move' && mailbox.afterFetchFolder === mailbox.imapFolder) {
      throw invalidMailbox('afterFetchFolder', 'Fetched messages cannot move into the folder they are fetched from');
    }
    const changed = (fields: (keyof Mailbox)[]) => fields.some((field) => before[field] !== mailbox[field]);
    // Another server, account or folder: the stored UIDs mean nothing there.
    if (changed(['imapHost', 'imapUser', 'imapFolder'])) Object.assign(mailbox, { uidValidity: null, lastUid: null });
    // New connection settings, or a mailbox switched back on, are tried at the next sweep rather
    // than after a failing mailbox's back-off.
    if (imapPassword !== undefined || changed(['imapHost', 'imapPort', 'imapSecurity', 'imapUser', 'imapFolder', 'isActive'])) {
      mailbox.nextFetchAt = new Date();
    }
    mailbox.updatedAt = new Date();
    await refuseDuplicate(
      () => this.db.manager.save(Mailbox, mailbox),
      (constraint) =>
        constraint.includes('address')
          ? new MailboxError(MailboxErrorCode.AddressTaken, `Another mailbox receives ${mailbox.address}`, { field: 'address' })
          : new MailboxError(MailboxErrorCode.NameTaken, `There is already a mailbox named "${mailbox.name}"`, { field: 'name' }),
    );
    return this.get(mailbox.id);
  }

  private query() {
    return this.db.manager.createQueryBuilder(Mailbox, 'm').addSelect(['m.imapSecret', 'm.inboundTokenHash']);
  }

  private async load(id: string, forUpdate = false): Promise<Mailbox> {
    const query = this.query().where('m.id = :id', { id });
    const mailbox = isUuid(id) ? await (forUpdate ? query.setLock('pessimistic_write') : query).getOne() : null;
    if (!mailbox) throw new MailboxError(MailboxErrorCode.NotFound, `No mailbox with id ${id}`);
    return mailbox;
  }

  private view(mailbox: Mailbox): MailboxView {
    return { mailbox, hasPassword: mailbox.imapSecret !== null, hasInboundToken: mailbox.inboundTokenHash !== null };
  }
}
