export { NotificationsModule } from './notifications.module';
export {
  ALERT_KEYS,
  AlertKey,
  NOTICE_KEYS,
  NoticeKey,
  PORTAL_KEYS,
  PortalKey,
  TEMPLATE_DEFINITIONS,
  TEMPLATE_KEYS,
  TemplateDefinition,
  TemplateKey,
  TemplateKind,
  VariableDefinition,
  isTemplateKey,
  sampleValues,
  templateDefinition,
} from './template-catalogue';
export { shippedTemplate } from './template-defaults';
export {
  RenderOptions,
  RenderedMail,
  TemplateProblem,
  TemplateRules,
  TemplateText,
  TemplateValues,
  TrustedHtml,
  VariableValue,
  escapeHtml,
  parseTemplate,
  renderTemplate,
  templateProblems,
} from './template-renderer';
export {
  ALERT_AUDIENCES,
  AlertAudience,
  AlertContext,
  AlertSetting,
  AutoResponderSwitches,
  NoticeSetting,
  NotificationSettings,
  defaultNotificationSettings,
  noticeEnabled,
  recipientsFor,
} from './alert-recipients';
export { MessageTemplate, NotificationSettingRow, notificationEntities } from './notification.entities';
export { NotificationError, NotificationErrorCode } from './notification.errors';
export { TemplateService, TemplateSummary, TemplateView } from './template.service';
export { TemplateAdminService, TemplatePreview } from './template-admin.service';
export { AlertChange, NoticeChange, NotificationSettingsChanges, NotificationSettingsService, NotificationSettingsView } from './notification-settings.service';
