import { TicketState } from './directory.entities';
import { DEFAULT_ROLE_PERMISSIONS, DefaultRole, Permission } from './permissions';

// What a new instance starts with: enough to take and work tickets on day one.
// Names are stored in the instance's default language; managers rename them freely.

interface DefaultsText {
  department: string;
  topic: string;
  sla: string;
  statuses: Record<TicketState, string>;
  priorities: [low: string, normal: string, high: string, emergency: string];
  roles: Record<DefaultRole, string>;
}

const text: Record<string, DefaultsText> = {
  en: {
    department: 'Support',
    topic: 'General inquiry',
    sla: 'Default SLA',
    statuses: { new: 'New', open: 'Open', pending: 'Pending', resolved: 'Resolved', closed: 'Closed' },
    priorities: ['Low', 'Normal', 'High', 'Emergency'],
    roles: { all: 'All access', expanded: 'Expanded access', limited: 'Limited access', view: 'View only' },
  },
  ca: {
    department: 'Suport',
    topic: 'Consulta general',
    sla: 'SLA per defecte',
    statuses: { new: 'Nou', open: 'Obert', pending: 'Pendent', resolved: 'Resolt', closed: 'Tancat' },
    priorities: ['Baixa', 'Normal', 'Alta', 'Emergència'],
    roles: { all: 'Accés complet', expanded: 'Accés ampliat', limited: 'Accés limitat', view: 'Només lectura' },
  },
  es: {
    department: 'Soporte',
    topic: 'Consulta general',
    sla: 'SLA predeterminado',
    statuses: { new: 'Nuevo', open: 'Abierto', pending: 'Pendiente', resolved: 'Resuelto', closed: 'Cerrado' },
    priorities: ['Baja', 'Normal', 'Alta', 'Emergencia'],
    roles: { all: 'Acceso completo', expanded: 'Acceso ampliado', limited: 'Acceso limitado', view: 'Solo lectura' },
  },
  de: {
    department: 'Support',
    topic: 'Allgemeine Anfrage',
    sla: 'Standard-SLA',
    statuses: { new: 'Neu', open: 'Offen', pending: 'Wartend', resolved: 'Gelöst', closed: 'Geschlossen' },
    priorities: ['Niedrig', 'Normal', 'Hoch', 'Notfall'],
    roles: { all: 'Vollzugriff', expanded: 'Erweiterter Zugriff', limited: 'Eingeschränkter Zugriff', view: 'Nur lesen' },
  },
  nl: {
    department: 'Support',
    topic: 'Algemene vraag',
    sla: 'Standaard-SLA',
    statuses: { new: 'Nieuw', open: 'Open', pending: 'In afwachting', resolved: 'Opgelost', closed: 'Gesloten' },
    priorities: ['Laag', 'Normaal', 'Hoog', 'Spoed'],
    roles: { all: 'Volledige toegang', expanded: 'Uitgebreide toegang', limited: 'Beperkte toegang', view: 'Alleen lezen' },
  },
};

export interface DefaultConfiguration {
  department: { name: string };
  topic: { name: string };
  sla: { name: string; firstResponseMinutes: number; resolutionMinutes: number; graceMinutes: number };
  statuses: { name: string; state: TicketState; sortOrder: number; isDefault: boolean }[];
  priorities: { name: string; urgency: number; isDefault: boolean }[];
  roles: { key: DefaultRole; name: string; permissions: Permission[] }[];
}

export function defaultConfiguration(language: string): DefaultConfiguration {
  const t = text[language] ?? text.en;
  const states: TicketState[] = ['new', 'open', 'pending', 'resolved', 'closed'];
  return {
    department: { name: t.department },
    topic: { name: t.topic },
    // Normal-priority targets of the default impact x urgency matrix: respond in 8 h, resolve in 12 h.
    sla: { name: t.sla, firstResponseMinutes: 8 * 60, resolutionMinutes: 12 * 60, graceMinutes: 0 },
    statuses: states.map((state, index) => ({ name: t.statuses[state], state, sortOrder: index + 1, isDefault: state === 'new' })),
    priorities: t.priorities.map((name, index) => ({ name, urgency: index + 1, isDefault: index === 1 })),
    roles: (Object.keys(DEFAULT_ROLE_PERMISSIONS) as DefaultRole[]).map((key) => ({
      key,
      name: t.roles[key],
      permissions: [...DEFAULT_ROLE_PERMISSIONS[key]],
    })),
  };
}
