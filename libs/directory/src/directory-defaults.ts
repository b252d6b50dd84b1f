import { TicketState } from './directory.entities';

// What a new instance starts with: enough to take and work tickets on day one.
// Names are stored in the instance's default language; managers rename them freely.

interface DefaultsText {
  department: string;
  topic: string;
  sla: string;
  statuses: Record<TicketState, string>;
  priorities: [low: string, normal: string, high: string, emergency: string];
}

const text: Record<string, DefaultsText> = {
  en: {
    department: 'Support',
    topic: 'General inquiry',
    sla: 'Default SLA',
    statuses: { new: 'New', open: 'Open', pending: 'Pending', resolved: 'Resolved', closed: 'Closed' },
    priorities: ['Low', 'Normal', 'High', 'Emergency'],
  },
  ca: {
    department: 'Suport',
    topic: 'Consulta general',
    sla: 'SLA per defecte',
    statuses: { new: 'Nou', open: 'Obert', pending: 'Pendent', resolved: 'Resolt', closed: 'Tancat' },
    priorities: ['Baixa', 'Normal', 'Alta', 'Emergència'],
  },
  es: {
    department: 'Soporte',
    topic: 'Consulta general',
    sla: 'SLA predeterminado',
    statuses: { new: 'Nuevo', open: 'Abierto', pending: 'Pendiente', resolved: 'Resuelto', closed: 'Cerrado' },
    priorities: ['Baja', 'Normal', 'Alta', 'Emergencia'],
  },
  de: {
    department: 'Support',
    topic: 'Allgemeine Anfrage',
    sla: 'Standard-SLA',
    statuses: { new: 'Neu', open: 'Offen', pending: 'Wartend', resolved: 'Gelöst', closed: 'Geschlossen' },
    priorities: ['Niedrig', 'Normal', 'Hoch', 'Notfall'],
  },
  nl: {
    department: 'Support',
    topic: 'Algemene vraag',
    sla: 'Standaard-SLA',
    statuses: { new: 'Nieuw', open: 'Open', pending: 'In afwachting', resolved: 'Opgelost', closed: 'Gesloten' },
    priorities: ['Laag', 'Normaal', 'Hoog', 'Spoed'],
  },
};

export interface DefaultConfiguration {
  department: { name: string };
  topic: { name: string };
  sla: { name: string; firstResponseMinutes: number; resolutionMinutes: number; graceMinutes: number };
  statuses: { name: string; state: TicketState; sortOrder: number; isDefault: boolean }[];
  priorities: { name: string; urgency: number; isDefault: boolean }[];
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
  };
}
