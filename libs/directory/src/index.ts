export { DirectoryModule } from './directory.module';
export { DirectoryService, SeededDirectory } from './directory.service';
export { EscalationAdminService, EscalationStepInput } from './escalation-admin.service';
export { DefaultConfiguration, defaultConfiguration } from './directory-defaults';
export {
  ATTACHMENT_MAX_BYTES,
  AUTOCLOSE_DAYS,
  AUTORESPONSE_HOURLY_LIMIT,
  BusinessSchedule,
  CLOSED_REPLY_POLICIES,
  ClosedReplyPolicy,
  Department,
  ESCALATION_ANCHORS,
  EscalationAnchor,
  EscalationStep,
  HelpTopic,
  InstanceLogo,
  InstancePage,
  InstanceSettings,
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  PAGE_KINDS,
  PageKind,
  LOCK_SECONDS,
  MAX_OPEN_TICKETS,
  MEDIA_TYPE_PATTERN,
  PRIORITY_MODES,
  Priority,
  PriorityMode,
  REGISTRATIONS,
  Registration,
  Role,
  SlaPlan,
  StaffDepartment,
  TEAM_ASSIGNMENT_MODES,
  Team,
  TeamAssignmentMode,
  TeamMember,
  TICKET_STATES,
  TicketState,
  TicketStatus,
  UNKNOWN_SENDER_POLICIES,
  UnknownSenderPolicy,
  directoryEntities,
} from './directory.entities';
export { AgentAccess, TicketScope, administeredDepartments, administers, can, canSee, isMember } from './agent-access';
export { AgentAccessService } from './agent-access.service';
export { guestTicketsAllowed } from './guest-tickets';
export { DEFAULT_ROLE_PERMISSIONS, DefaultRole, PERMISSIONS, Permission, isPermission } from './permissions';
export { MATRIX_LEVELS, MatrixLevel, PriorityBand, bandFor, defaultPriorityMatrix, isMatrixLevel, matrixProblem } from './priority-matrix';
export {
  MAX_REFERENCE_FORMAT_LENGTH,
  ReferenceFormat,
  parseReferenceFormat,
  randomReference,
  referenceFormatProblem,
  sequenceReference,
} from './reference-format';
export { DirectoryError, DirectoryErrorCode } from './directory.errors';
export { AgentAdminService, AgentChanges, AgentDepartment, AgentDepartmentView, AgentInput, AgentView } from './agent-admin.service';
export { DepartmentAdminService, DepartmentChanges, DepartmentInput } from './department-admin.service';
export { DepartmentMember, DepartmentMemberService } from './department-member.service';
export { HelpTopicAdminService, HelpTopicChanges, HelpTopicInput } from './help-topic-admin.service';
export { PriorityAdminService, PriorityChanges, PriorityInput } from './priority-admin.service';
export { RoleAdminService, RoleChanges, RoleInput } from './role-admin.service';
export { SettingsAdminService, SettingsChanges, SettingsView } from './settings-admin.service';
export { BrandingService, PageInput, PortalPages } from './branding.service';
export { primaryColorProblem, sanitizePageHtml } from './branding-rules';
export { ScheduleAdminService, ScheduleInput } from './schedule-admin.service';
export { SlaPlanAdminService, SlaPlanChanges, SlaPlanInput } from './sla-plan-admin.service';
export { StatusAdminService, StatusChanges, StatusInput } from './status-admin.service';
export { TeamAdminService, TeamChanges, TeamInput, TeamView } from './team-admin.service';
export { domainOf, nameFromEmail, normalizeDomain, normalizeEmail } from './email-address';
export type { EmailOptions } from './email-address';
export { CustomField, CustomForm, CustomFormField, CustomList, HelpTopicForm, customFormEntities } from './custom-form.entities';
export {
  CUSTOM_FIELD_TYPES,
  CustomFieldType,
  FIELD_VISIBILITIES,
  FORM_KINDS,
  FieldVisibility,
  FormFieldView,
  FormFiller,
  FormKind,
  Label,
  ListItem,
  MAX_FORM_FIELDS,
  checkedFieldKey,
  checkedLabels,
  checkedListItems,
  customDataMatch,
  fieldError,
  customValueText,
  labelIn,
  mayEdit,
  requesterSees,
} from './custom-form-rules';
export { CustomFormService, FieldValue } from './custom-form.service';
export {
  CustomFieldChanges,
  CustomFieldInput,
  CustomFormAdminService,
  CustomFormChanges,
  CustomFormInput,
  CustomFormView,
  CustomListInput,
  FormFieldInput,
} from './custom-form-admin.service';
