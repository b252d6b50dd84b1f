import { Injectable } from '@nestjs/common';
import { TwoFactorService } from '@tessera/auth';
import { TenantDatabase } from '@tessera/database';
import { And, In, IsNull, Not } from 'typeorm';
import { checkedReferenceFormat } from './admin-rules';
import { primaryColorProblem } from './branding-rules';
import {
  ATTACHMENT_MAX_BYTES,
  AUTOCLOSE_DAYS,
  AUTORESPONSE_HOURLY_LIMIT,
  ClosedReplyPolicy,
  EscalationStep,
  InstanceSettings,
  LOCK_SECONDS,
  MAX_OPEN_TICKETS,
  MEDIA_TYPE_PATTERN,
  PriorityMode,
  Registration,
  UnknownSenderPolicy,
} from './directory.entities';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';
import { PriorityBand, matrixProblem } from './priority-matrix';

export interface SettingsChanges {
  referenceFormat?: string;
  closedReplyPolicy?: ClosedReplyPolicy;
  registration?: Registration;
  priorityMode?: PriorityMode;
  lockSeconds?: number;
  autocloseDays?: number;
  unknownSenderPolicy?: UnknownSenderPolicy;
  autoresponseHourlyLimit?: number;
  maxOpenTickets?: number;
  attachmentMaxBytes?: number;
  attachmentTypes?: string[];
  // Null clears the default.
  defaultHelpTopicId?: string | null;
  defaultDepartmentId?: string | null;
  // Null: the instance's name, the product's colour.
  companyName?: string | null;
  primaryColor?: string | null;
  portalOnline?: boolean;
  // Every agent must sign in with a second factor.
  requireTwoFactor?: boolean;
}

// The settings row with the staff realm's rule beside it.
export type SettingsView = InstanceSettings & { requireTwoFactor: boolean };

// The instance-wide settings row and the priority matrix stored in it. Runs in the tenant
// transaction.
@Injectable()
export class SettingsAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async get(): Promise<SettingsView> {
    return { ...(await this.directory.settings()), requireTwoFactor: await this.twoFactor.required() };
  }

  async update(changes: SettingsChanges): Promise<SettingsView> {
    const settings = await this.directory.settings();
    if (changes.referenceFormat !== undefined) settings.referenceFormat = checkedReferenceFormat(changes.referenceFormat);
    if (changes.closedReplyPolicy !== undefined) settings.closedReplyPolicy = changes.closedReplyPolicy;
    if (changes.registration !== undefined) settings.registration = changes.registration;
    if (changes.priorityMode !== undefined) settings.priorityMode = changes.priorityMode;
    if (changes.lockSeconds !== undefined) settings.lockSeconds = inRange('lockSeconds', changes.lockSeconds, LOCK_SECONDS);
    if (changes.autocloseDays !== undefined) settings.autocloseDays = inRange('autocloseDays', changes.autocloseDays, AUTOCLOSE_DAYS);
    if (changes.unknownSenderPolicy !== undefined) settings.unknownSenderPolicy = changes.unknownSenderPolicy;
    if (changes.autoresponseHourlyLimit !== undefined) {
      settings.autoresponseHourlyLimit = inRange('autoresponseHourlyLimit', changes.autoresponseHourlyLimit, AUTORESPONSE_HOURLY_LIMIT);
    }
    if (changes.maxOpenTickets !== undefined) settings.maxOpenTickets = inRange('maxOpenTickets', changes.maxOpenTickets, MAX_OPEN_TICKETS);
    if (changes.attachmentMaxBytes !== undefined) {
      settings.attachmentMaxBytes = inRange('attachmentMaxBytes', changes.attachmentMaxBytes, ATTACHMENT_MAX_BYTES);
    }
    if (changes.attachmentTypes !== undefined) settings.attachmentTypes = mediaTypes(changes.attachmentTypes);
    if (changes.defaultHelpTopicId !== undefined) settings.defaultHelpTopicId = await this.defaultHelpTopic(changes.defaultHelpTopicId);
    if (changes.defaultDepartmentId !== undefined) settings.defaultDepartmentId = await this.defaultDepartment(changes.defaultDepartmentId);
    if (changes.companyName !== undefined) settings.companyName = changes.companyName?.trim() || null;
    if (changes.primaryColor !== undefined) settings.primaryColor = primaryColor(changes.primaryColor);
    if (changes.portalOnline !== undefined) settings.portalOnline = changes.portalOnline;
    settings.updatedAt = new Date();
    await this.db.manager.save(InstanceSettings, settings);
    if (changes.requireTwoFactor !== undefined) await this.twoFactor.setRequired(changes.requireTwoFactor);
    return this.get();
  }

  // Every product of impact x urgency in exactly one band, each band naming a priority of
  // this instance.
  async setPriorityMatrix(bands: PriorityBand[]): Promise<PriorityBand[]> {
    const problem = matrixProblem(bands);
    if (problem) throw invalidField('bands', `The priority matrix ${problem}`);
    const known = new Set((await this.directory.priorities()).map((p) => p.id));
    const unknown = bands.findIndex((band) => !known.has(band.priorityId));
    if (unknown >= 0) throw invalidField(`bands.${unknown}.priorityId`, `Band ${unknown + 1} names a priority this instance does not have`);
    const stored = bands.map(({ minProduct, maxProduct, priorityId, respondMinutes, resolveMinutes, escalateMinutes }) => ({
      minProduct,
      maxProduct,
      priorityId,
      respondMinutes,
      resolveMinutes,
      escalateMinutes,
    }));
    const settings = await this.directory.settings();
    await this.db.manager.update(InstanceSettings, { tenantId: settings.tenantId }, { priorityMatrix: stored, updatedAt: new Date() });
    // A band's escalation line goes with the band: none starts at its product any more.
    await this.db.manager.delete(EscalationStep, { bandMinProduct: And(Not(IsNull()), Not(In(stored.map((band) => band.minProduct)))) });
    return stored;
  }

  // A default names an active help topic of this instance (another instance's is none of them).
  private async defaultHelpTopic(id: string | null): Promise<string | null> {
    if (id === null) return null;
    const topic = await this.directory.helpTopic(id).catch(notFoundAs('defaultHelpTopicId', 'No help topic of this instance has this id'));
    if (!topic.isActive) throw invalidField('defaultHelpTopicId', `The help topic "${topic.name}" is not active`);
    return topic.id;
  }

  private async defaultDepartment(id: string | null): Promise<string | null> {
    if (id === null) return null;
    return (await this.directory.department(id).catch(notFoundAs('defaultDepartmentId', 'No department of this instance has this id'))).id;
  }
}

function notFoundAs(field: string, message: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof DirectoryError && error.code === DirectoryErrorCode.NotFound) throw invalidField(field, message);
    throw error;
  };
}

function inRange(field: string, value: number, range: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw invalidField(field, `${field} must be a whole number from ${range.min} to ${range.max}`);
  }
  return value;
}

function primaryColor(value: string | null): string | null {
  if (value === null) return null;
  const problem = primaryColorProblem(value.trim());
  if (problem) throw invalidField('primaryColor', problem);
  return value.trim();
}

function mediaTypes(types: string[]): string[] {
  const normalized = [...new Set(types.map((type) => type.trim().toLowerCase()))];
  const bad = normalized.find((type) => !MEDIA_TYPE_PATTERN.test(type));
  if (bad !== undefined) throw invalidField('attachmentTypes', `"${bad}" is not a media type such as application/pdf or image/*`);
  return normalized;
}
