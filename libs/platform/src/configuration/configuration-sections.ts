import { alertsSection } from './alerts.section';
import { cannedResponsesSection } from './canned-responses.section';
import { ConfigurationSection } from './configuration-section';
import { customFieldsSection } from './custom-fields.section';
import { customFormFieldsSection } from './custom-form-fields.section';
import { customFormsSection } from './custom-forms.section';
import { customListsSection } from './custom-lists.section';
import { departmentsSection } from './departments.section';
import { escalationLinesSection } from './escalation-lines.section';
import { helpTopicFormsSection } from './help-topic-forms.section';
import { helpTopicsSection } from './help-topics.section';
import { mailboxesSection } from './mailboxes.section';
import { pagesSection } from './pages.section';
import { prioritiesSection } from './priorities.section';
import { rolesSection } from './roles.section';
import { schedulesSection } from './schedules.section';
import { settingsSection } from './settings.section';
import { signInSection } from './sign-in.section';
import { slaPlansSection } from './sla-plans.section';
import { statusesSection } from './statuses.section';
import { teamsSection } from './teams.section';
import { templatesSection } from './templates.section';
import { ticketFiltersSection } from './ticket-filters.section';
import { timeRulesSection } from './time-rules.section';
import { triggersSection } from './triggers.section';

// Every section, in the order an import applies them: a section only refers to the ones above it
// (and a tree to itself). A new kind of configuration adds its module here.
export const CONFIGURATION_SECTIONS: readonly ConfigurationSection[] = [
  mailboxesSection,
  schedulesSection,
  slaPlansSection,
  prioritiesSection,
  statusesSection,
  rolesSection,
  departmentsSection,
  teamsSection,
  helpTopicsSection,
  escalationLinesSection,
  cannedResponsesSection,
  ticketFiltersSection,
  triggersSection,
  timeRulesSection,
  customListsSection,
  customFieldsSection,
  customFormsSection,
  customFormFieldsSection,
  helpTopicFormsSection,
  templatesSection,
  alertsSection,
  pagesSection,
  settingsSection,
  signInSection,
];

// The members of a file's `sections`, in the order they are applied.
export const CONFIGURATION_SECTION_NAMES: readonly string[] = CONFIGURATION_SECTIONS.filter((section) => !section.referenceOnly).map((section) => section.name);
