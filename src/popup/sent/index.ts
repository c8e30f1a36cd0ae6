export { SentTabs } from './SentTabs';
export { withSendAck } from './ack';
export type { NotificationPermission, SentDeps } from './deps';
