import { Inject, Injectable } from '@nestjs/common';
import { Staff } from '@tessera/auth';
import { CONFIG, Config } from '@tessera/config';
import { TenantDatabase, isUuid, newId, refuseDuplicate } from '@tessera/database';
import { AgentAccess, DirectoryService, administers, isMember } from '@tessera/directory';
import { parseTemplate } from '@tessera/notifications';
import { Tenant } from '@tessera/tenancy';
import { In } from 'typeorm';
import { AttachmentService, NewAttachment } from './attachment.service';
import { BlobStore } from './blob-store';
import { CannedResponse, CannedResponseFile } from './canned-response.entities';
import { CANNED_VARIABLES, FilledCannedResponse, cannedValues, fillCanned } from './canned-values';
import { TicketGate } from './ticket-gate.service';
import { TicketError, TicketErrorCode } from './ticket.errors';
import { TicketQueryService } from './ticket-query.service';

export interface CannedResponseInput {
  title: string;
  body: string;
  // Null or absent: instance-wide.
  departmentId?: string | null;
  isActive?: boolean;
}

export interface CannedFileSummary {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface CannedResponseView extends CannedResponse {
  // Whether the agent may change or delete it.
  mayManage: boolean;
  // The files it attaches, by name.
  files: CannedFileSummary[];
}

// Files one canned response may carry.
export const CANNED_MAX_FILES = 10;

const notFound = (id: string) => new TicketError(TicketErrorCode.CannedNotFound, `No canned response ${id}`);
const fileNotFound = (id: string) => new TicketError(TicketErrorCode.CannedNotFound, `No file ${id} on this canned response`);
const invalid = (field: string, message: string) => new TicketError(TicketErrorCode.CannedInvalid, message, { field });

// Canned responses: instance-wide ones, kept by managers, and each department's, kept by its
// members whose role there has canned.manage (a department's manager administers them without
// instance-wide rights). An agent sees the instance-wide ones and those of the departments they
// work in; managers see all. Runs in the tenant transaction.
@Injectable()
export class CannedResponseService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly gate: TicketGate,
    private readonly directory: DirectoryService,
    private readonly query: TicketQueryService,
    private readonly attachments: AttachmentService,
    private readonly blobs: BlobStore,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // By title; only active ones unless asked for all (for those who keep them).
  async list(staffId: string, { departmentId, includeInactive = false }: { departmentId?: string; includeInactive?: boolean } = {}): Promise<CannedResponseView[]> {
    const { access } = await this.gate.forAgent(staffId);
    const rows = (await this.db.manager.find(CannedResponse, { order: { title: 'ASC', id: 'ASC' } }))
      .filter((row) => sees(access, row) && (includeInactive || row.isActive))
      .filter((row) => departmentId === undefined || row.departmentId === null || row.departmentId === departmentId);
    const files = await this.filesOf(rows.map((row) => row.id));
    return rows.map((row) => view(access, row, files));
  }

  async get(staffId: string, id: string): Promise<CannedResponseView> {
    const { access } = await this.gate.forAgent(staffId);
    const row = await this.visible(access, id);
    return view(access, row, await this.filesOf([row.id]));
  }

  // Files uploaded to a response, within the instance's attachment limits (all or none).
  async addFiles(staffId: string, id: string, files: NewAttachment[]): Promise<CannedResponseView> {
    const { access } = await this.gate.forAgent(staffId);
    const row = await this.visible(access, id);
    requireManage(access, row.departmentId);
    if (files.length === 0) throw invalid('files', 'Choose at least one file');
    const held = await this.db.manager.countBy(CannedResponseFile, { cannedResponseId: row.id });
    if (held + files.length > CANNED_MAX_FILES) throw invalid('files', `A canned response carries at most ${CANNED_MAX_FILES} files`);
    await this.attachments.checkUploads(files);
    for (const file of files) {
      const sha256 = await this.blobs.store(file.content);
      await this.db.manager.insert(CannedResponseFile, {
        tenantId: this.db.tenant.id,
        id: newId(),
        cannedResponseId: row.id,
        sha256,
        filename: file.filename.slice(0, 255),
        contentType: file.contentType,
        size: String(file.content.length),
        createdAt: new Date(),
      });
    }
    return view(access, row, await this.filesOf([row.id]));
  }

  async removeFile(staffId: string, id: string, fileId: string): Promise<void> {
    const { access } = await this.gate.forAgent(staffId);
    const row = await this.visible(access, id);
    requireManage(access, row.departmentId);
    const file = await this.file(row.id, fileId);
    await this.db.manager.delete(CannedResponseFile, { id: file.id });
  }

  // One file with its content, for whoever sees the response.
  async fileContent(staffId: string, id: string, fileId: string): Promise<{ file: CannedFileSummary; content: Buffer }> {
    const { access } = await this.gate.forAgent(staffId);
    const row = await this.visible(access, id);
    const file = await this.file(row.id, fileId);
    const content = await this.blobs.get(file.sha256);
    if (!content) throw fileNotFound(fileId);
    return { file: fileSummary(file), content };
  }

  private async file(cannedResponseId: string, fileId: string): Promise<CannedResponseFile> {
    const file = isUuid(fileId) ? await this.db.manager.findOneBy(CannedResponseFile, { id: fileId, cannedResponseId }) : null;
    if (!file) throw fileNotFound(fileId);
    return file;
  }

  private async filesOf(ids: string[]): Promise<Map<string, CannedFileSummary[]>> {
    const byResponse = new Map<string, CannedFileSummary[]>();
    if (ids.length === 0) return byResponse;
    const rows = await this.db.manager.find(CannedResponseFile, { where: { cannedResponseId: In(ids) }, order: { filename: 'ASC', id: 'ASC' } });
    for (const row of rows) byResponse.set(row.cannedResponseId, [...(byResponse.get(row.cannedResponseId) ?? []), fileSummary(row)]);
    return byResponse;
  }

  async create(staffId: string, input: CannedResponseInput): Promise<CannedResponseView> {
    const { access } = await this.gate.forAgent(staffId);
    const now = new Date();
    const row = Object.assign(new CannedResponse(), { tenantId: this.db.tenant.id, id: newId(), departmentId: null, isActive: true, createdAt: now });
    return view(access, await this.save(access, row, input), new Map());
  }

  async update(staffId: string, id: string, changes: Partial<CannedResponseInput>): Promise<CannedResponseView> {
    const { access } = await this.gate.forAgent(staffId);
    const row = await this.visible(access, id);
    requireManage(access, row.departmentId);
    return view(access, await this.save(access, row, changes), await this.filesOf([row.id]));
  }

  async delete(staffId: string, id: string): Promise<void> {
    const { access } = await this.gate.forAgent(staffId);
    const row = await this.visible(access, id);
    requireManage(access, row.departmentId);
    await this.db.manager.delete(CannedResponse, { id: row.id });
  }

  // The response as it goes into a ticket the agent sees: its variables filled with the ticket's
  // and the agent's values.
  async fill(staffId: string, id: string, reference: string): Promise<FilledCannedResponse> {
    const agent = await this.gate.forAgent(staffId);
    const ticket = await agent.open(reference);
    const row = await this.visible(agent.access, id);
    if (!row.isActive) throw notFound(id);
    // One after the other: they share the transaction's connection.
    const details = await this.query.details(ticket);
    const me = await this.db.manager.findOneBy(Staff, { id: staffId });
    const tenant = await this.db.manager.findOneByOrFail(Tenant, { id: this.db.tenant.id });
    return fillCanned(row, cannedValues(details, me, tenant, this.config.http.publicUrl));
  }

  private async visible(access: AgentAccess, id: string): Promise<CannedResponse> {
    const row = isUuid(id) ? await this.db.manager.findOneBy(CannedResponse, { id }) : null;
    if (!row || !sees(access, row)) throw notFound(id);
    return row;
  }

  private async save(access: AgentAccess, row: CannedResponse, changes: Partial<CannedResponseInput>): Promise<CannedResponse> {
    if (changes.departmentId !== undefined) {
      if (changes.departmentId !== null && !(await this.directory.departments()).some((d) => d.id === changes.departmentId)) {
        throw invalid('departmentId', `No department ${changes.departmentId}`);
      }
      row.departmentId = changes.departmentId;
    }
    requireManage(access, row.departmentId);
    if (changes.title !== undefined) {
      row.title = changes.title.trim();
      if (!row.title) throw invalid('title', 'The title is empty');
    }
    if (changes.body !== undefined) {
      if (!changes.body.trim()) throw invalid('body', 'The text is empty');
      const problem = bodyProblem(changes.body);
      if (problem) throw invalid('body', problem);
      row.body = changes.body;
    }
    if (changes.isActive !== undefined) row.isActive = changes.isActive;
    row.updatedAt = new Date();
    return refuseDuplicate(
      () => this.db.manager.save(CannedResponse, row),
      () => new TicketError(TicketErrorCode.CannedTitleTaken, `There is already a canned response titled "${row.title}" there`, { field: 'title' }),
    );
  }
}

function sees(access: AgentAccess, row: CannedResponse): boolean {
  return access.isManager || row.departmentId === null || isMember(access, row.departmentId);
}

function mayManage(access: AgentAccess, departmentId: string | null): boolean {
  return administers(access, departmentId, 'canned.manage');
}

function requireManage(access: AgentAccess, departmentId: string | null): void {
  if (!mayManage(access, departmentId)) {
    const what = departmentId === null ? 'Instance-wide canned responses are kept by managers' : 'Your role in this department does not allow canned.manage';
    throw new TicketError(TicketErrorCode.CannedForbidden, what, { permission: 'canned.manage' });
  }
}

function view(access: AgentAccess, row: CannedResponse, files: Map<string, CannedFileSummary[]>): CannedResponseView {
  return Object.assign(row, { mayManage: mayManage(access, row.departmentId), files: files.get(row.id) ?? [] });
}

function fileSummary(row: CannedResponseFile): CannedFileSummary {
  return { id: row.id, filename: row.filename, contentType: row.contentType, size: Number(row.size) };
}

// What is wrong with a text's placeholders, or null.
export function bodyProblem(body: string): string | null {
  const { segments, malformed } = parseTemplate(body);
  if (malformed.length > 0) return `Malformed placeholder: ${malformed[0]}`;
  const unknown = segments.find((segment) => 'variable' in segment && !(CANNED_VARIABLES as readonly string[]).includes(segment.variable));
  if (unknown && 'variable' in unknown) return `Unknown variable ${unknown.source}; a canned response may use ${CANNED_VARIABLES.map((v) => `{{${v}}}`).join(', ')}`;
  return null;
}
