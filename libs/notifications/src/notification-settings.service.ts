import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { In } from 'typeorm';
import { ALERT_AUDIENCES, AlertAudience, EVENT_ADDRESSED_ALERTS, AlertSetting, NoticeSetting, NotificationSettings, defaultNotificationSettings } from './alert-recipients';
import { NotificationSettingRow } from './notification.entities';
import { NotificationError, NotificationErrorCode } from './notification.errors';
import { ALERT_KEYS, AlertKey, NOTICE_KEYS, NoticeKey } from './template-catalogue';

export interface AlertChange {
  key: AlertKey;
  enabled?: boolean;
  recipients?: AlertAudience[];
}

export interface NoticeChange {
  key: NoticeKey;
  enabled?: boolean;
}

export interface NotificationSettingsView {
  alerts: (AlertSetting & { key: AlertKey; isDefault: boolean })[];
  notices: (NoticeSetting & { key: NoticeKey; isDefault: boolean })[];
}

export interface NotificationSettingsChanges {
  alerts?: AlertChange[];
  notices?: NoticeChange[];
}

// The instance's "alerts and notices". Only what differs from the shipped default is stored:
// setting an alert or notice back to the default removes its row. Runs in the tenant transaction.
@Injectable()
export class NotificationSettingsService {
  constructor(private readonly db: TenantDatabase) {}

  // For the sender (recipientsFor, noticeEnabled).
  async settings(): Promise<NotificationSettings> {
    return merged(await this.db.manager.find(NotificationSettingRow));
  }

  // For managers: every alert and notice, and whether it is as shipped.
  async view(): Promise<NotificationSettingsView> {
    const rows = await this.db.manager.find(NotificationSettingRow);
    const settings = merged(rows);
    const changed = new Set(rows.map((row) => row.key));
    return {
      alerts: ALERT_KEYS.map((key) => ({ key, ...settings.alerts[key], isDefault: !changed.has(key) })),
      notices: NOTICE_KEYS.map((key) => ({ key, ...settings.notices[key], isDefault: !changed.has(key) })),
    };
  }

  async update(changes: NotificationSettingsChanges): Promise<NotificationSettingsView> {
    const alerts = changes.alerts ?? [];
    const notices = changes.notices ?? [];
    if (alerts.length + notices.length === 0) throw invalid('alerts', 'Name at least one alert or notice to change');
    unique('alerts', alerts);
    unique('notices', notices);
    const settings = await this.settings();
    const defaults = defaultNotificationSettings();
    const rows: NotificationSettingRow[] = [];
    const back: string[] = [];
    const now = new Date();
    alerts.forEach((change, index) => {
      if (!isAlert(change.key)) throw invalid(`alerts.${index}.key`, `There is no alert ${change.key}`);
      if (change.enabled === undefined && change.recipients === undefined) throw invalid(`alerts.${index}`, `Nothing to change for ${change.key}`);
      const alert = settings.alerts[change.key];
      if (change.enabled !== undefined) alert.enabled = change.enabled;
      if (change.recipients !== undefined) alert.recipients = ALERT_AUDIENCES.filter((audience) => change.recipients!.includes(audience));
      if (alert.enabled && alert.recipients.length === 0 && !EVENT_ADDRESSED_ALERTS.includes(change.key)) {
        throw invalid(`alerts.${index}.recipients`, `${change.key} goes to nobody; name its recipients or switch it off (enabled: false)`);
      }
      const shipped = defaults.alerts[change.key];
      if (alert.enabled === shipped.enabled && sameAudiences(alert.recipients, shipped.recipients)) back.push(change.key);
      else rows.push(row(this.db.tenant.id, change.key, alert.enabled, alert.recipients, now));
    });
    notices.forEach((change, index) => {
      if (!isNotice(change.key)) throw invalid(`notices.${index}.key`, `There is no notice ${change.key}`);
      if (change.enabled === undefined) throw invalid(`notices.${index}`, `Nothing to change for ${change.key}`);
      settings.notices[change.key].enabled = change.enabled;
      if (change.enabled === defaults.notices[change.key].enabled) back.push(change.key);
      else rows.push(row(this.db.tenant.id, change.key, change.enabled, null, now));
    });
    if (back.length > 0) await this.db.manager.delete(NotificationSettingRow, { key: In(back) });
    if (rows.length > 0) await this.db.manager.upsert(NotificationSettingRow, rows, ['tenantId', 'key']);
    return this.view();
  }
}

function merged(rows: NotificationSettingRow[]): NotificationSettings {
  const settings = defaultNotificationSettings();
  for (const row of rows) {
    if (isAlert(row.key)) settings.alerts[row.key] = { enabled: row.enabled, recipients: audiences(row.recipients) };
    else if (isNotice(row.key)) settings.notices[row.key] = { enabled: row.enabled };
  }
  return settings;
}

function row(tenantId: string, key: string, enabled: boolean, recipients: string[] | null, updatedAt: Date): NotificationSettingRow {
  return Object.assign(new NotificationSettingRow(), { tenantId, key, enabled, recipients, updatedAt });
}

function isAlert(key: string): key is AlertKey {
  return (ALERT_KEYS as readonly string[]).includes(key);
}

function isNotice(key: string): key is NoticeKey {
  return (NOTICE_KEYS as readonly string[]).includes(key);
}

// Stored groups the product no longer knows are dropped rather than failing every mail.
function audiences(stored: string[] | null): AlertAudience[] {
  return ALERT_AUDIENCES.filter((audience) => (stored ?? []).includes(audience));
}

function sameAudiences(a: readonly AlertAudience[], b: readonly AlertAudience[]): boolean {
  return a.length === b.length && a.every((audience) => b.includes(audience));
}

function unique(field: string, changes: { key: string }[]): void {
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    if (seen.has(change.key)) throw invalid(`${field}.${index}.key`, `${change.key} is named twice`);
    seen.add(change.key);
  });
}

function invalid(field: string, message: string): NotificationError {
  return new NotificationError(NotificationErrorCode.AlertsInvalid, message, { field });
}
