import { Module } from '@nestjs/common';
import { AuthModule } from '@tessera/auth';
import { AgentAccessService } from './agent-access.service';
import { AgentAdminService } from './agent-admin.service';
import { DepartmentAdminService } from './department-admin.service';
import { DepartmentMemberService } from './department-member.service';
import { CustomFormAdminService } from './custom-form-admin.service';
import { CustomFormService } from './custom-form.service';
import { DirectoryService } from './directory.service';
import { EscalationAdminService } from './escalation-admin.service';
import { HelpTopicAdminService } from './help-topic-admin.service';
import { PriorityAdminService } from './priority-admin.service';
import { RoleAdminService } from './role-admin.service';
import { ScheduleAdminService } from './schedule-admin.service';
import { SettingsAdminService } from './settings-admin.service';
import { BrandingService } from './branding.service';
import { SlaPlanAdminService } from './sla-plan-admin.service';
import { StatusAdminService } from './status-admin.service';
import { TeamAdminService } from './team-admin.service';

const services = [
  DirectoryService,
  AgentAccessService,
  AgentAdminService,
  DepartmentAdminService,
  DepartmentMemberService,
  TeamAdminService,
  RoleAdminService,
  HelpTopicAdminService,
  StatusAdminService,
  PriorityAdminService,
  SlaPlanAdminService,
  EscalationAdminService,
  ScheduleAdminService,
  SettingsAdminService,
  BrandingService,
  CustomFormService,
  CustomFormAdminService,
];

@Module({ imports: [AuthModule], providers: services, exports: services })
export class DirectoryModule {}
