import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@tessera/database';
import { LANGUAGES, Language } from '@tessera/tenancy';
import { LOGO_MAX_BYTES, InstanceLogo, InstancePage, PAGE_KINDS, PageKind } from './directory.entities';
import { DirectoryError, DirectoryErrorCode, invalidField } from './directory.errors';
import { isLogoType, logoTypeOf, sanitizePageHtml } from './branding-rules';

export interface PageInput {
  title: string;
  // HTML; what is kept is what the sanitiser allows.
  body: string;
}

// The pages of one language as the portal shows them: each kind, or null when it has none.
export type PortalPages = Record<PageKind, { title: string; body: string; language: string } | null>;

const notFound = (what: string) => new DirectoryError(DirectoryErrorCode.NotFound, `No ${what} here`);

// The portal's pages and the instance's logo, kept by managers and read by anyone. Runs in the
// tenant transaction.
@Injectable()
export class BrandingService {
  constructor(private readonly db: TenantDatabase) {}

  pages(): Promise<InstancePage[]> {
    return this.db.manager.find(InstancePage, { order: { kind: 'ASC', language: 'ASC' } });
  }

  async page(kind: string, language: string): Promise<InstancePage> {
    const page = isPageKind(kind) && isPageLanguage(language) ? await this.db.manager.findOneBy(InstancePage, { kind, language }) : null;
    if (!page) throw notFound(`page ${kind} in ${language}`);
    return page;
  }

  async putPage(kind: string, language: string, input: PageInput): Promise<InstancePage> {
    if (!isPageKind(kind)) throw notFound(`page kind ${kind}: there are ${PAGE_KINDS.join(', ')}`);
    if (!isPageLanguage(language)) throw notFound(`language ${language}: there are ${LANGUAGES.join(', ')}`);
    const title = input.title.trim();
    if (!title) throw invalidField('title', 'The title is empty');
    const page = Object.assign(new InstancePage(), { tenantId: this.db.tenant.id, kind, language, title, body: sanitizePageHtml(input.body), updatedAt: new Date() });
    return this.db.manager.save(InstancePage, page);
  }

  async deletePage(kind: string, language: string): Promise<void> {
    const page = await this.page(kind, language);
    await this.db.manager.delete(InstancePage, { kind: page.kind, language: page.language });
  }

  // For the portal: each page in the language asked for, else in the instance's language, else
  // in English, else in any.
  async portalPages(language: string, instanceLanguage: string): Promise<PortalPages> {
    const rows = await this.pages();
    const order = [language, instanceLanguage, 'en', ...LANGUAGES];
    const pick = (kind: PageKind) => {
      const found = order.map((wanted) => rows.find((row) => row.kind === kind && row.language === wanted)).find(Boolean);
      return found ? { title: found.title, body: found.body, language: found.language } : null;
    };
    return { landing: pick('landing'), 'thank-you': pick('thank-you'), offline: pick('offline') };
  }

  logo(): Promise<InstanceLogo | null> {
    return this.db.manager.findOneBy(InstanceLogo, { tenantId: this.db.tenant.id });
  }

  // When the logo last changed, without its bytes (every page load asks): null when none.
  async logoChangedAt(): Promise<Date | null> {
    const found = await this.db.manager.findOne(InstanceLogo, { where: { tenantId: this.db.tenant.id }, select: { tenantId: true, updatedAt: true } });
    return found?.updatedAt ?? null;
  }

  async putLogo(contentType: string, content: Buffer): Promise<InstanceLogo> {
    if (content.length === 0) throw invalidField('data', 'The image is empty');
    if (content.length > LOGO_MAX_BYTES) throw invalidField('data', `The image has ${content.length} bytes; a logo may have ${LOGO_MAX_BYTES}`);
    const actual = logoTypeOf(content);
    if (!actual || !isLogoType(contentType) || actual !== contentType) {
      throw invalidField('contentType', `The image is not a PNG, JPEG, GIF or WebP file of the type given (${contentType})`);
    }
    const logo = Object.assign(new InstanceLogo(), { tenantId: this.db.tenant.id, contentType: actual, content, updatedAt: new Date() });
    return this.db.manager.save(InstanceLogo, logo);
  }

  async deleteLogo(): Promise<void> {
    await this.db.manager.delete(InstanceLogo, { tenantId: this.db.tenant.id });
  }
}

const isPageKind = (value: string): value is PageKind => (PAGE_KINDS as readonly string[]).includes(value);
const isPageLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);
