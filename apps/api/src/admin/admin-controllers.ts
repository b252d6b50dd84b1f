import { AgentsController } from './agents.controller';
import { AlertsController } from './alerts.controller';
import { ApiKeysController } from './api-keys.controller';
import { BrandingController } from './branding.controller';
import { ConfigurationController } from './configuration.controller';
import { DepartmentMembersController } from './department-members.controller';
import { CustomFieldsController, CustomFormsController, CustomListsController } from './custom-forms.controller';
import { DepartmentsController } from './departments.controller';
import { HelpTopicsController } from './help-topics.controller';
import { LdapController } from './ldap.controller';
import { MailLogController } from './mail-log.controller';
import { MailboxesController } from './mailboxes.controller';
import { OrganizationsController } from './organizations.controller';
import { PrioritiesController } from './priorities.controller';
import { RecurringTicketsController } from './recurring-tickets.controller';
import { TimeRulesController } from './time-rules.controller';
import { RequestersController } from './requesters.controller';
import { RolesController } from './roles.controller';
import { SchedulesController } from './schedules.controller';
import { SettingsController } from './settings.controller';
import { SlaPlansController } from './sla-plans.controller';
import { StatusesController } from './statuses.controller';
import { TeamsController } from './teams.controller';
import { TemplatesController } from './templates.controller';
import { TicketFiltersController } from './ticket-filters.controller';
import { TriggersController } from './triggers.controller';
import { WebhooksController } from './webhooks.controller';

// The instance admin API, /api/v1/t/{slug}/admin/...: managers only, but for a department's help
// topics, filters and members, which its agents with the permission there keep too.
export const adminControllers = [
  DepartmentsController,
  DepartmentMembersController,
  TeamsController,
  RolesController,
  AgentsController,
  RequestersController,
  OrganizationsController,
  HelpTopicsController,
  StatusesController,
  PrioritiesController,
  SlaPlansController,
  SchedulesController,
  SettingsController,
  ApiKeysController,
  MailboxesController,
  MailLogController,
  TemplatesController,
  AlertsController,
  WebhooksController,
  RecurringTicketsController,
  TimeRulesController,
  BrandingController,
  TicketFiltersController,
  TriggersController,
  LdapController,
  ConfigurationController,
  CustomListsController,
  CustomFieldsController,
  CustomFormsController,
];
