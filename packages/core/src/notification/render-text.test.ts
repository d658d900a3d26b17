import { describe, expect, it } from 'vitest';
import { buildNotification } from './build.js';
import { renderNotificationText } from './render-text.js';
import { foodItem, getihuItem } from '../fixtures/testing.js';

const single = buildNotification(getihuItem(), { agent: 'no', premises: 'own' });
const combined = buildNotification([
  { item: getihuItem(), answers: { agent: 'yes', premises: 'promise' } },
  { item: foodItem(), answers: { agent: 'no' } },
]);

describe('renderNotificationText', () => {
  it('renders zh-CN headings, class labels and material lines with counts', () => {
    const text = renderNotificationText(single);
    const lines = text.split('\n');
    expect(lines[0]).toBe('一次性告知单');
    for (const heading of ['办理事项', '申请材料', '证件类', '批文类', '文书类', '可用电子证照免提交的材料', '办理时限', '收费', '办理地点和时间', '到办事现场次数', '咨询方式']) {
      expect(lines).toContain(heading);
    }
    expect(lines).not.toContain('中介服务类');
    expect(lines).not.toContain('可容缺后补或告知承诺的材料');
    expect(lines).toContain('1. 经营者身份证明（原件或复印件；原件 1 份、复印件 1 份；必要）');
    expect(lines).toContain('   可用电子证照“居民身份证”代替，无需提交');
    expect(lines).toContain('2. 经营场所使用证明（复印件；复印件 1 份；必要）');
    expect(lines).toContain('3. 消防安全检查合格证明（原件；原件 1 份；非必要）');
    expect(lines).toContain('   需要的情形：公众聚集场所');
    expect(lines).toContain('   示例样表：/samples/getihu.pdf');
    expect(lines).toContain('- 法定办结时限 20 个工作日；承诺办结时限 5 个工作日');
    expect(lines).toContain('- 不收费');
    expect(lines).toContain('- 无需到现场');
    expect(text).not.toContain('适用事项');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('renders English headings around the items’ own material names', () => {
    const lines = renderNotificationText(single, 'en').split('\n');
    expect(lines[0]).toBe('One-time notification');
    for (const heading of ['Items', 'Materials to bring or upload', 'Certificates and IDs', 'Approvals', 'Documents to fill in', 'Time limits', 'Fees']) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain('1. 经营者身份证明 (Original or copy; originals: 1, copies: 1; Required)');
    expect(lines).toContain('- statutory limit 20 working day(s); promised limit 5 working day(s)');
    expect(lines).toContain('- free of charge');
    const headings = lines.filter((line) => !/^\s|^\d+\. |^- /.test(line) && line !== '');
    for (const heading of headings) expect(heading).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says which items each line concerns when there are several', () => {
    const lines = renderNotificationText(combined).split('\n');
    expect(lines).toContain('1. 经营者身份证明（原件；原件 1 份、复印件 2 份；必要）');
    expect(lines).toContain('   适用事项：个体户开业、食品经营许可');
    expect(lines).toContain('可容缺后补或告知承诺的材料');
    expect(lines).toContain('- 经营场所使用证明：容缺后补');
    expect(lines).toContain('- 营业执照：可用电子证照“营业执照”代替');
    expect(lines).toContain('- 食品经营许可：法定办结时限 20 个工作日；承诺办结时限 即办');
    expect(lines).toContain('- 食品经营许可：工本费：每证 10 元（可减免）');
    expect(lines).toContain('- 食品经营许可：需到现场 1 次；原因：现场核查经营场所');
    expect(lines).toContain('- 莒南县市场监督管理局食品科，莒南县（示例地址二），办理时间：工作日 8:30–17:30；电话：0539-7000002');
    const en = renderNotificationText(combined, 'en').split('\n');
    expect(en).toContain('   Needed for: 个体户开业, 食品经营许可');
    expect(en).toContain('- 食品经营许可: statutory limit 20 working day(s); promised limit on the spot');
    expect(en).toContain('- 食品经营许可: 工本费: 每证 10 元 (may be waived)');
  });

  it('is deterministic', () => {
    expect(renderNotificationText(combined)).toBe(renderNotificationText(buildNotification([
      { item: getihuItem(), answers: { premises: 'promise', agent: 'yes' } },
      { item: foodItem(), answers: { agent: 'no' } },
    ])));
  });
});
