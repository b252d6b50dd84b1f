export { RequestersModule } from './requesters.module';
export { RequesterContact, RequesterService, checkedEmail } from './requester.service';
export { GUEST_SESSION_MINUTES, Registration, RequesterAuthService, RequesterDirectory, RequesterProfile, RequesterSignIn, assertSignedIn } from './requester-auth.service';
export { RequesterPrincipal } from './requester-principal';
export { RequesterError, RequesterErrorCode } from './requester.errors';
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
