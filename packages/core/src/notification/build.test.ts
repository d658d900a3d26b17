import { describe, expect, it } from 'vitest';
import { errorOf } from '../fixtures/error-of.js';
import { buildNotification } from './build.js';
import { normalizeMaterialName } from './merge-materials.js';
import { E_LICENCES } from '../fixtures/junan/common.js';
import { foodItem, getihuItem } from '../fixtures/testing.js';
import type { Notification } from './types.js';

const getihu = getihuItem();
const food = foodItem();
const A = getihu.implementationCode;
const B = food.implementationCode;

const names = (n: Notification) => n.groups.map((g) => [g.class, g.materials.map((m) => m.name)]);
const material = (n: Notification, name: string) => {
  const found = n.groups.flatMap((g) => g.materials).find((m) => m.name === name);
  if (found === undefined) throw new Error(`no material ${name}`);
  return found;
};

describe('buildNotification for one item', () => {
  const plain = buildNotification(getihu, { agent: 'no', premises: 'own' });

  it('groups materials by class in class order, then the item’s order, leaving empty classes out', () => {
    expect(names(plain)).toEqual([
      ['certificate', ['经营者身份证明', '经营场所使用证明']],
      ['approval', ['消防安全检查合格证明']],
      ['document', ['个体工商户登记（备案）申请书']],
    ]);
  });

  it('gives type, counts, links, instructions and provenance of each material', () => {
    expect(material(plain, '经营者身份证明')).toMatchObject({
      key: `licence:${E_LICENCES.residentId.code}`,
      type: 'originalOrCopy',
      form: 'both',
      necessity: 'required',
      originalCount: 1,
      copyCount: 1,
      items: [A],
    });
    expect(material(plain, '经营场所使用证明')).toMatchObject({ type: 'copy', originalCount: 0, copyCount: 1 });
    expect(material(plain, '个体工商户登记（备案）申请书')).toMatchObject({
      key: 'name:个体工商户登记(备案)申请书',
      sampleUrl: '/samples/getihu.pdf',
      blankFormUrl: '/forms/getihu.docx',
      paperSize: 'A4',
      instructions: ['用黑色签字笔填写'],
    });
    expect(material(plain, '消防安全检查合格证明')).toMatchObject({ necessity: 'optional', optionalWhen: ['公众聚集场所'] });
    expect(material(plain, '经营者身份证明').uses).toEqual([{ item: A, material: getihu.materials[1] }]);
  });

  it('lists e-licence replaceable and deferrable materials, limits, fees, places, visits and consultation', () => {
    expect(plain.eLicenceReplaceable.map((m) => m.name)).toEqual(['经营者身份证明']);
    expect(plain.deferrable).toEqual([]);
    expect(plain.items).toEqual([
      expect.objectContaining({ code: A, name: '个体工商户设立登记', acceptanceConditions: ['有经营能力的自然人'], channels: ['window', 'online'] }),
    ]);
    expect(plain.timeLimits).toEqual([
      { item: A, legal: { value: 20, unit: 'workingDay' }, promised: { value: 5, unit: 'workingDay' }, caseKind: 'promised' },
    ]);
    expect(plain.fees).toEqual([{ item: A, fee: { charged: false } }]);
    expect(plain.locations).toEqual([{ value: getihu.locations[0], items: [A] }]);
    expect(plain.visits).toEqual([{ item: A, count: 0, reason: undefined }]);
    expect(plain.consultation).toEqual([{ value: { phone: '0539-7000001' }, items: [A] }]);
  });

  it('applies scenario answers: added, changed, promised and removed materials, added conditions', () => {
    const n = buildNotification(getihu, { agent: 'yes', premises: 'promise', extras: ['e-id', 'food'] });
    expect(names(n)).toEqual([
      ['certificate', ['经营场所使用证明', '代理人身份证明']],
      ['approval', ['消防安全检查合格证明']],
      ['document', ['个体工商户登记（备案）申请书', '授权委托书']],
    ]);
    expect(n.deferrable.map((m) => [m.name, m.necessity])).toEqual([['经营场所使用证明', 'promise']]);
    expect(n.eLicenceReplaceable.map((m) => m.name)).toEqual(['代理人身份证明']);
    expect(n.items[0]?.acceptanceConditions).toEqual(['有经营能力的自然人', '须另行取得食品经营许可']);
    const rented = buildNotification(getihu, { agent: 'no', premises: 'rented' });
    expect(material(rented, '租赁合同')).toMatchObject({ copyCount: 2, key: 'name:租赁合同' });
  });

  it('lists every unanswered required question in one error', () => {
    const error = errorOf(() => buildNotification(getihu, {}));
    expect(error.code).toBe('NOTIFICATION_UNANSWERED');
    expect(error.params).toEqual({ count: 2, questions: 'agent, premises', labels: '是否委托代理人办理？、经营场所情况' });
    expect(error.path).toEqual(['agent']);
    expect(error.message).toBe('还有 2 个必答问题未回答：是否委托代理人办理？、经营场所情况。请先回答这些问题，才能生成完整的一次性告知。');
    expect(error.localized('en')).toMatch(/^2 required question\(s\) are not answered yet/);
    expect(errorOf(() => buildNotification(getihu, { agent: 'no' })).params['questions']).toBe('premises');
  });

  it('passes on answer errors', () => {
    const error = errorOf(() => buildNotification(getihu, { agent: 'maybe', premises: 'own' }));
    expect(error.code).toBe('ANSWER_OPTION_UNKNOWN');
    expect(error.path).toEqual(['agent']);
  });

  it('is deterministic, whatever the order of the answers’ keys', () => {
    const answers = { extras: ['food', 'e-id'], premises: 'rented', agent: 'yes' };
    const reordered = { agent: 'yes', premises: 'rented', extras: ['e-id', 'food'] };
    const first = buildNotification(getihu, answers);
    expect(buildNotification(getihu, answers)).toEqual(first);
    expect(JSON.stringify(buildNotification(getihu, reordered))).toBe(JSON.stringify(first));
  });
});

describe('buildNotification for several items', () => {
  const entries = [
    { item: getihu, answers: { agent: 'yes', premises: 'own' } },
    { item: food, answers: { agent: 'yes' } },
  ];
  const n = buildNotification(entries);

  it('lists a shared material once with the items needing it and the strictest requirement', () => {
    const id = material(n, '经营者身份证明');
    expect(id).toMatchObject({ items: [A, B], type: 'original', form: 'paper', originalCount: 1, copyCount: 2, necessity: 'required' });
    expect(id.uses.map((u) => [u.item, u.material.name])).toEqual([
      [A, '经营者身份证明'],
      [B, '经营者身份证'],
    ]);
    const premises = material(n, '经营场所使用证明');
    expect(premises).toMatchObject({ items: [A, B], necessity: 'required', key: 'name:经营场所使用证明' });
    expect(material(n, '授权委托书').items).toEqual([A, B]);
  });

  it('pairs same-licence materials of one item with the other item’s by name, never merging within an item', () => {
    expect(material(n, '代理人身份证明')).toMatchObject({ items: [A, B], key: `licence:${E_LICENCES.residentId.code}#2` });
    expect(n.groups.flatMap((g) => g.materials).filter((m) => m.eLicenceType?.code === E_LICENCES.residentId.code)).toHaveLength(2);
  });

  it('orders by class, then request order and each item’s material order', () => {
    expect(names(n)).toEqual([
      ['certificate', ['经营者身份证明', '经营场所使用证明', '代理人身份证明', '营业执照']],
      ['approval', ['消防安全检查合格证明']],
      ['intermediary', ['经营设施设备布局图（ＣＡＤ）']],
      ['document', ['个体工商户登记（备案）申请书', '授权委托书', '食品经营许可申请书']],
    ]);
  });

  it('keeps deferrable and e-licence lists, and merges places and consultation with provenance', () => {
    expect(n.deferrable.map((m) => [m.name, m.items])).toEqual([['营业执照', [B]]]);
    expect(n.eLicenceReplaceable.map((m) => m.name)).toEqual(['经营者身份证明', '代理人身份证明', '营业执照']);
    expect(n.locations.map((l) => [l.value.name, l.items])).toEqual([
      ['莒南县政务服务中心一楼综合窗口', [A, B]],
      ['莒南县市场监督管理局食品科', [B]],
    ]);
    expect(n.consultation.map((c) => c.items)).toEqual([[A], [B]]);
    expect(n.timeLimits.map((t) => [t.item, t.promised.value, t.caseKind])).toEqual([
      [A, 5, 'promised'],
      [B, 0, 'immediate'],
    ]);
    expect(n.fees[1]?.fee).toMatchObject({ charged: true });
    expect(n.visits).toEqual([
      { item: A, count: 0, reason: undefined },
      { item: B, count: 1, reason: '现场核查经营场所' },
    ]);
  });

  it('merges what a bundle declares shared, under the bundle’s name', () => {
    const shared = buildNotification(entries, {
      sharedMaterials: [
        {
          id: 'one-form',
          name: '一件事联合申请表',
          uses: [
            { item: getihu.basicCode, materialId: 'application-form' },
            { item: B, materialId: 'food-form' },
          ],
        },
      ],
    });
    expect(shared.groups.at(-1)?.materials.map((m) => [m.key, m.name, m.items])).toEqual([
      ['shared:one-form', '一件事联合申请表', [A, B]],
      ['name:授权委托书', '授权委托书', [A, B]],
    ]);
    expect(material(shared, '一件事联合申请表')).toMatchObject({ sampleUrl: '/samples/getihu.pdf', blankFormUrl: '/forms/getihu.docx' });
  });

  it('lists unanswered questions of every item, and prefixes answer errors with the entry', () => {
    const error = errorOf(() => buildNotification([{ item: getihu }, { item: food, answers: {} }]));
    expect(error.params).toEqual({
      count: 3,
      questions: `${A}/agent, ${A}/premises, ${B}/agent`,
      labels: '个体户开业：是否委托代理人办理？、个体户开业：经营场所情况、食品经营许可：是否委托代理人办理？',
    });
    expect(error.path).toEqual([0, 'answers', 'agent']);
    const answerError = errorOf(() => buildNotification([entries[0] ?? { item: getihu }, { item: food, answers: { agent: ['yes', 'no'] } }]));
    expect(answerError.code).toBe('ANSWER_SINGLE_EXPECTED');
    expect(answerError.path).toEqual([1, 'answers', 'agent']);
  });

  it('refuses an empty list and the same item twice', () => {
    expect(errorOf(() => buildNotification([])).code).toBe('NOTIFICATION_EMPTY');
    const twice = errorOf(() => buildNotification([entries[1] ?? { item: food }, entries[1] ?? { item: food }]));
    expect(twice.code).toBe('NOTIFICATION_ITEM_DUPLICATE');
    expect(twice.path).toEqual([1, 'item']);
  });

  it('is deterministic', () => {
    expect(buildNotification(entries)).toEqual(n);
  });
});

describe('normalizeMaterialName', () => {
  it('trims, removes whitespace, folds full-width to half-width and lower-cases Latin letters', () => {
    expect(normalizeMaterialName(' 经营设施设备布局图（ＣＡＤ） ')).toBe('经营设施设备布局图(cad)');
    expect(normalizeMaterialName('营业执照\u3000副本')).toBe(normalizeMaterialName('营业执照副本'));
  });
});
