export { RequestersModule } from './requesters.module';
export { RequesterContact, RequesterService, checkedEmail } from './requester.service';
export { RequesterError, RequesterErrorCode } from './requester.errors';
export { domainOf, nameFromEmail, normalizeEmail } from './email-address';
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
