import caAdmin from '../locales/ca/admin.json';
import caCommon from '../locales/ca/common.json';
import caPanel from '../locales/ca/panel.json';
import caPortal from '../locales/ca/portal.json';
import caTasks from '../locales/ca/tasks.json';
import caTicket from '../locales/ca/ticket.json';
import deAdmin from '../locales/de/admin.json';
import deCommon from '../locales/de/common.json';
import dePanel from '../locales/de/panel.json';
import dePortal from '../locales/de/portal.json';
import deTasks from '../locales/de/tasks.json';
import deTicket from '../locales/de/ticket.json';
import enAdmin from '../locales/en/admin.json';
import enCommon from '../locales/en/common.json';
import enPanel from '../locales/en/panel.json';
import enPortal from '../locales/en/portal.json';
import enTasks from '../locales/en/tasks.json';
import enTicket from '../locales/en/ticket.json';
import esAdmin from '../locales/es/admin.json';
import esCommon from '../locales/es/common.json';
import esPanel from '../locales/es/panel.json';
import esPortal from '../locales/es/portal.json';
import esTasks from '../locales/es/tasks.json';
import esTicket from '../locales/es/ticket.json';
import nlAdmin from '../locales/nl/admin.json';
import nlCommon from '../locales/nl/common.json';
import nlPanel from '../locales/nl/panel.json';
import nlPortal from '../locales/nl/portal.json';
import nlTasks from '../locales/nl/tasks.json';
import nlTicket from '../locales/nl/ticket.json';

// All five languages are bundled: a few kilobytes each, and the switcher changes at once.
export const resources = {
  en: { admin: enAdmin, common: enCommon, portal: enPortal, panel: enPanel, ticket: enTicket, tasks: enTasks },
  ca: { admin: caAdmin, common: caCommon, portal: caPortal, panel: caPanel, ticket: caTicket, tasks: caTasks },
  es: { admin: esAdmin, common: esCommon, portal: esPortal, panel: esPanel, ticket: esTicket, tasks: esTasks },
  de: { admin: deAdmin, common: deCommon, portal: dePortal, panel: dePanel, ticket: deTicket, tasks: deTasks },
  nl: { admin: nlAdmin, common: nlCommon, portal: nlPortal, panel: nlPanel, ticket: nlTicket, tasks: nlTasks },
};
