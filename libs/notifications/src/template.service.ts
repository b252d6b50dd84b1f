import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { LANGUAGES, Language, isLanguage } from '@tessera/tenancy';
import { MessageTemplate } from './notification.entities';
import { NotificationError, NotificationErrorCode } from './notification.errors';
import { TEMPLATE_DEFINITIONS, TemplateDefinition, TemplateKey, isTemplateKey, templateDefinition } from './template-catalogue';
import { shippedTemplate } from './template-defaults';
import { RenderOptions, RenderedMail, TemplateText, TemplateValues, renderTemplate } from './template-renderer';

// One template in one language as it applies to the instance.
export interface TemplateView extends TemplateText {
  key: TemplateKey;
  language: Language;
  definition: TemplateDefinition;
  // True: the instance's own text; false: the shipped one.
  overridden: boolean;
  updatedAt: Date | null;
  updatedByStaffId: string | null;
  shipped: TemplateText;
}

export interface TemplateSummary {
  definition: TemplateDefinition;
  languages: { language: Language; overridden: boolean; updatedAt: Date | null }[];
}

// The instance's templates: its own text where a manager changed one, the shipped text
// elsewhere. Runs in the tenant transaction (the worker's jobs open one too).
@Injectable()
export class TemplateService {
  constructor(private readonly db: TenantDatabase) {}

  async list(): Promise<TemplateSummary[]> {
    const rows = await this.db.manager.find(MessageTemplate, { select: { key: true, language: true, updatedAt: true } });
    const changed = new Map(rows.map((row) => [`${row.key}/${row.language}`, row.updatedAt]));
    return TEMPLATE_DEFINITIONS.map((definition) => ({
      definition,
      languages: LANGUAGES.map((language) => {
        const updatedAt = changed.get(`${definition.key}/${language}`) ?? null;
        return { language, overridden: updatedAt !== null, updatedAt };
      }),
    }));
  }

  // Unknown keys and languages are not found (404), like an unknown id.
  async get(key: string, language: string): Promise<TemplateView> {
    const { templateKey, templateLanguage } = known(key, language);
    const row = await this.db.manager.findOneBy(MessageTemplate, { key: templateKey, language: templateLanguage });
    const shipped = shippedTemplate(templateKey, templateLanguage);
    return {
      key: templateKey,
      language: templateLanguage,
      definition: templateDefinition(templateKey),
      subject: row?.subject ?? shipped.subject,
      body: row?.body ?? shipped.body,
      overridden: !!row,
      updatedAt: row?.updatedAt ?? null,
      updatedByStaffId: row?.updatedByStaffId ?? null,
      shipped,
    };
  }

  // For the sender: the text in force for a recipient's language (the shipped English for a
  // language the product does not ship).
  async templateFor(key: TemplateKey, language: string): Promise<TemplateText> {
    const applied = isLanguage(language) ? language : 'en';
    const row = await this.db.manager.findOneBy(MessageTemplate, { key, language: applied });
    return row ? { subject: row.subject, body: row.body } : shippedTemplate(key, applied);
  }

  // For the sender: the mail ready to send. Ticket mails (definition.threaded) get
  // `{ replyAbove: <the marker the inbound parser cuts at> }`.
  async render(key: TemplateKey, language: string, values: TemplateValues, options: RenderOptions = {}): Promise<RenderedMail> {
    const template = await this.templateFor(key, language);
    return renderTemplate(template, values, { brand: await this.brand(), ...options });
  }

  // The name and colour an instance chose for its mail; null when it chose neither.
  private async brand(): Promise<RenderOptions['brand']> {
    const [row]: { company_name: string | null; primary_color: string | null; name: string }[] = await this.db.manager.query(
      `select s.company_name, s.primary_color, t.name from instance_settings s join tenants t on t.id = s.tenant_id`,
      [],
    );
    if (!row || (row.company_name === null && row.primary_color === null)) return null;
    return { name: row.company_name ?? row.name, color: row.primary_color };
  }
}

export function known(key: string, language: string): { templateKey: TemplateKey; templateLanguage: Language } {
  if (!isTemplateKey(key)) throw new NotificationError(NotificationErrorCode.TemplateNotFound, `No template ${key}`);
  if (!isLanguage(language)) {
    throw new NotificationError(NotificationErrorCode.TemplateNotFound, `No template ${key} in "${language}": the languages are ${LANGUAGES.join(', ')}`);
  }
  return { templateKey: key, templateLanguage: language };
}
