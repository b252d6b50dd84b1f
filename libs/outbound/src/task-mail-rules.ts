import { EventKind } from '@tessera/events';
import { AlertKey } from '@tessera/notifications';

// The task events that alert agents, each with its alert. Pure.
export const TASK_MAIL_TOPICS = {
  'task.created': 'alert.task.new',
  'task.assigned': 'alert.task.assigned',
  'task.overdue': 'alert.task.overdue',
} as const satisfies Partial<Record<EventKind, AlertKey>>;
export type TaskMailTopic = keyof typeof TASK_MAIL_TOPICS;

export function isTaskMail(topic: string): topic is TaskMailTopic {
  return Object.hasOwn(TASK_MAIL_TOPICS, topic);
}

export function agentTaskLink(portal: string, taskId: string): string {
  return `${portal}/scp/tasks/${encodeURIComponent(taskId)}`;
}
