export { allowsDay, localDateIn, nextSendAt, owedLocalDate, sendInstant } from './due';
export { type EmailCheck, normalizeSignupEmail } from './email-address';
export { type ImportParse, type ImportRow, type ImportRules, parseSubscriberCsv } from './import-rows';
export { absolute, confirmLink, LINK_PATHS, type ReaderLinks, readerLinks } from './links';
export { type UpcomingSlot, upcomingSlots } from './next-slots';
export {
  type FieldError,
  type FormValues,
  FREQUENCIES,
  type PreferenceField,
  type PreferenceRules,
  type PreferenceValidation,
  validatePreferences,
} from './preferences';
export { canonicalTimeZone, listTimeZones } from './time-zones';
export {
  CONFIRM_MAX_AGE_MS,
  checkToken,
  signToken,
  type TokenCheck,
  type TokenClaims,
  type TokenPurpose,
  type TokenRejection,
  type VerifiedToken,
  verifyToken,
} from './tokens';
