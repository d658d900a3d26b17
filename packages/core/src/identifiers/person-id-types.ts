import { translate, type Locale } from '../i18n/define.js';
import { personIdTypesMessages } from '../i18n/messages/person-id-types.js';

/** Kinds of identity document a natural person can apply with. */
export const PERSON_ID_TYPES = [
  'residentId',
  'hkMacaoPermit',
  'taiwanPermit',
  'residencePermit',
  'foreignPermanentResidentId',
  'passport',
  'other',
] as const;

/** An ID document type a person applies with. */
export type PersonIdType = (typeof PERSON_ID_TYPES)[number];

/** Display name of a person's identity document type: 居民身份证, 护照, 其他证件. */
export function personIdTypeLabel(idType: PersonIdType, locale: Locale = 'zh-CN'): string {
  return translate(personIdTypesMessages, `personIdType.${idType}`, {}, locale);
}
