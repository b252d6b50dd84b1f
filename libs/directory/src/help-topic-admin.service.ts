import { Injectable } from '@nestjs/common';
import { TenantDatabase, newId } from '@tessera/database';
import { DEFAULT_HELP_TOPIC_USAGE, assertNoCycle, assertUnused, checkedName, checkedReferenceFormat, deleteUnlessUsed, saveNamed } from './admin-rules';
import { AgentAccess, administeredDepartments, administers } from './agent-access';
import { AgentAccessService } from './agent-access.service';
import { HelpTopic } from './directory.entities';
import { invalidField, notAdministered } from './directory.errors';
import { DirectoryService } from './directory.service';

export interface HelpTopicInput {
  name: string;
  parentId?: string | null;
  departmentId: string;
  priorityId?: string | null;
  slaPlanId?: string | null;
  isPublic?: boolean;
  isActive?: boolean;
  autoAssignStaffId?: string | null;
  autoAssignTeamId?: string | null;
  // Null: the instance's format.
  referenceFormat?: string | null;
  // Off: its tickets get no auto-responses.
  autoResponse?: boolean;
}

export type HelpTopicChanges = Partial<HelpTopicInput>;

// The help-topic tree requesters choose from, kept by managers, and each department's topics
// by its agents whose role there has topics.manage. Names are unique among siblings. Runs in
// the tenant transaction.
@Injectable()
export class HelpTopicAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly directory: DirectoryService,
    private readonly access: AgentAccessService,
  ) {}

  // Those the agent keeps: all for managers.
  async list(staffId: string): Promise<HelpTopic[]> {
    const access = await this.administrator(staffId);
    return (await this.directory.helpTopics()).filter((topic) => administers(access, topic.departmentId, 'topics.manage'));
  }

  async get(staffId: string, id: string): Promise<HelpTopic> {
    return this.kept(await this.administrator(staffId), id);
  }

  async create(staffId: string, input: HelpTopicInput): Promise<HelpTopic> {
    const access = await this.administrator(staffId);
    const now = new Date();
    const topic = Object.assign(new HelpTopic(), {
      tenantId: this.db.tenant.id,
      id: newId(),
      parentId: null,
      priorityId: null,
      slaPlanId: null,
      isPublic: true,
      isActive: true,
      autoAssignStaffId: null,
      autoAssignTeamId: null,
      referenceFormat: null,
      autoResponse: true,
      createdAt: now,
    });
    return this.save(access, topic, input);
  }

  async update(staffId: string, id: string, changes: HelpTopicChanges): Promise<HelpTopic> {
    const access = await this.administrator(staffId);
    return this.save(access, await this.kept(access, id), changes);
  }

  async delete(staffId: string, id: string): Promise<void> {
    await this.kept(await this.administrator(staffId), id);
    await deleteUnlessUsed(
      this.db.manager,
      HelpTopic,
      id,
      'help topic',
      [
        { table: 'tickets', column: 'help_topic_id', label: 'tickets' },
        { table: 'help_topics', column: 'parent_id', label: 'child topics' },
        DEFAULT_HELP_TOPIC_USAGE,
      ],
      'deactivate it instead (isActive: false)',
    );
  }

  // The caller's access, refused unless they keep some topics.
  private async administrator(staffId: string): Promise<AgentAccess> {
    const access = await this.access.load(staffId);
    if (!access.isManager && administeredDepartments(access, 'topics.manage').length === 0) {
      throw notAdministered('topics.manage', 'Help topics are kept by managers and by agents whose role in a department has topics.manage');
    }
    return access;
  }

  private async kept(access: AgentAccess, id: string): Promise<HelpTopic> {
    const topic = await this.directory.helpTopic(id);
    requireTopics(access, topic.departmentId);
    return topic;
  }

  private async save(access: AgentAccess, topic: HelpTopic, changes: HelpTopicChanges): Promise<HelpTopic> {
    const { directory } = this;
    if (changes.name !== undefined) topic.name = checkedName(changes.name);
    if (changes.parentId !== undefined) {
      if (changes.parentId !== null) {
        // A department's keeper places its topics under its own department's topics only.
        requireTopics(access, (await directory.helpTopic(changes.parentId)).departmentId);
        await assertNoCycle(this.db.manager, 'help_topics', topic.id, changes.parentId);
      }
      topic.parentId = changes.parentId;
    }
    if (changes.departmentId !== undefined) topic.departmentId = (await directory.department(changes.departmentId)).id;
    requireTopics(access, topic.departmentId);
    if (changes.priorityId !== undefined) topic.priorityId = changes.priorityId && (await directory.priority(changes.priorityId)).id;
    if (changes.slaPlanId !== undefined) topic.slaPlanId = changes.slaPlanId && (await directory.slaPlan(changes.slaPlanId)).id;
    if (changes.isPublic !== undefined) topic.isPublic = changes.isPublic;
    if (changes.isActive === false && topic.isActive) {
      await assertUnused(this.db.manager, topic.id, 'help topic', [DEFAULT_HELP_TOPIC_USAGE], 'choose another default help topic first');
    }
    if (changes.isActive !== undefined) topic.isActive = changes.isActive;
    if (changes.autoResponse !== undefined) topic.autoResponse = changes.autoResponse;
    if (changes.autoAssignStaffId !== undefined) {
      topic.autoAssignStaffId = changes.autoAssignStaffId && (await directory.agent(changes.autoAssignStaffId)).id;
    }
    if (changes.autoAssignTeamId !== undefined) {
      topic.autoAssignTeamId = changes.autoAssignTeamId && (await directory.team(changes.autoAssignTeamId)).id;
    }
    if (topic.autoAssignStaffId && topic.autoAssignTeamId) {
      throw invalidField('autoAssignTeamId', 'A help topic assigns new tickets to an agent or to a team, not both');
    }
    if (changes.referenceFormat !== undefined) {
      topic.referenceFormat = changes.referenceFormat === null ? null : checkedReferenceFormat(changes.referenceFormat);
    }
    topic.updatedAt = new Date();
    return saveNamed(this.db.manager, HelpTopic, topic, 'help topic at this level');
  }
}

function requireTopics(access: AgentAccess, departmentId: string): void {
  if (!administers(access, departmentId, 'topics.manage')) {
    throw notAdministered('topics.manage', "Your role in this help topic's department does not allow topics.manage");
  }
}
