export { IntakeModule } from './intake.module';
export { IntakeResult, IntakeSource } from './intake-result';
export { MailIntakeService } from './mail-intake.service';
export { DroppedAttachment, applyAttachmentLimits } from './attachment-limits';
export { MailLogEntry, MailLogQuery, MailLogService } from './mail-log.service';
