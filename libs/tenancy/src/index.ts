export { TenancyModule } from './tenancy.module';
export { Tenant, TenantSlugRedirect, TenantStatus } from './tenant.entity';
export { TenantError, TenantErrorCode } from './tenant.errors';
export { NewTenant, TenantChanges, TenantPage, TenantService } from './tenant.service';
export { LANGUAGES, Language, isLanguage, isTimeZone } from './tenant-settings';
export { RESERVED_SLUGS, SLUG_RULE, slugProblem } from './tenant-slug';

import { Tenant, TenantSlugRedirect } from './tenant.entity';
export const tenancyEntities = [Tenant, TenantSlugRedirect];
