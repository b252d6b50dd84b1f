export { RequestersModule } from './requesters.module';
export { RequesterContact, RequesterService, checkedEmail } from './requester.service';
export { RequesterError, RequesterErrorCode } from './requester.errors';
export { domainOf, nameFromEmail, normalizeDomain, normalizeEmail } from './email-address';
export { RequesterAdminService, RequesterChanges, RequesterInput, RequesterQuery, RequesterView } from './requester-admin.service';
export { OrganizationAdminService, OrganizationChanges, OrganizationInput, OrganizationView } from './organization-admin.service';
export {
  Organization,
  OrganizationDomain,
  Requester,
  RequesterEmail,
  RequesterOrganization,
  RequesterSession,
  RequesterToken,
  RequesterTokenPurpose,
  requesterEntities,
} from './requester.entities';
