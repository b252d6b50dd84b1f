export { IntakeModule } from './intake.module';
export { IntakeResult, IntakeSource } from './intake-result';
export { MailIntakeService } from './mail-intake.service';
export { IntakeRoute, MAIL_FILTERS, MailFilter } from './mail-filter';
export { DroppedAttachment, applyAttachmentLimits } from './attachment-limits';
export { MailLogEntry, MailLogQuery, MailLogService } from './mail-log.service';
