import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { IsNull, MoreThan } from 'typeorm';
import { ESCALATION_ANCHORS, EscalationAnchor, EscalationStep } from './directory.entities';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface EscalationStepInput {
  after: EscalationAnchor;
  minutes: number;
  transferDepartmentId?: string | null;
  assignStaffId?: string | null;
  assignTeamId?: string | null;
  raisePriority?: boolean;
  notifyStaffIds?: string[];
  notifyDepartmentManager?: boolean;
}

// Whose line: an SLA plan's, or a priority band's (named by its lowest product).
type LineOwner = Pick<EscalationStep, 'slaPlanId' | 'bandMinProduct'>;

// The most steps a line holds: 1st -> 2nd -> 3rd line and a few more.
export const MAX_ESCALATION_STEPS = 20;

// An SLA plan's or a priority band's escalation line, read and replaced as a whole: its order is the order of the
// steps. A step keeps its id (and so the record of the tickets it ran on) while its position
// stays in the line: changing the line does not run the kept steps again. Runs in the tenant
// transaction.
@Injectable()
export class EscalationAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
  ) {}

  async line(planId: string): Promise<EscalationStep[]> {
    await this.directory.slaPlan(planId);
    return this.directory.escalationSteps(planId);
  }

  async replace(planId: string, steps: EscalationStepInput[]): Promise<EscalationStep[]> {
    await this.directory.slaPlan(planId);
    return this.write({ slaPlanId: planId, bandMinProduct: null }, steps);
  }

  // The line of the priority matrix's band that starts at `minProduct`.
  async bandLine(minProduct: number): Promise<EscalationStep[]> {
    await this.band(minProduct);
    return this.directory.bandEscalationSteps(minProduct);
  }

  async replaceBand(minProduct: number, steps: EscalationStepInput[]): Promise<EscalationStep[]> {
    await this.band(minProduct);
    return this.write({ slaPlanId: null, bandMinProduct: minProduct }, steps);
  }

  private async band(minProduct: number): Promise<void> {
    const bands = await this.directory.priorityMatrix();
    if (!bands.some((band) => band.minProduct === minProduct)) {
      throw new DirectoryError(DirectoryErrorCode.NotFound, `No band of the priority matrix starts at the product ${minProduct}`);
    }
  }

  private async write(owner: LineOwner, steps: EscalationStepInput[]): Promise<EscalationStep[]> {
    if (steps.length > MAX_ESCALATION_STEPS) throw invalidField('steps', `A line holds at most ${MAX_ESCALATION_STEPS} steps`);
    const now = new Date();
    const where = { slaPlanId: owner.slaPlanId ?? IsNull(), bandMinProduct: owner.bandMinProduct ?? IsNull() };
    const kept = await this.db.manager.find(EscalationStep, { where, order: { position: 'ASC' } });
    const rows: EscalationStep[] = [];
    for (const [index, step] of steps.entries()) rows.push(await this.row(owner, index, step, now, kept[index]));
    await this.db.manager.delete(EscalationStep, { ...where, position: MoreThan(rows.length) });
    if (rows.length > 0) await this.db.manager.upsert(EscalationStep, rows, ['tenantId', 'id']);
    return rows;
  }

  private async row(owner: LineOwner, index: number, step: EscalationStepInput, now: Date, kept: EscalationStep | undefined): Promise<EscalationStep> {
    const field = (name: string) => `steps[${index}].${name}`;
    if (!(ESCALATION_ANCHORS as readonly string[]).includes(step.after)) throw invalidField(field('after'), 'A step runs after the breach or after the warning');
    const exists = async (id: string | null | undefined, name: string, find: (id: string) => Promise<unknown>) => {
      if (id) await find(id).catch(() => {
        throw invalidField(field(name), `No ${name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => ' ' + c.toLowerCase())} with id ${id}`);
      });
      return id ?? null;
    };
    const row = Object.assign(new EscalationStep(), {
      tenantId: this.db.tenant.id,
      id: kept?.id ?? newId(),
      ...owner,
      position: index + 1,
      afterEvent: step.after,
      afterMinutes: step.minutes,
      transferDepartmentId: await exists(step.transferDepartmentId, 'transferDepartmentId', (id) => this.directory.department(id)),
      assignStaffId: await exists(step.assignStaffId, 'assignStaffId', (id) => this.directory.agent(id)),
      assignTeamId: await exists(step.assignTeamId, 'assignTeamId', (id) => this.directory.team(id)),
      raisePriority: step.raisePriority ?? false,
      notifyStaffIds: await this.agents(step.notifyStaffIds ?? [], field('notifyStaffIds')),
      notifyDepartmentManager: step.notifyDepartmentManager ?? false,
      createdAt: kept?.createdAt ?? now,
      updatedAt: now,
    });
    if (!row.transferDepartmentId && !row.assignStaffId && !row.assignTeamId && !row.raisePriority && row.notifyStaffIds.length === 0 && !row.notifyDepartmentManager) {
      throw invalidField(field('transferDepartmentId'), 'A step must transfer, assign, raise the priority or notify');
    }
    return row;
  }

  // The agents a step notifies, each once, every one an agent of this instance.
  private async agents(ids: string[], field: string): Promise<string[]> {
    const unique = [...new Set(ids)];
    for (const id of unique) {
      await this.directory.agent(id).catch(() => {
        throw invalidField(`${field}[${ids.indexOf(id)}]`, `No agent with id ${id}`);
      });
    }
    return unique;
  }
}
