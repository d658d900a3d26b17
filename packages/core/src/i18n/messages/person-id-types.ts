import { defineMessages } from '../define.js';

/** Names of the identity documents a person applies with (居民身份证, 护照…). */
export const personIdTypesMessages = /* @__PURE__ */ defineMessages(
  {
    'personIdType.residentId': '居民身份证',
    'personIdType.hkMacaoPermit': '港澳居民来往内地通行证',
    'personIdType.taiwanPermit': '台湾居民来往大陆通行证',
    'personIdType.residencePermit': '港澳台居民居住证',
    'personIdType.foreignPermanentResidentId': '外国人永久居留身份证',
    'personIdType.passport': '护照',
    'personIdType.other': '其他证件',
  },
  {
    'personIdType.residentId': 'Resident ID card',
    'personIdType.hkMacaoPermit': 'Mainland Travel Permit for Hong Kong and Macao Residents',
    'personIdType.taiwanPermit': 'Mainland Travel Permit for Taiwan Residents',
    'personIdType.residencePermit': 'Residence Permit for Hong Kong, Macao and Taiwan Residents',
    'personIdType.foreignPermanentResidentId': 'Foreign Permanent Resident ID Card',
    'personIdType.passport': 'Passport',
    'personIdType.other': 'Other document',
  },
);
