import { LANGUAGES, Language } from '@tessera/tenancy';
import { TemplateKey } from './template-catalogue';
import { TemplateText } from './template-renderer';

// The shipped text of every template in every language. Instances store only the templates a
// manager changed, so a better text here reaches every instance that kept the shipped one.
// Requesters are addressed formally; agents get short, factual alerts.

const paragraphs = (...parts: string[]) => parts.join('\n\n');
const lines = (...parts: string[]) => parts.join('\n');
const about = (prefix: string): string => `[{{ticket.reference}}] ${prefix}{{ticket.subject}}`;

// What the templates of one language share.
interface Phrases {
  dear: string;
  hello: string;
  follow: string;
  open: string;
  from: string;
  subject: string;
  priority: string;
}

type TemplateSet = Record<TemplateKey, TemplateText>;

const english: Phrases = {
  dear: 'Dear {{recipient.name}},',
  hello: 'Hello {{recipient.name}},',
  follow: 'Follow your request here: {{ticket.link}}',
  open: 'Open the ticket: {{ticket.link}}',
  from: 'From: {{requester.name}} <{{requester.email}}>',
  subject: 'Subject: {{ticket.subject}}',
  priority: 'Priority: {{ticket.priority}}',
};

const en: TemplateSet = {
  'ticket.new.autoresponse': {
    subject: about('We have received your request: '),
    body: paragraphs(
      english.dear,
      'Thank you for contacting {{department.name}}. We have registered your request with the reference {{ticket.reference}} and will answer as soon as we can.',
      english.follow,
      'To add anything, reply to this mail and keep the reference in the subject.',
      '{{instance.name}}',
    ),
  },
  'ticket.message.autoresponse': {
    subject: about('We have received your message: '),
    body: paragraphs(
      english.dear,
      'We have added your message to request {{ticket.reference}} and will get back to you as soon as we can.',
      english.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.response': {
    subject: about(''),
    body: paragraphs(english.dear, '{{message}}', lines('{{agent.name}}', '{{department.name}}'), `To answer, reply to this mail. ${english.follow}`),
  },
  'ticket.resolved': {
    subject: about('Resolved: '),
    body: paragraphs(
      english.dear,
      'We consider your request {{ticket.reference}} resolved. If something is still not right, reply to this mail and we will look at it again.',
      english.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.closed': {
    subject: about('Closed: '),
    body: paragraphs(
      english.dear,
      'Your request {{ticket.reference}} is now closed. Thank you for contacting {{department.name}}.',
      'You can still read it here: {{ticket.link}}',
      '{{instance.name}}',
    ),
  },
  'ticket.overlimit': {
    subject: 'Your message was not registered: {{ticket.subject}}',
    body: paragraphs(
      english.dear,
      'You already have {{limit}} open requests with {{instance.name}}, the most we take at a time, so your message "{{ticket.subject}}" did not open a new one.',
      'Please reply to one of your open requests instead, or write again once one of them is resolved. You can see them here: {{instance.link}}',
      '{{instance.name}}',
    ),
  },
  'alert.ticket.new': {
    subject: about('New ticket: '),
    body: paragraphs(
      english.hello,
      'A new ticket has arrived in {{department.name}}.',
      lines('Ticket: {{ticket.reference}}', english.from, 'Help topic: {{ticket.topic}}', english.priority),
      '{{message}}',
      english.open,
    ),
  },
  'alert.ticket.message': {
    subject: about('New message: '),
    body: paragraphs(english.hello, '{{author.name}} <{{author.email}}> wrote on ticket {{ticket.reference}}:', '{{message}}', english.open),
  },
  'alert.ticket.note': {
    subject: about('Internal note: '),
    body: paragraphs(english.hello, '{{agent.name}} added an internal note to ticket {{ticket.reference}}:', '{{message}}', english.open),
  },
  'alert.ticket.assigned': {
    subject: about('Assigned to {{assignee.name}}: '),
    body: paragraphs(
      english.hello,
      'Ticket {{ticket.reference}} is now assigned to {{assignee.name}}.',
      lines(english.subject, english.from, english.priority),
      english.open,
    ),
  },
  'alert.ticket.transferred': {
    subject: about('Transferred to {{department.name}}: '),
    body: paragraphs(
      english.hello,
      'Ticket {{ticket.reference}} has moved from {{previousDepartment.name}} to {{department.name}}.',
      '{{message}}',
      english.open,
    ),
  },
  'alert.ticket.overdue': {
    subject: about('Overdue: '),
    body: paragraphs(
      english.hello,
      'Ticket {{ticket.reference}} in {{department.name}} is overdue: it was due {{ticket.dueAt}}.',
      lines(english.subject, english.priority),
      english.open,
    ),
  },
  'alert.ticket.escalated': {
    subject: about('Escalated: '),
    body: paragraphs(
      english.hello,
      'Ticket {{ticket.reference}} in {{department.name}} was escalated: it is late or about to be (due {{ticket.dueAt}}).',
      lines(english.subject, english.priority, 'Assigned to: {{assignee.name}}'),
      english.open,
    ),
  },
  'alert.ticket.time-rule': {
    subject: about('Time rule {{rule.name}}: '),
    body: paragraphs(
      english.hello,
      'The time rule "{{rule.name}}" acted on ticket {{ticket.reference}} in {{department.name}}.',
      lines(english.subject, english.priority, 'Assigned to: {{assignee.name}}'),
      english.open,
    ),
  },
  'alert.mailbox.failing': {
    subject: 'Mailbox not fetched: {{mailbox.name}}',
    body: paragraphs(
      english.hello,
      'The mailbox {{mailbox.name}} <{{mailbox.address}}> of {{department.name}} could not be fetched {{mailbox.failures}} times in a row, so mail sent to it is not reaching the helpdesk. The last error was:',
      '{{mailbox.error}}',
      'Check its settings (server, user, password, folder): {{mailbox.link}}',
      'Tessera keeps trying, less often the longer it fails. {{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.webhook.disabled': {
    subject: 'Webhook switched off: {{webhook.name}}',
    body: paragraphs(
      english.hello,
      'The webhook {{webhook.name}} ({{webhook.url}}) failed to take {{webhook.failures}} events in a row, so Tessera has switched it off and posts nothing more to it. The last error was:',
      '{{webhook.error}}',
      'Check the endpoint, then switch the webhook on again; its delivery log shows every event it missed, and each can be posted again: {{webhook.link}}',
      '{{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.task.new': {
    subject: 'New task: {{task.title}}',
    body: paragraphs(english.hello, 'A new task in {{department.name}}: {{task.title}}', '{{task.description}}', lines('Assigned to: {{assignee.name}}', 'Due: {{task.dueAt}}'), 'Open the task: {{task.link}}'),
  },
  'alert.task.assigned': {
    subject: 'Task assigned to {{assignee.name}}: {{task.title}}',
    body: paragraphs(english.hello, '{{agent.name}} assigned the task {{task.title}} of {{department.name}} to {{assignee.name}}.', 'Due: {{task.dueAt}}', 'Open the task: {{task.link}}'),
  },
  'alert.task.overdue': {
    subject: 'Task overdue: {{task.title}}',
    body: paragraphs(english.hello, 'The task {{task.title}} of {{department.name}} is overdue: it was due {{task.dueAt}}.', 'Assigned to: {{assignee.name}}', 'Open the task: {{task.link}}'),
  },
  'requester.registration': {
    subject: 'Confirm your address for {{instance.name}}',
    body: paragraphs(
      english.dear,
      'To finish creating your account with {{instance.name}}, confirm your e-mail address by opening this link:',
      '{{link}}',
      'The link works until {{link.expiresAt}}. If you did not ask for an account, ignore this mail.',
      '{{instance.name}}',
    ),
  },
  'requester.password-reset': {
    subject: 'Choose a new password for {{instance.name}}',
    body: paragraphs(
      english.dear,
      'Someone, hopefully you, asked to reset the password of your account with {{instance.name}}. Open this link to choose a new one:',
      '{{link}}',
      'The link works until {{link.expiresAt}}. If you did not ask for it, ignore this mail: your password stays as it is.',
      '{{instance.name}}',
    ),
  },
  'staff.password-reset': {
    subject: "Choose a new password for the agent panel of {{instance.name}}",
    body: paragraphs(english.dear, "Someone, hopefully you, asked to reset your agent password for {{instance.name}}. Open this link to choose a new one:", '{{link}}', "The link works once, until {{link.expiresAt}}. Choosing a new password signs you out everywhere; two-factor sign-in, if you use it, stays on. If you did not ask for it, ignore this mail: your password stays as it is.", '{{instance.name}}'),
  },
  'requester.invitation': {
    subject: 'Your account with {{instance.name}}',
    body: paragraphs(
      english.dear,
      '{{instance.name}} invites you to its help desk, where you can open requests and follow them. Open this link to choose your password:',
      '{{link}}',
      'The link works until {{link.expiresAt}}.',
      '{{instance.name}}',
    ),
  },
  'requester.ticket-link': {
    subject: about('The link to your request: '),
    body: paragraphs(english.dear, 'Here is the link to your request {{ticket.reference}}, as asked for. It opens the ticket without signing in:', '{{ticket.link}}', 'Keep this mail: the link keeps working. If you did not ask for it, ignore this mail.', '{{instance.name}}'),
  },
};

const catalan: Phrases = {
  dear: 'Bon dia, {{recipient.name}},',
  hello: 'Hola, {{recipient.name}},',
  follow: 'Podeu seguir la sol·licitud aquí: {{ticket.link}}',
  open: 'Obriu el tiquet: {{ticket.link}}',
  from: 'De: {{requester.name}} <{{requester.email}}>',
  subject: 'Assumpte: {{ticket.subject}}',
  priority: 'Prioritat: {{ticket.priority}}',
};

const ca: TemplateSet = {
  'ticket.new.autoresponse': {
    subject: about('Hem rebut la vostra sol·licitud: '),
    body: paragraphs(
      catalan.dear,
      'Gràcies per contactar amb {{department.name}}. Hem registrat la vostra sol·licitud amb la referència {{ticket.reference}} i us respondrem tan aviat com puguem.',
      catalan.follow,
      "Per afegir-hi informació, responeu aquest correu i mantingueu la referència a l'assumpte.",
      '{{instance.name}}',
    ),
  },
  'ticket.message.autoresponse': {
    subject: about('Hem rebut el vostre missatge: '),
    body: paragraphs(
      catalan.dear,
      'Hem afegit el vostre missatge a la sol·licitud {{ticket.reference}} i us respondrem tan aviat com puguem.',
      catalan.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.response': {
    subject: about(''),
    body: paragraphs(catalan.dear, '{{message}}', lines('{{agent.name}}', '{{department.name}}'), `Per respondre, contesteu aquest correu. ${catalan.follow}`),
  },
  'ticket.resolved': {
    subject: about('Resolta: '),
    body: paragraphs(
      catalan.dear,
      'Considerem resolta la vostra sol·licitud {{ticket.reference}}. Si alguna cosa encara no funciona, responeu aquest correu i la tornarem a revisar.',
      catalan.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.closed': {
    subject: about('Tancada: '),
    body: paragraphs(
      catalan.dear,
      "La vostra sol·licitud {{ticket.reference}} s'ha tancat. Gràcies per contactar amb {{department.name}}.",
      'Encara la podeu consultar aquí: {{ticket.link}}',
      '{{instance.name}}',
    ),
  },
  'ticket.overlimit': {
    subject: 'No hem registrat el vostre missatge: {{ticket.subject}}',
    body: paragraphs(
      catalan.dear,
      "Ja teniu {{limit}} sol·licituds obertes a {{instance.name}}, el màxim que acceptem alhora, i per això el vostre missatge «{{ticket.subject}}» no n'ha obert cap de nova.",
      "Responeu una de les vostres sol·licituds obertes o torneu a escriure quan se n'hagi resolt alguna. Les podeu veure aquí: {{instance.link}}",
      '{{instance.name}}',
    ),
  },
  'alert.ticket.new': {
    subject: about('Tiquet nou: '),
    body: paragraphs(
      catalan.hello,
      'Ha arribat un tiquet nou a {{department.name}}.',
      lines('Tiquet: {{ticket.reference}}', catalan.from, "Tema d'ajuda: {{ticket.topic}}", catalan.priority),
      '{{message}}',
      catalan.open,
    ),
  },
  'alert.ticket.message': {
    subject: about('Missatge nou: '),
    body: paragraphs(catalan.hello, '{{author.name}} <{{author.email}}> ha escrit al tiquet {{ticket.reference}}:', '{{message}}', catalan.open),
  },
  'alert.ticket.note': {
    subject: about('Nota interna: '),
    body: paragraphs(catalan.hello, '{{agent.name}} ha afegit una nota interna al tiquet {{ticket.reference}}:', '{{message}}', catalan.open),
  },
  'alert.ticket.assigned': {
    subject: about('Assignat a {{assignee.name}}: '),
    body: paragraphs(
      catalan.hello,
      'El tiquet {{ticket.reference}} ara està assignat a {{assignee.name}}.',
      lines(catalan.subject, catalan.from, catalan.priority),
      catalan.open,
    ),
  },
  'alert.ticket.transferred': {
    subject: about('Transferit a {{department.name}}: '),
    body: paragraphs(
      catalan.hello,
      'El tiquet {{ticket.reference}} ha passat de {{previousDepartment.name}} a {{department.name}}.',
      '{{message}}',
      catalan.open,
    ),
  },
  'alert.ticket.overdue': {
    subject: about('Vençut: '),
    body: paragraphs(
      catalan.hello,
      'El tiquet {{ticket.reference}} de {{department.name}} està vençut: el termini era {{ticket.dueAt}}.',
      lines(catalan.subject, catalan.priority),
      catalan.open,
    ),
  },
  'alert.ticket.escalated': {
    subject: about('Escalat: '),
    body: paragraphs(
      catalan.hello,
      "El tiquet {{ticket.reference}} de {{department.name}} s'ha escalat: va tard o està a punt d'anar-hi (termini {{ticket.dueAt}}).",
      lines(catalan.subject, catalan.priority, 'Assignat a: {{assignee.name}}'),
      catalan.open,
    ),
  },
  'alert.ticket.time-rule': {
    subject: about('Regla de temps {{rule.name}}: '),
    body: paragraphs(
      catalan.hello,
      'La regla de temps «{{rule.name}}» ha actuat sobre el tiquet {{ticket.reference}} de {{department.name}}.',
      lines(catalan.subject, catalan.priority, 'Assignat a: {{assignee.name}}'),
      catalan.open,
    ),
  },
  'alert.mailbox.failing': {
    subject: 'Bústia sense recollir: {{mailbox.name}}',
    body: paragraphs(
      catalan.hello,
      'No s\'ha pogut recollir la bústia {{mailbox.name}} <{{mailbox.address}}> de {{department.name}} {{mailbox.failures}} vegades seguides, i el correu que hi arriba no entra al servei. L\'últim error ha estat:',
      '{{mailbox.error}}',
      'Reviseu-ne la configuració (servidor, usuari, contrasenya, carpeta): {{mailbox.link}}',
      'Tessera ho continua provant, cada cop més espaiat. {{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.webhook.disabled': {
    subject: 'Webhook desactivat: {{webhook.name}}',
    body: paragraphs(
      catalan.hello,
      'El webhook {{webhook.name}} ({{webhook.url}}) no ha pogut rebre {{webhook.failures}} esdeveniments seguits, i Tessera l\'ha desactivat: ja no hi envia res. L\'últim error ha estat:',
      '{{webhook.error}}',
      'Reviseu el destí i torneu-lo a activar; el registre d\'enviaments mostra cada esdeveniment perdut, i cadascun es pot tornar a enviar: {{webhook.link}}',
      '{{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.task.new': {
    subject: 'Tasca nova: {{task.title}}',
    body: paragraphs(catalan.hello, 'Una tasca nova a {{department.name}}: {{task.title}}', '{{task.description}}', lines('Assignada a: {{assignee.name}}', 'Venciment: {{task.dueAt}}'), 'Obriu la tasca: {{task.link}}'),
  },
  'alert.task.assigned': {
    subject: 'Tasca assignada a {{assignee.name}}: {{task.title}}',
    body: paragraphs(catalan.hello, '{{agent.name}} ha assignat la tasca {{task.title}} de {{department.name}} a {{assignee.name}}.', 'Venciment: {{task.dueAt}}', 'Obriu la tasca: {{task.link}}'),
  },
  'alert.task.overdue': {
    subject: 'Tasca vençuda: {{task.title}}',
    body: paragraphs(catalan.hello, 'La tasca {{task.title}} de {{department.name}} ha vençut: calia acabar-la el {{task.dueAt}}.', 'Assignada a: {{assignee.name}}', 'Obriu la tasca: {{task.link}}'),
  },
  'requester.registration': {
    subject: 'Confirmeu la vostra adreça per a {{instance.name}}',
    body: paragraphs(
      catalan.dear,
      'Per acabar de crear el vostre compte a {{instance.name}}, confirmeu la vostra adreça electrònica obrint aquest enllaç:',
      '{{link}}',
      "L'enllaç funciona fins al {{link.expiresAt}}. Si no heu demanat cap compte, ignoreu aquest correu.",
      '{{instance.name}}',
    ),
  },
  'requester.password-reset': {
    subject: 'Trieu una contrasenya nova per a {{instance.name}}',
    body: paragraphs(
      catalan.dear,
      'Algú, esperem que vós, ha demanat restablir la contrasenya del vostre compte a {{instance.name}}. Obriu aquest enllaç per triar-ne una de nova:',
      '{{link}}',
      "L'enllaç funciona fins al {{link.expiresAt}}. Si no ho heu demanat, ignoreu aquest correu: la contrasenya no canviarà.",
      '{{instance.name}}',
    ),
  },
  'staff.password-reset': {
    subject: "Trieu una contrasenya nova per al tauler d'agents de {{instance.name}}",
    body: paragraphs(catalan.dear, "Algú, esperem que vós, ha demanat restablir la vostra contrasenya d'agent a {{instance.name}}. Obriu aquest enllaç per triar-ne una de nova:", '{{link}}', "L'enllaç funciona una sola vegada, fins al {{link.expiresAt}}. En triar una contrasenya nova es tanquen totes les vostres sessions; l'inici de sessió en dos passos, si el feu servir, continua activat. Si no ho heu demanat, ignoreu aquest correu: la contrasenya no canviarà.", '{{instance.name}}'),
  },
  'requester.invitation': {
    subject: 'El vostre compte a {{instance.name}}',
    body: paragraphs(
      catalan.dear,
      "{{instance.name}} us convida al seu servei d'atenció, on podeu obrir sol·licituds i seguir-les. Obriu aquest enllaç per triar la vostra contrasenya:",
      '{{link}}',
      "L'enllaç funciona fins al {{link.expiresAt}}.",
      '{{instance.name}}',
    ),
  },
  'requester.ticket-link': {
    subject: about("L'enllaç a la vostra sol·licitud: "),
    body: paragraphs(catalan.dear, "Aquí teniu l'enllaç a la sol·licitud {{ticket.reference}}, tal com l'heu demanat. Obre el tiquet sense iniciar sessió:", '{{ticket.link}}', "Deseu aquest correu: l'enllaç continua funcionant. Si no l'heu demanat, no en feu cas.", '{{instance.name}}'),
  },
};

const spanish: Phrases = {
  dear: 'Hola, {{recipient.name}}:',
  hello: 'Hola, {{recipient.name}}:',
  follow: 'Puede seguir la solicitud aquí: {{ticket.link}}',
  open: 'Abrir el ticket: {{ticket.link}}',
  from: 'De: {{requester.name}} <{{requester.email}}>',
  subject: 'Asunto: {{ticket.subject}}',
  priority: 'Prioridad: {{ticket.priority}}',
};

const es: TemplateSet = {
  'ticket.new.autoresponse': {
    subject: about('Hemos recibido su solicitud: '),
    body: paragraphs(
      spanish.dear,
      'Gracias por contactar con {{department.name}}. Hemos registrado su solicitud con la referencia {{ticket.reference}} y le responderemos lo antes posible.',
      spanish.follow,
      'Para añadir información, responda a este correo y mantenga la referencia en el asunto.',
      '{{instance.name}}',
    ),
  },
  'ticket.message.autoresponse': {
    subject: about('Hemos recibido su mensaje: '),
    body: paragraphs(
      spanish.dear,
      'Hemos añadido su mensaje a la solicitud {{ticket.reference}} y le responderemos lo antes posible.',
      spanish.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.response': {
    subject: about(''),
    body: paragraphs(spanish.dear, '{{message}}', lines('{{agent.name}}', '{{department.name}}'), `Para responder, conteste a este correo. ${spanish.follow}`),
  },
  'ticket.resolved': {
    subject: about('Resuelta: '),
    body: paragraphs(
      spanish.dear,
      'Consideramos resuelta su solicitud {{ticket.reference}}. Si algo sigue sin funcionar, responda a este correo y la revisaremos de nuevo.',
      spanish.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.closed': {
    subject: about('Cerrada: '),
    body: paragraphs(
      spanish.dear,
      'Su solicitud {{ticket.reference}} se ha cerrado. Gracias por contactar con {{department.name}}.',
      'Todavía puede consultarla aquí: {{ticket.link}}',
      '{{instance.name}}',
    ),
  },
  'ticket.overlimit': {
    subject: 'No hemos registrado su mensaje: {{ticket.subject}}',
    body: paragraphs(
      spanish.dear,
      'Ya tiene {{limit}} solicitudes abiertas en {{instance.name}}, el máximo que aceptamos a la vez, por lo que su mensaje «{{ticket.subject}}» no ha abierto una nueva.',
      'Responda a una de sus solicitudes abiertas o vuelva a escribir cuando se haya resuelto alguna. Puede verlas aquí: {{instance.link}}',
      '{{instance.name}}',
    ),
  },
  'alert.ticket.new': {
    subject: about('Nuevo ticket: '),
    body: paragraphs(
      spanish.hello,
      'Ha llegado un nuevo ticket a {{department.name}}.',
      lines('Ticket: {{ticket.reference}}', spanish.from, 'Tema de ayuda: {{ticket.topic}}', spanish.priority),
      '{{message}}',
      spanish.open,
    ),
  },
  'alert.ticket.message': {
    subject: about('Nuevo mensaje: '),
    body: paragraphs(spanish.hello, '{{author.name}} <{{author.email}}> ha escrito en el ticket {{ticket.reference}}:', '{{message}}', spanish.open),
  },
  'alert.ticket.note': {
    subject: about('Nota interna: '),
    body: paragraphs(spanish.hello, '{{agent.name}} ha añadido una nota interna al ticket {{ticket.reference}}:', '{{message}}', spanish.open),
  },
  'alert.ticket.assigned': {
    subject: about('Asignado a {{assignee.name}}: '),
    body: paragraphs(
      spanish.hello,
      'El ticket {{ticket.reference}} está ahora asignado a {{assignee.name}}.',
      lines(spanish.subject, spanish.from, spanish.priority),
      spanish.open,
    ),
  },
  'alert.ticket.transferred': {
    subject: about('Transferido a {{department.name}}: '),
    body: paragraphs(
      spanish.hello,
      'El ticket {{ticket.reference}} ha pasado de {{previousDepartment.name}} a {{department.name}}.',
      '{{message}}',
      spanish.open,
    ),
  },
  'alert.ticket.overdue': {
    subject: about('Vencido: '),
    body: paragraphs(
      spanish.hello,
      'El ticket {{ticket.reference}} de {{department.name}} está vencido: el plazo era {{ticket.dueAt}}.',
      lines(spanish.subject, spanish.priority),
      spanish.open,
    ),
  },
  'alert.ticket.escalated': {
    subject: about('Escalado: '),
    body: paragraphs(
      spanish.hello,
      'El ticket {{ticket.reference}} de {{department.name}} se ha escalado: va con retraso o está a punto (plazo {{ticket.dueAt}}).',
      lines(spanish.subject, spanish.priority, 'Asignado a: {{assignee.name}}'),
      spanish.open,
    ),
  },
  'alert.ticket.time-rule': {
    subject: about('Regla de tiempo {{rule.name}}: '),
    body: paragraphs(
      spanish.hello,
      'La regla de tiempo «{{rule.name}}» ha actuado sobre el ticket {{ticket.reference}} de {{department.name}}.',
      lines(spanish.subject, spanish.priority, 'Asignado a: {{assignee.name}}'),
      spanish.open,
    ),
  },
  'alert.mailbox.failing': {
    subject: 'Buzón sin recoger: {{mailbox.name}}',
    body: paragraphs(
      spanish.hello,
      'No se ha podido recoger el buzón {{mailbox.name}} <{{mailbox.address}}> de {{department.name}} {{mailbox.failures}} veces seguidas, y el correo que llega a él no entra en el servicio. El último error ha sido:',
      '{{mailbox.error}}',
      'Revise su configuración (servidor, usuario, contraseña, carpeta): {{mailbox.link}}',
      'Tessera lo sigue intentando, cada vez más espaciado. {{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.webhook.disabled': {
    subject: 'Webhook desactivado: {{webhook.name}}',
    body: paragraphs(
      spanish.hello,
      'El webhook {{webhook.name}} ({{webhook.url}}) no ha podido recibir {{webhook.failures}} eventos seguidos, y Tessera lo ha desactivado: ya no le envía nada. El último error ha sido:',
      '{{webhook.error}}',
      'Revise el destino y vuelva a activarlo; el registro de envíos muestra cada evento perdido, y cada uno se puede volver a enviar: {{webhook.link}}',
      '{{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.task.new': {
    subject: 'Tarea nueva: {{task.title}}',
    body: paragraphs(spanish.hello, 'Una tarea nueva en {{department.name}}: {{task.title}}', '{{task.description}}', lines('Asignada a: {{assignee.name}}', 'Vencimiento: {{task.dueAt}}'), 'Abrir la tarea: {{task.link}}'),
  },
  'alert.task.assigned': {
    subject: 'Tarea asignada a {{assignee.name}}: {{task.title}}',
    body: paragraphs(spanish.hello, '{{agent.name}} ha asignado la tarea {{task.title}} de {{department.name}} a {{assignee.name}}.', 'Vencimiento: {{task.dueAt}}', 'Abrir la tarea: {{task.link}}'),
  },
  'alert.task.overdue': {
    subject: 'Tarea vencida: {{task.title}}',
    body: paragraphs(spanish.hello, 'La tarea {{task.title}} de {{department.name}} ha vencido: debía terminarse el {{task.dueAt}}.', 'Asignada a: {{assignee.name}}', 'Abrir la tarea: {{task.link}}'),
  },
  'requester.registration': {
    subject: 'Confirme su dirección para {{instance.name}}',
    body: paragraphs(
      spanish.dear,
      'Para terminar de crear su cuenta en {{instance.name}}, confirme su dirección de correo abriendo este enlace:',
      '{{link}}',
      'El enlace funciona hasta el {{link.expiresAt}}. Si no ha pedido ninguna cuenta, ignore este correo.',
      '{{instance.name}}',
    ),
  },
  'requester.password-reset': {
    subject: 'Elija una nueva contraseña para {{instance.name}}',
    body: paragraphs(
      spanish.dear,
      'Alguien, esperamos que usted, ha pedido restablecer la contraseña de su cuenta en {{instance.name}}. Abra este enlace para elegir una nueva:',
      '{{link}}',
      'El enlace funciona hasta el {{link.expiresAt}}. Si no lo ha pedido, ignore este correo: su contraseña no cambiará.',
      '{{instance.name}}',
    ),
  },
  'staff.password-reset': {
    subject: "Elija una nueva contraseña para el panel de agentes de {{instance.name}}",
    body: paragraphs(spanish.dear, "Alguien, esperamos que usted, ha pedido restablecer su contraseña de agente en {{instance.name}}. Abra este enlace para elegir una nueva:", '{{link}}', "El enlace funciona una sola vez, hasta el {{link.expiresAt}}. Al elegir una contraseña nueva se cierran todas sus sesiones; el inicio de sesión en dos pasos, si lo usa, sigue activado. Si no lo ha pedido, ignore este correo: su contraseña no cambiará.", '{{instance.name}}'),
  },
  'requester.invitation': {
    subject: 'Su cuenta en {{instance.name}}',
    body: paragraphs(
      spanish.dear,
      '{{instance.name}} le invita a su servicio de atención, donde puede abrir solicitudes y seguirlas. Abra este enlace para elegir su contraseña:',
      '{{link}}',
      'El enlace funciona hasta el {{link.expiresAt}}.',
      '{{instance.name}}',
    ),
  },
  'requester.ticket-link': {
    subject: about('El enlace a su solicitud: '),
    body: paragraphs(spanish.dear, 'Aquí tiene el enlace a la solicitud {{ticket.reference}}, tal como lo ha pedido. Abre el ticket sin iniciar sesión:', '{{ticket.link}}', 'Guarde este correo: el enlace sigue funcionando. Si no lo ha pedido, ignórelo.', '{{instance.name}}'),
  },
};

const german: Phrases = {
  dear: 'Guten Tag {{recipient.name}},',
  hello: 'Hallo {{recipient.name}},',
  follow: 'Den Stand Ihrer Anfrage sehen Sie hier: {{ticket.link}}',
  open: 'Ticket öffnen: {{ticket.link}}',
  from: 'Von: {{requester.name}} <{{requester.email}}>',
  subject: 'Betreff: {{ticket.subject}}',
  priority: 'Priorität: {{ticket.priority}}',
};

const de: TemplateSet = {
  'ticket.new.autoresponse': {
    subject: about('Wir haben Ihre Anfrage erhalten: '),
    body: paragraphs(
      german.dear,
      'vielen Dank für Ihre Nachricht an {{department.name}}. Wir haben Ihre Anfrage unter der Referenz {{ticket.reference}} erfasst und antworten so bald wie möglich.',
      german.follow,
      'Um etwas zu ergänzen, antworten Sie auf diese E-Mail und lassen Sie die Referenz im Betreff stehen.',
      '{{instance.name}}',
    ),
  },
  'ticket.message.autoresponse': {
    subject: about('Wir haben Ihre Nachricht erhalten: '),
    body: paragraphs(
      german.dear,
      'wir haben Ihre Nachricht zur Anfrage {{ticket.reference}} hinzugefügt und melden uns so bald wie möglich.',
      german.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.response': {
    subject: about(''),
    body: paragraphs(german.dear, '{{message}}', lines('{{agent.name}}', '{{department.name}}'), `Um zu antworten, antworten Sie auf diese E-Mail. ${german.follow}`),
  },
  'ticket.resolved': {
    subject: about('Gelöst: '),
    body: paragraphs(
      german.dear,
      'wir betrachten Ihre Anfrage {{ticket.reference}} als gelöst. Falls noch etwas nicht stimmt, antworten Sie auf diese E-Mail, und wir sehen sie uns erneut an.',
      german.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.closed': {
    subject: about('Geschlossen: '),
    body: paragraphs(
      german.dear,
      'Ihre Anfrage {{ticket.reference}} ist jetzt geschlossen. Vielen Dank, dass Sie sich an {{department.name}} gewandt haben.',
      'Sie können sie hier weiterhin einsehen: {{ticket.link}}',
      '{{instance.name}}',
    ),
  },
  'ticket.overlimit': {
    subject: 'Ihre Nachricht wurde nicht erfasst: {{ticket.subject}}',
    body: paragraphs(
      german.dear,
      'Sie haben bereits {{limit}} offene Anfragen bei {{instance.name}}, mehr nehmen wir gleichzeitig nicht an. Ihre Nachricht „{{ticket.subject}}“ hat daher keine neue Anfrage eröffnet.',
      'Bitte antworten Sie auf eine Ihrer offenen Anfragen oder schreiben Sie erneut, sobald eine davon gelöst ist. Ihre Anfragen finden Sie hier: {{instance.link}}',
      '{{instance.name}}',
    ),
  },
  'alert.ticket.new': {
    subject: about('Neues Ticket: '),
    body: paragraphs(
      german.hello,
      'in {{department.name}} ist ein neues Ticket eingegangen.',
      lines('Ticket: {{ticket.reference}}', german.from, 'Thema: {{ticket.topic}}', german.priority),
      '{{message}}',
      german.open,
    ),
  },
  'alert.ticket.message': {
    subject: about('Neue Nachricht: '),
    body: paragraphs(german.hello, '{{author.name}} <{{author.email}}> hat zum Ticket {{ticket.reference}} geschrieben:', '{{message}}', german.open),
  },
  'alert.ticket.note': {
    subject: about('Interne Notiz: '),
    body: paragraphs(german.hello, '{{agent.name}} hat dem Ticket {{ticket.reference}} eine interne Notiz hinzugefügt:', '{{message}}', german.open),
  },
  'alert.ticket.assigned': {
    subject: about('Zugewiesen an {{assignee.name}}: '),
    body: paragraphs(
      german.hello,
      'das Ticket {{ticket.reference}} ist jetzt {{assignee.name}} zugewiesen.',
      lines(german.subject, german.from, german.priority),
      german.open,
    ),
  },
  'alert.ticket.transferred': {
    subject: about('Weitergeleitet an {{department.name}}: '),
    body: paragraphs(
      german.hello,
      'das Ticket {{ticket.reference}} wurde von {{previousDepartment.name}} an {{department.name}} weitergeleitet.',
      '{{message}}',
      german.open,
    ),
  },
  'alert.ticket.overdue': {
    subject: about('Überfällig: '),
    body: paragraphs(
      german.hello,
      'das Ticket {{ticket.reference}} in {{department.name}} ist überfällig: Es war fällig am {{ticket.dueAt}}.',
      lines(german.subject, german.priority),
      german.open,
    ),
  },
  'alert.ticket.escalated': {
    subject: about('Eskaliert: '),
    body: paragraphs(
      german.hello,
      'das Ticket {{ticket.reference}} in {{department.name}} wurde eskaliert: Es ist verspätet oder kurz davor (fällig am {{ticket.dueAt}}).',
      lines(german.subject, german.priority, 'Zugewiesen an: {{assignee.name}}'),
      german.open,
    ),
  },
  'alert.ticket.time-rule': {
    subject: about('Zeitregel {{rule.name}}: '),
    body: paragraphs(
      german.hello,
      'die Zeitregel „{{rule.name}}“ hat das Ticket {{ticket.reference}} in {{department.name}} bearbeitet.',
      lines(german.subject, german.priority, 'Zugewiesen an: {{assignee.name}}'),
      german.open,
    ),
  },
  'alert.mailbox.failing': {
    subject: 'Postfach nicht abgerufen: {{mailbox.name}}',
    body: paragraphs(
      german.hello,
      'das Postfach {{mailbox.name}} <{{mailbox.address}}> von {{department.name}} konnte {{mailbox.failures}}-mal hintereinander nicht abgerufen werden; E-Mails an diese Adresse erreichen den Helpdesk nicht. Der letzte Fehler war:',
      '{{mailbox.error}}',
      'Bitte prüfen Sie die Einstellungen (Server, Benutzer, Passwort, Ordner): {{mailbox.link}}',
      'Tessera versucht es weiter, in wachsenden Abständen. {{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.webhook.disabled': {
    subject: 'Webhook abgeschaltet: {{webhook.name}}',
    body: paragraphs(
      german.hello,
      'der Webhook {{webhook.name}} ({{webhook.url}}) konnte {{webhook.failures}} Ereignisse hintereinander nicht annehmen; Tessera hat ihn deshalb abgeschaltet und sendet ihm nichts mehr. Der letzte Fehler war:',
      '{{webhook.error}}',
      'Bitte prüfen Sie den Empfänger und schalten Sie den Webhook wieder ein; sein Zustellprotokoll zeigt jedes verpasste Ereignis, und jedes lässt sich erneut senden: {{webhook.link}}',
      '{{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.task.new': {
    subject: 'Neue Aufgabe: {{task.title}}',
    body: paragraphs(german.hello, 'Eine neue Aufgabe in {{department.name}}: {{task.title}}', '{{task.description}}', lines('Zugewiesen an: {{assignee.name}}', 'Fällig: {{task.dueAt}}'), 'Aufgabe öffnen: {{task.link}}'),
  },
  'alert.task.assigned': {
    subject: 'Aufgabe zugewiesen an {{assignee.name}}: {{task.title}}',
    body: paragraphs(german.hello, '{{agent.name}} hat die Aufgabe {{task.title}} von {{department.name}} an {{assignee.name}} zugewiesen.', 'Fällig: {{task.dueAt}}', 'Aufgabe öffnen: {{task.link}}'),
  },
  'alert.task.overdue': {
    subject: 'Aufgabe überfällig: {{task.title}}',
    body: paragraphs(german.hello, 'Die Aufgabe {{task.title}} von {{department.name}} ist überfällig: Sie war am {{task.dueAt}} fällig.', 'Zugewiesen an: {{assignee.name}}', 'Aufgabe öffnen: {{task.link}}'),
  },
  'requester.registration': {
    subject: 'Bestätigen Sie Ihre Adresse für {{instance.name}}',
    body: paragraphs(
      german.dear,
      'um Ihr Konto bei {{instance.name}} fertig einzurichten, bestätigen Sie bitte Ihre E-Mail-Adresse mit diesem Link:',
      '{{link}}',
      'Der Link gilt bis {{link.expiresAt}}. Falls Sie kein Konto angelegt haben, ignorieren Sie diese E-Mail.',
      '{{instance.name}}',
    ),
  },
  'requester.password-reset': {
    subject: 'Neues Passwort für {{instance.name}}',
    body: paragraphs(
      german.dear,
      'jemand, hoffentlich Sie, hat verlangt, das Passwort Ihres Kontos bei {{instance.name}} zurückzusetzen. Mit diesem Link wählen Sie ein neues:',
      '{{link}}',
      'Der Link gilt bis {{link.expiresAt}}. Falls Sie das nicht verlangt haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
      '{{instance.name}}',
    ),
  },
  'staff.password-reset': {
    subject: "Neues Passwort für den Agentenbereich von {{instance.name}}",
    body: paragraphs(german.dear, "jemand, hoffentlich Sie, hat verlangt, Ihr Agenten-Passwort bei {{instance.name}} zurückzusetzen. Mit diesem Link wählen Sie ein neues:", '{{link}}', "Der Link gilt einmal, bis {{link.expiresAt}}. Mit dem neuen Passwort werden alle Ihre Sitzungen beendet; die Zwei-Faktor-Anmeldung bleibt aktiv, falls Sie sie nutzen. Falls Sie das nicht verlangt haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.", '{{instance.name}}'),
  },
  'requester.invitation': {
    subject: 'Ihr Konto bei {{instance.name}}',
    body: paragraphs(
      german.dear,
      '{{instance.name}} lädt Sie zum Helpdesk ein, wo Sie Anfragen stellen und verfolgen können. Mit diesem Link wählen Sie Ihr Passwort:',
      '{{link}}',
      'Der Link gilt bis {{link.expiresAt}}.',
      '{{instance.name}}',
    ),
  },
  'requester.ticket-link': {
    subject: about('Der Link zu Ihrer Anfrage: '),
    body: paragraphs(german.dear, 'Hier ist, wie gewünscht, der Link zu Ihrer Anfrage {{ticket.reference}}. Er öffnet das Ticket ohne Anmeldung:', '{{ticket.link}}', 'Bewahren Sie diese Mail auf: Der Link bleibt gültig. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese Mail.', '{{instance.name}}'),
  },
};

const dutch: Phrases = {
  dear: 'Beste {{recipient.name}},',
  hello: 'Hallo {{recipient.name}},',
  follow: 'U kunt uw aanvraag hier volgen: {{ticket.link}}',
  open: 'Ticket openen: {{ticket.link}}',
  from: 'Van: {{requester.name}} <{{requester.email}}>',
  subject: 'Onderwerp: {{ticket.subject}}',
  priority: 'Prioriteit: {{ticket.priority}}',
};

const nl: TemplateSet = {
  'ticket.new.autoresponse': {
    subject: about('We hebben uw aanvraag ontvangen: '),
    body: paragraphs(
      dutch.dear,
      'Bedankt voor uw bericht aan {{department.name}}. We hebben uw aanvraag geregistreerd onder referentie {{ticket.reference}} en antwoorden zo snel mogelijk.',
      dutch.follow,
      'Wilt u iets toevoegen? Beantwoord dan deze e-mail en laat de referentie in het onderwerp staan.',
      '{{instance.name}}',
    ),
  },
  'ticket.message.autoresponse': {
    subject: about('We hebben uw bericht ontvangen: '),
    body: paragraphs(
      dutch.dear,
      'We hebben uw bericht toegevoegd aan aanvraag {{ticket.reference}} en antwoorden zo snel mogelijk.',
      dutch.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.response': {
    subject: about(''),
    body: paragraphs(dutch.dear, '{{message}}', lines('{{agent.name}}', '{{department.name}}'), `Beantwoord deze e-mail om te reageren. ${dutch.follow}`),
  },
  'ticket.resolved': {
    subject: about('Opgelost: '),
    body: paragraphs(
      dutch.dear,
      'We beschouwen uw aanvraag {{ticket.reference}} als opgelost. Is er nog iets niet in orde? Beantwoord dan deze e-mail, dan kijken we er opnieuw naar.',
      dutch.follow,
      '{{instance.name}}',
    ),
  },
  'ticket.closed': {
    subject: about('Gesloten: '),
    body: paragraphs(
      dutch.dear,
      'Uw aanvraag {{ticket.reference}} is nu gesloten. Bedankt voor uw bericht aan {{department.name}}.',
      'U kunt de aanvraag hier nog inzien: {{ticket.link}}',
      '{{instance.name}}',
    ),
  },
  'ticket.overlimit': {
    subject: 'Uw bericht is niet geregistreerd: {{ticket.subject}}',
    body: paragraphs(
      dutch.dear,
      'U hebt al {{limit}} openstaande aanvragen bij {{instance.name}}, het maximum dat we tegelijk aannemen. Uw bericht “{{ticket.subject}}” heeft daarom geen nieuwe aanvraag geopend.',
      'Beantwoord een van uw openstaande aanvragen, of schrijf opnieuw zodra er een is opgelost. U vindt ze hier: {{instance.link}}',
      '{{instance.name}}',
    ),
  },
  'alert.ticket.new': {
    subject: about('Nieuw ticket: '),
    body: paragraphs(
      dutch.hello,
      'Er is een nieuw ticket binnengekomen bij {{department.name}}.',
      lines('Ticket: {{ticket.reference}}', dutch.from, 'Helponderwerp: {{ticket.topic}}', dutch.priority),
      '{{message}}',
      dutch.open,
    ),
  },
  'alert.ticket.message': {
    subject: about('Nieuw bericht: '),
    body: paragraphs(dutch.hello, '{{author.name}} <{{author.email}}> schreef bij ticket {{ticket.reference}}:', '{{message}}', dutch.open),
  },
  'alert.ticket.note': {
    subject: about('Interne notitie: '),
    body: paragraphs(dutch.hello, '{{agent.name}} heeft een interne notitie toegevoegd aan ticket {{ticket.reference}}:', '{{message}}', dutch.open),
  },
  'alert.ticket.assigned': {
    subject: about('Toegewezen aan {{assignee.name}}: '),
    body: paragraphs(
      dutch.hello,
      'Ticket {{ticket.reference}} is nu toegewezen aan {{assignee.name}}.',
      lines(dutch.subject, dutch.from, dutch.priority),
      dutch.open,
    ),
  },
  'alert.ticket.transferred': {
    subject: about('Overgedragen aan {{department.name}}: '),
    body: paragraphs(
      dutch.hello,
      'Ticket {{ticket.reference}} is overgedragen van {{previousDepartment.name}} aan {{department.name}}.',
      '{{message}}',
      dutch.open,
    ),
  },
  'alert.ticket.overdue': {
    subject: about('Over tijd: '),
    body: paragraphs(
      dutch.hello,
      'Ticket {{ticket.reference}} bij {{department.name}} is over tijd: het moest klaar zijn op {{ticket.dueAt}}.',
      lines(dutch.subject, dutch.priority),
      dutch.open,
    ),
  },
  'alert.ticket.escalated': {
    subject: about('Geëscaleerd: '),
    body: paragraphs(
      dutch.hello,
      'Ticket {{ticket.reference}} bij {{department.name}} is geëscaleerd: het is te laat of bijna (moest klaar zijn op {{ticket.dueAt}}).',
      lines(dutch.subject, dutch.priority, 'Toegewezen aan: {{assignee.name}}'),
      dutch.open,
    ),
  },
  'alert.ticket.time-rule': {
    subject: about('Tijdregel {{rule.name}}: '),
    body: paragraphs(
      dutch.hello,
      'De tijdregel "{{rule.name}}" is uitgevoerd op ticket {{ticket.reference}} bij {{department.name}}.',
      lines(dutch.subject, dutch.priority, 'Toegewezen aan: {{assignee.name}}'),
      dutch.open,
    ),
  },
  'alert.mailbox.failing': {
    subject: 'Mailbox niet opgehaald: {{mailbox.name}}',
    body: paragraphs(
      dutch.hello,
      'De mailbox {{mailbox.name}} <{{mailbox.address}}> van {{department.name}} kon {{mailbox.failures}} keer achter elkaar niet worden opgehaald, dus mail aan dit adres komt niet bij de helpdesk aan. De laatste fout was:',
      '{{mailbox.error}}',
      'Controleer de instellingen (server, gebruiker, wachtwoord, map): {{mailbox.link}}',
      'Tessera blijft het proberen, steeds minder vaak. {{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.webhook.disabled': {
    subject: 'Webhook uitgeschakeld: {{webhook.name}}',
    body: paragraphs(
      dutch.hello,
      'De webhook {{webhook.name}} ({{webhook.url}}) kon {{webhook.failures}} gebeurtenissen achter elkaar niet aannemen, dus Tessera heeft hem uitgeschakeld en stuurt hem niets meer. De laatste fout was:',
      '{{webhook.error}}',
      'Controleer het eindpunt en schakel de webhook weer in; het afleverlogboek toont elke gemiste gebeurtenis, en elke kan opnieuw worden verstuurd: {{webhook.link}}',
      '{{instance.name}}: {{instance.link}}',
    ),
  },
  'alert.task.new': {
    subject: 'Nieuwe taak: {{task.title}}',
    body: paragraphs(dutch.hello, 'Een nieuwe taak bij {{department.name}}: {{task.title}}', '{{task.description}}', lines('Toegewezen aan: {{assignee.name}}', 'Vervalt: {{task.dueAt}}'), 'Taak openen: {{task.link}}'),
  },
  'alert.task.assigned': {
    subject: 'Taak toegewezen aan {{assignee.name}}: {{task.title}}',
    body: paragraphs(dutch.hello, '{{agent.name}} heeft de taak {{task.title}} van {{department.name}} toegewezen aan {{assignee.name}}.', 'Vervalt: {{task.dueAt}}', 'Taak openen: {{task.link}}'),
  },
  'alert.task.overdue': {
    subject: 'Taak over tijd: {{task.title}}',
    body: paragraphs(dutch.hello, 'De taak {{task.title}} van {{department.name}} is over tijd: de vervaldatum was {{task.dueAt}}.', 'Toegewezen aan: {{assignee.name}}', 'Taak openen: {{task.link}}'),
  },
  'requester.registration': {
    subject: 'Bevestig uw adres voor {{instance.name}}',
    body: paragraphs(
      dutch.dear,
      'Bevestig uw e-mailadres met deze link om uw account bij {{instance.name}} af te ronden:',
      '{{link}}',
      'De link werkt tot {{link.expiresAt}}. Hebt u geen account aangevraagd? Dan kunt u deze e-mail negeren.',
      '{{instance.name}}',
    ),
  },
  'requester.password-reset': {
    subject: 'Kies een nieuw wachtwoord voor {{instance.name}}',
    body: paragraphs(
      dutch.dear,
      'Iemand, hopelijk u, heeft gevraagd het wachtwoord van uw account bij {{instance.name}} opnieuw in te stellen. Kies met deze link een nieuw wachtwoord:',
      '{{link}}',
      'De link werkt tot {{link.expiresAt}}. Hebt u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.',
      '{{instance.name}}',
    ),
  },
  'staff.password-reset': {
    subject: "Kies een nieuw wachtwoord voor het medewerkerspaneel van {{instance.name}}",
    body: paragraphs(dutch.dear, "Iemand, hopelijk u, heeft gevraagd uw medewerkerswachtwoord bij {{instance.name}} opnieuw in te stellen. Kies met deze link een nieuw wachtwoord:", '{{link}}', "De link werkt één keer, tot {{link.expiresAt}}. Met een nieuw wachtwoord worden al uw sessies beëindigd; aanmelden in twee stappen blijft aan als u het gebruikt. Hebt u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.", '{{instance.name}}'),
  },
  'requester.invitation': {
    subject: 'Uw account bij {{instance.name}}',
    body: paragraphs(
      dutch.dear,
      '{{instance.name}} nodigt u uit voor de helpdesk, waar u aanvragen kunt indienen en volgen. Kies met deze link uw wachtwoord:',
      '{{link}}',
      'De link werkt tot {{link.expiresAt}}.',
      '{{instance.name}}',
    ),
  },
  'requester.ticket-link': {
    subject: about('De link naar uw aanvraag: '),
    body: paragraphs(dutch.dear, 'Hier is, zoals gevraagd, de link naar uw aanvraag {{ticket.reference}}. Hiermee opent u het ticket zonder in te loggen:', '{{ticket.link}}', 'Bewaar deze mail: de link blijft werken. Hebt u er niet om gevraagd, negeer deze mail dan.', '{{instance.name}}'),
  },
};

const shipped: Record<Language, TemplateSet> = { en, ca, es, de, nl };

// The shipped text of a template; English for a language the product does not ship.
export function shippedTemplate(key: TemplateKey, language: string): TemplateText {
  const set = (LANGUAGES as readonly string[]).includes(language) ? shipped[language as Language] : shipped.en;
  return { ...set[key] };
}
