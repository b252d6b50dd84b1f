import { apiKeyEntities, authEntities } from '@tessera/auth';
import { OutboxMessage } from '@tessera/database';
import { customFormEntities, directoryEntities } from '@tessera/directory';
import { ldapEntities } from '@tessera/ldap';
import { mailboxEntities } from '@tessera/mailboxes';
import { notificationEntities } from '@tessera/notifications';
import { requesterEntities } from '@tessera/requesters';
import { tenancyEntities } from '@tessera/tenancy';
import { attachmentEntities, ticketEntities } from '@tessera/tickets';
import { viewEntities } from '@tessera/views';
import { Webhook, WebhookDelivery } from '@tessera/webhooks';

// Every entity the apps map; one list so the API and the worker cannot drift apart.
export const allEntities = [
  ...tenancyEntities,
  ...directoryEntities,
  ...customFormEntities,
  ...authEntities,
  ...apiKeyEntities,
  ...requesterEntities,
  ...ticketEntities,
  ...attachmentEntities,
  ...mailboxEntities,
  ...notificationEntities,
  ...viewEntities,
  ...ldapEntities,
  Webhook,
  WebhookDelivery,
  OutboxMessage,
];
