export { buildApp } from './build-app';
export { redactUrl } from './request-log';
export {
  type AdminService,
  type AuditStore,
  DEFAULT_CONSENT,
  type HealthReport,
  type SubscriberStore,
  type WebConfig,
  type WebDeps,
} from './web-deps';
export { statusForCode, WebError } from './web-error';
