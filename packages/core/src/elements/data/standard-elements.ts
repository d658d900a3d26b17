import type { ElementDefinitionInput, ElementOption } from '../element-definition.js';
import { PERSON_ID_TYPES, personIdTypeLabel } from '../../identifiers/person-id-types.js';
import { ethnicityOptions } from './ethnicities.js';

/*
 * The kit's standard data elements (数据元). Labels are data (zh-CN and en side by side), because an
 * integrator extends this list with a province's own elements in the same shape, e.g. from JSON.
 */

type Label = { 'zh-CN': string; en: string };
const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });
const o = (value: string, zh: string, en: string, code?: string): ElementOption =>
  code === undefined ? { value, label: l(zh, en) } : { value, label: l(zh, en), code };

const NAME = { maxLength: 50 };
const ORGANISATION_NAME = { maxLength: 100 };
const ADDRESS = { maxLength: 200 };
const POSTAL_CODE = { pattern: '\\d{6}', example: '276600' };
const PHONE = { pattern: '(?:0\\d{2,3}-?)?\\d{7,8}(?:-\\d{1,6})?|1[3-9]\\d{9}|[48]00-?\\d{3}-?\\d{4}', example: '0539-7212345' };

/** ID document types a person applies with, with their catalogue labels. */
const ID_TYPES: ElementOption[] = /* @__PURE__ */ PERSON_ID_TYPES.map((value) => ({
  value,
  label: l(personIdTypeLabel(value, 'zh-CN'), personIdTypeLabel(value, 'en')),
}));

/** A person's name, ID number (a resident ID) and mobile, under `prefix`. */
function person(prefix: string, zh: string, en: string): ElementDefinitionInput[] {
  return [
    { key: `${prefix}.name`, label: l(`${zh}姓名`, `${en} name`), type: 'text', constraints: NAME },
    { key: `${prefix}.idNumber`, label: l(`${zh}公民身份号码`, `${en} resident ID number`), type: 'residentId' },
    { key: `${prefix}.mobile`, label: l(`${zh}手机号码`, `${en} mobile number`), type: 'mobile' },
  ];
}

/** The standard data elements of the kit, in display order. */
export const STANDARD_ELEMENT_DEFINITIONS: readonly ElementDefinitionInput[] = [
  // — applicant (a natural person) —
  { key: 'applicant.name', label: l('申请人姓名', 'Applicant name'), type: 'text', constraints: NAME },
  {
    key: 'applicant.idType',
    label: l('证件类型', 'ID document type'),
    type: 'select',
    constraints: { options: ID_TYPES },
  },
  {
    key: 'applicant.idNumber',
    label: l('证件号码', 'ID document number'),
    description: l('选择居民身份证时按公民身份号码校验。', 'Checked as a resident ID number when the document type is a resident ID card.'),
    type: 'text',
    constraints: { maxLength: 32, pattern: '[0-9A-Za-z()（）-]+', example: '11010519491231002X' },
    validateAs: { when: { element: 'applicant.idType', anyOf: ['residentId'] }, type: 'residentId' },
  },
  {
    key: 'applicant.sex',
    label: l('性别', 'Sex'),
    standard: 'GB/T 2261.1',
    type: 'radio',
    constraints: { options: [o('male', '男', 'Male', '1'), o('female', '女', 'Female', '2')] },
  },
  { key: 'applicant.birthDate', label: l('出生日期', 'Date of birth'), type: 'date', constraints: { minDate: '1900-01-01' } },
  {
    key: 'applicant.ethnicity',
    label: l('民族', 'Ethnic group'),
    standard: 'GB/T 3304',
    type: 'select',
    constraints: { options: ethnicityOptions() },
  },
  { key: 'applicant.mobile', label: l('手机号码', 'Mobile number'), type: 'mobile' },
  { key: 'applicant.email', label: l('电子邮箱', 'E-mail'), type: 'email' },
  { key: 'applicant.address', label: l('住址', 'Address'), type: 'address', constraints: ADDRESS },
  { key: 'applicant.workUnit', label: l('工作单位', 'Employer'), type: 'text', constraints: ORGANISATION_NAME },

  // — enterprise (a legal person or other organisation) —
  { key: 'enterprise.name', label: l('企业名称', 'Enterprise name'), type: 'text', constraints: ORGANISATION_NAME },
  { key: 'enterprise.creditCode', label: l('统一社会信用代码', 'Unified social credit code'), standard: 'GB 32100', type: 'creditCode' },
  {
    key: 'enterprise.type',
    label: l('企业类型', 'Enterprise type'),
    type: 'select',
    constraints: {
      options: [
        o('limitedLiabilityCompany', '有限责任公司', 'Limited liability company'),
        o('jointStockCompany', '股份有限公司', 'Joint-stock company'),
        o('soleProprietorship', '个人独资企业', 'Sole proprietorship'),
        o('partnership', '合伙企业', 'Partnership'),
        o('farmersCooperative', '农民专业合作社', "Farmers' specialised cooperative"),
        o('individualBusiness', '个体工商户', 'Individual business'),
        o('foreignInvested', '外商投资企业', 'Foreign-invested enterprise'),
        o('other', '其他', 'Other'),
      ],
    },
  },
  {
    key: 'enterprise.registeredCapital',
    label: l('注册资本', 'Registered capital'),
    type: 'money',
    constraints: { unit: 'tenThousandYuan', scale: 6 },
  },
  { key: 'enterprise.establishedOn', label: l('成立日期', 'Date of establishment'), type: 'date' },
  { key: 'enterprise.operatingPeriod', label: l('营业期限', 'Business term'), type: 'dateRange' },
  { key: 'enterprise.address', label: l('住所', 'Registered address'), type: 'address', constraints: ADDRESS },
  {
    key: 'enterprise.employeeCount',
    label: l('从业人数', 'Number of employees'),
    type: 'number',
    constraints: { min: 0, integer: true, unit: l('人', 'people') },
  },

  // — people acting for the applicant —
  ...person('legalRepresentative', '法定代表人', 'Legal representative'),
  ...person('agent', '代理人', 'Agent'),

  // — the place the matter concerns —
  { key: 'address.divisionCode', label: l('所在行政区划', 'Administrative division'), standard: 'GB/T 2260', type: 'division' },
  { key: 'address.detail', label: l('详细地址', 'Street address'), type: 'address', constraints: ADDRESS },
  { key: 'address.postalCode', label: l('邮政编码', 'Postal code'), type: 'text', constraints: POSTAL_CODE },

  // — contact —
  { key: 'contact.name', label: l('联系人', 'Contact person'), type: 'text', constraints: NAME },
  { key: 'contact.mobile', label: l('联系人手机号码', 'Contact mobile number'), type: 'mobile' },
  { key: 'contact.phone', label: l('联系电话', 'Contact phone'), type: 'text', constraints: PHONE },
  { key: 'contact.email', label: l('联系人电子邮箱', 'Contact e-mail'), type: 'email' },
  {
    key: 'contact.notifyBy',
    label: l('通知方式', 'Notify me by'),
    type: 'checkboxGroup',
    constraints: {
      options: [
        o('sms', '短信', 'Text message'),
        o('phone', '电话', 'Phone call'),
        o('email', '电子邮件', 'E-mail'),
        o('message', '站内消息', 'Site message'),
      ],
      minItems: 1,
    },
  },

  // — business (个体工商户 and premises) —
  { key: 'business.name', label: l('名称（字号）', 'Business name'), type: 'text', constraints: ORGANISATION_NAME },
  {
    key: 'business.organisationForm',
    label: l('组成形式', 'Form of organisation'),
    type: 'radio',
    constraints: { options: [o('individual', '个人经营', 'Run by one person'), o('family', '家庭经营', 'Run by a family')] },
  },
  { key: 'business.premisesAddress', label: l('经营场所', 'Business premises'), type: 'address', constraints: ADDRESS },
  {
    key: 'business.premisesArea',
    label: l('经营面积', 'Floor area'),
    type: 'number',
    constraints: { min: 0, unit: l('平方米', 'm²') },
  },
  { key: 'business.scope', label: l('经营范围', 'Business scope'), type: 'textarea', constraints: { maxLength: 2000 } },

  // — household (户籍) —
  {
    key: 'household.number',
    label: l('户号', 'Household number'),
    type: 'text',
    constraints: { maxLength: 20, pattern: '[0-9A-Za-z]+', example: '371327001234' },
  },
  { key: 'household.headName', label: l('户主姓名', 'Head of household'), type: 'text', constraints: NAME },
  { key: 'household.headIdNumber', label: l('户主公民身份号码', 'Head of household resident ID number'), type: 'residentId' },
  {
    key: 'household.relationship',
    label: l('与户主关系', 'Relationship to the head of household'),
    type: 'select',
    constraints: {
      options: [
        o('self', '本人（户主）', 'Self (head of household)'),
        o('spouse', '配偶', 'Spouse'),
        o('child', '子女', 'Child'),
        o('parent', '父母', 'Parent'),
        o('grandparent', '（外）祖父母', 'Grandparent'),
        o('grandchild', '（外）孙子女', 'Grandchild'),
        o('sibling', '兄弟姐妹', 'Sibling'),
        o('other', '其他', 'Other'),
      ],
    },
  },
  { key: 'household.registrationDivisionCode', label: l('户籍地行政区划', 'Division of household registration'), type: 'division' },
  { key: 'household.registrationAddress', label: l('户籍地址', 'Registered domicile'), type: 'address', constraints: ADDRESS },
  {
    key: 'household.memberCount',
    label: l('家庭人口数', 'Household members'),
    type: 'number',
    constraints: { min: 1, max: 99, integer: true, unit: l('人', 'people') },
  },

  // — the application and how its result is delivered —
  { key: 'application.reason', label: l('申请事由', 'Reason for applying'), type: 'textarea', constraints: { maxLength: 1000 } },
  { key: 'application.date', label: l('申请日期', 'Date of application'), type: 'date', constraints: { minDate: '2000-01-01' } },
  {
    key: 'delivery.method',
    label: l('结果领取方式', 'How to receive the result'),
    type: 'radio',
    constraints: {
      options: [
        o('window', '窗口领取', 'Collect at the window'),
        o('post', '邮寄送达', 'By post'),
        o('electronic', '电子送达', 'Electronically'),
      ],
    },
  },
  { key: 'delivery.consentElectronic', label: l('同意电子送达', 'I consent to electronic service'), type: 'switch' },
  { key: 'delivery.recipient', label: l('收件人', 'Recipient'), type: 'text', constraints: NAME },
  { key: 'delivery.mobile', label: l('收件人手机号码', 'Recipient mobile number'), type: 'mobile' },
  { key: 'delivery.address', label: l('邮寄地址', 'Postal address'), type: 'address', constraints: ADDRESS },
];
