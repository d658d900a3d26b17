import { describe, expect, it } from 'vitest';
import { itemsMessages } from '../i18n/messages/items.js';
import {
  AUDIENCE_CODES,
  AUDIENCES,
  ITEM_TYPE_CODES,
  ITEM_TYPES,
  LEVEL_CODES,
  MATERIAL_SOURCE_CODES,
  NECESSITY_CODES,
} from './enums.js';
import { ITEM_ENUM_VALUES, itemEnumLabel, type ItemEnumName } from './labels.js';

const zhCN = itemsMessages['zh-CN'];
const en = itemsMessages.en;

describe('enum labels', () => {
  it('has a label in both locales for every value of every enum', () => {
    for (const name of Object.keys(ITEM_ENUM_VALUES) as ItemEnumName[]) {
      for (const value of ITEM_ENUM_VALUES[name]) {
        const key = `${name}.${value}`;
        expect(zhCN, key).toHaveProperty([key]);
        expect(en, key).toHaveProperty([key]);
        expect(itemEnumLabel(name, value as never).length, key).toBeGreaterThan(0);
      }
    }
  });

  it('renders labels in zh-CN by default and in English', () => {
    expect(itemEnumLabel('itemType', 'licensing')).toBe('行政许可');
    expect(itemEnumLabel('itemType', 'licensing', 'en')).toBe('Administrative licensing');
    expect(itemEnumLabel('itemCaseKind', 'immediate')).toBe('即办件');
    expect(itemEnumLabel('onlineDepth', 4, 'en')).toBe('Level IV (fully online)');
    expect(itemEnumLabel('materialNecessity', 'deferrable')).toBe('容缺后补');
    expect(itemEnumLabel('windowClass', 'publicResourceTrading')).toBe('公共资源交易类');
  });

  it('maps to the national codes', () => {
    expect(ITEM_TYPES.map((t) => ITEM_TYPE_CODES[t])).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '20']);
    expect(Object.values(LEVEL_CODES)).toEqual(['3', '4', '5', '6']);
    expect(AUDIENCES.map((a) => AUDIENCE_CODES[a])).toEqual(['1', '2', '3', '4', '5', '6', '9']);
    expect(Object.values(MATERIAL_SOURCE_CODES)).toEqual(['10', '20', '30', '99']);
    expect(NECESSITY_CODES).toEqual({ required: '1', optional: '2', deferrable: '3' });
  });
});
