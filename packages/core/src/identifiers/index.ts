/**
 * Identifiers of Chinese government services: resident ID numbers (GB 11643), unified social
 * credit codes (GB 32100), mobile numbers, and masking for display.
 * @module
 */
export {
  isResidentIdNumber,
  normalizeResidentIdNumber,
  parseResidentIdNumber,
  residentIdCheckCharacter,
  residentIdNumberSchema,
  type ResidentIdInfo,
  type ResidentIdSex,
} from './resident-id.js';
export {
  creditCodeAuthority,
  creditCodeKind,
  isUnifiedSocialCreditCode,
  normalizeUnifiedSocialCreditCode,
  parseUnifiedSocialCreditCode,
  unifiedSocialCreditCodeCheckCharacter,
  unifiedSocialCreditCodeSchema,
  type ParseCreditCodeOptions,
  type UnifiedSocialCreditCodeInfo,
} from './credit-code.js';
export {
  creditCodeAuthorities,
  type CreditCodeAuthority,
  type CreditCodeKind,
  type LocalizedLabel,
} from './data/credit-code-authorities.js';
export { assertMobileNumber, isMobileNumber, mobileNumberSchema } from './mobile.js';
export {
  maskMiddle,
  maskMobileNumber,
  maskName,
  maskResidentIdNumber,
  maskUnifiedSocialCreditCode,
  type MaskOptions,
} from './mask.js';
