import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { MessageTemplate } from './notification.entities';
import { NotificationError, NotificationErrorCode } from './notification.errors';
import { TemplateKey, sampleValues, templateDefinition } from './template-catalogue';
import { RenderedMail, TemplateText, renderTemplate, templateProblems } from './template-renderer';
import { TemplateService, TemplateView, known } from './template.service';

export interface TemplatePreview extends RenderedMail {
  key: TemplateKey;
  language: string;
  // What was rendered: the submitted draft, the instance's own text or the shipped one.
  source: 'draft' | 'instance' | 'shipped';
  // The sample value of every variable of the template.
  values: Record<string, string>;
}

// Managers edit, revert and preview the instance's templates. Runs in the tenant transaction.
@Injectable()
export class TemplateAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly templates: TemplateService,
  ) {}

  // Stores the instance's own text. Text equal to the shipped one is no change of the
  // instance's: it is not stored, so later improvements of the shipped text still reach it.
  async save(key: string, language: string, text: TemplateText, staffId: string): Promise<TemplateView> {
    const { templateKey, templateLanguage } = known(key, language);
    checked(templateKey, text);
    const current = await this.templates.get(templateKey, templateLanguage);
    if (text.subject === current.shipped.subject && text.body === current.shipped.body) return this.revert(key, language);
    await this.db.manager.upsert(
      MessageTemplate,
      {
        tenantId: this.db.tenant.id,
        key: templateKey,
        language: templateLanguage,
        subject: text.subject,
        body: text.body,
        updatedByStaffId: staffId,
        updatedAt: new Date(),
      },
      ['tenantId', 'key', 'language'],
    );
    return this.templates.get(templateKey, templateLanguage);
  }

  // Back to the shipped text; reverting a template that was not changed changes nothing.
  async revert(key: string, language: string): Promise<TemplateView> {
    const { templateKey, templateLanguage } = known(key, language);
    await this.db.manager.delete(MessageTemplate, { key: templateKey, language: templateLanguage });
    return this.templates.get(templateKey, templateLanguage);
  }

  // Renders the template in force, or a draft (either part left out comes from the template in
  // force), with the sample value of every variable. A draft is checked as a save would be.
  async preview(key: string, language: string, draft: Partial<TemplateText> = {}): Promise<TemplatePreview> {
    const current = await this.templates.get(key, language);
    const isDraft = draft.subject !== undefined || draft.body !== undefined;
    const text = { subject: draft.subject ?? current.subject, body: draft.body ?? current.body };
    if (isDraft) checked(current.key, text);
    const values = sampleValues(current.key);
    return {
      key: current.key,
      language: current.language,
      source: isDraft ? 'draft' : current.overridden ? 'instance' : 'shipped',
      values,
      ...renderTemplate(text, values),
    };
  }
}

// Refuses unknown variables, malformed placeholders and a ticket mail whose subject lost its
// reference, naming each.
function checked(key: TemplateKey, text: TemplateText): void {
  const definition = templateDefinition(key);
  const problems = templateProblems(text, { variables: definition.variables.map((v) => v.name), threaded: definition.threaded });
  if (problems.length === 0) return;
  const placeholders = (problem: string) => problems.filter((p) => p.problem === problem).map((p) => p.placeholder);
  throw new NotificationError(NotificationErrorCode.TemplateInvalid, problems.map((p) => p.message).join('; '), {
    unknownVariables: placeholders('unknown-variable'),
    malformedPlaceholders: placeholders('malformed-placeholder'),
    // The shape of every other validation answer: the problems of each field.
    errors: (['subject', 'body'] as const)
      .map((field) => ({ field, problems: problems.filter((p) => p.field === field).map((p) => p.message) }))
      .filter((error) => error.problems.length > 0),
    variables: definition.variables.map((v) => v.name),
  });
}
