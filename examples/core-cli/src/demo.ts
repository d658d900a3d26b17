import { junanItems } from '@sijitong/core/fixtures';
import {
  buildNotification,
  computeDeadline,
  createCatalog,
  createDivisionTable,
  deadlineStatus,
  isResidentIdNumber,
  isSijitongError,
  isUnifiedSocialCreditCode,
  junanDivisionRows,
  maskMobileNumber,
  maskName,
  maskResidentIdNumber,
  parseResidentIdNumber,
  renderNotificationText,
  type Locale,
} from '@sijitong/core';

/**
 * A small tour of @sijitong/core, as a county service centre would use it: check an applicant's
 * identifiers, show them masked, place an address in Junan County, and compute a case's
 * deadline across the 2026 National Day holiday and into 2027 (whose notice is not out yet).
 * Returns the lines to print, so the example is tested as well as run.
 */
export function renderDemo(locale: Locale = 'zh-CN'): string[] {
  const lines: string[] = [];
  const say = (zh: string, en: string) => lines.push(locale === 'zh-CN' ? zh : en);

  const id = '11010519491231002X';
  const info = parseResidentIdNumber(id);
  say('一、身份证号码', '1. Resident ID number');
  lines.push(`  ${maskResidentIdNumber(id)}  valid=${isResidentIdNumber(id)} birth=${info.birthDate} sex=${info.sex}`);
  try {
    parseResidentIdNumber('110105194912310021');
  } catch (error) {
    if (isSijitongError(error)) lines.push(`  110105194912310021 → ${error.code}: ${error.localized(locale)}`);
  }
  lines.push(`  ${maskName('张小三')}  ${maskMobileNumber('13812345678')}`);
  lines.push(`  91350100M000100Y43 valid=${isUnifiedSocialCreditCode('91350100M000100Y43')}`);

  say('二、行政区划', '2. Administrative divisions');
  const divisions = createDivisionTable(junanDivisionRows);
  const town = divisions.children('371327')[0];
  if (town) lines.push(`  ${town.code} ${divisions.path(town.code)} (${town.level})`);

  say('三、办结时限（20 个工作日，补正 3 天）', '3. Case deadline (20 working days, 3 days waiting for corrections)');
  const input = {
    acceptedOn: '2026-09-21',
    limit: { value: 20, unit: 'workingDay' as const },
    suspensions: [{ from: '2026-09-24', to: '2026-09-26' }],
  };
  const deadline = computeDeadline(input);
  lines.push(`  accepted 2026-09-21 → deadline ${deadline.deadline} provisional=${deadline.provisional}`);
  const status = deadlineStatus(input, '2026-10-20');
  lines.push(`  on 2026-10-20: ${status.status}, ${status.remainingWorkingDays} working days left`);

  say('四、跨年时限（2027 年放假安排尚未发布）', '4. Across the year end (the 2027 notice is not out yet)');
  const december = computeDeadline({ acceptedOn: '2026-12-15', limit: { value: 20, unit: 'workingDay' } });
  lines.push(`  accepted 2026-12-15 → deadline ${december.deadline} provisional=${december.provisional}`);

  say('五、事项搜索（拼音首字母 ylbx，十字路街道可办）', '5. Catalogue search (pinyin initials "ylbx", served in Shizilu subdistrict)');
  const catalog = createCatalog(junanItems);
  const found = catalog.search('ylbx', { filters: { division: '371327001000' }, limit: 3 });
  for (const hit of found.results) {
    const name = hit.kind === 'item' ? hit.item.name : hit.bundle.name;
    const match = hit.matches.find((m) => m.field === 'name');
    const marked = match === undefined ? name : `${name.slice(0, match.start)}[${name.slice(match.start, match.end)}]${name.slice(match.end)}`;
    lines.push(`  ${marked}`);
  }

  say('六、一次性告知（个体工商户设立登记，委托代理人办理）', '6. One-time notification (sole proprietor registration, through an agent)');
  const item = junanItems.find((i) => i.basicCode === '370112001000');
  if (item) {
    const notification = buildNotification(item, { agent: 'yes', family: 'no' });
    lines.push(...renderNotificationText(notification, locale).split('\n').slice(0, 12).map((l) => `  ${l}`));
  }
  return lines;
}
