import { authEntities } from '@tessera/auth';
import { directoryEntities } from '@tessera/directory';
import { tenancyEntities } from '@tessera/tenancy';

// Every entity the apps map; one list so the API and the worker cannot drift apart.
export const allEntities = [...tenancyEntities, ...directoryEntities, ...authEntities];
