import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n/define.js';
import { notificationMessages } from '../i18n/messages/notification.js';
import type { ExplainedTimeLimit } from '../items/fields.js';
import type { Consultation } from '../items/item.js';
import { itemEnumLabel } from '../items/labels.js';
import type { Notification, NotificationMaterial } from './types.js';

const INDENT = '   ';
const BULLET = '- ';

/**
 * Renders a notification as plain text (for printing, SMS-to-e-mail or a screen reader): headings
 * and labels in `locale` from the catalogue, material names and other item data as the items
 * write them. Sections without content are left out; with several items, each line says which
 * items it concerns.
 *
 * @example renderNotificationText(buildNotification(item, answers), 'en')
 */
export function renderNotificationText(notification: Notification, locale: Locale = 'zh-CN'): string {
  const t = (code: MessageKey<typeof notificationMessages>, params: MessageParams = {}) =>
    translate(notificationMessages, code, params, locale);
  const list = (values: readonly string[]) => values.join(t('notification.listSeparator'));
  const parts = (values: readonly string[]) => values.join(t('notification.partSeparator'));
  const names = new Map(notification.items.map((item) => [item.code, item.shortName ?? item.name]));
  const multiple = notification.items.length > 1;
  const neededBy = (codes: readonly string[]) => (multiple ? [INDENT + t('notification.neededBy', { items: list(codes.map((c) => names.get(c) ?? c)) })] : []);
  const perItem = (code: string, text: string) =>
    BULLET + (multiple ? t('notification.itemPrefix', { item: names.get(code) ?? code, text }) : text);
  const limit = (value: ExplainedTimeLimit) =>
    value.value === 0 ? t('notification.immediate') : t('notification.limitValue', { value: value.value, unit: itemEnumLabel('timeLimitUnit', value.unit, locale) });

  const lines: string[] = [t('notification.title')];
  const section = (heading: string, body: readonly string[]) => {
    if (body.length > 0) lines.push('', heading, ...body);
  };

  section(
    t('notification.items'),
    notification.items.flatMap((item, i) => [
      t('notification.itemLine', { index: i + 1, name: item.name }),
      ...(item.acceptanceConditions.length > 0 ? [INDENT + t('notification.conditions', { conditions: parts(item.acceptanceConditions) })] : []),
    ]),
  );

  let index = 0;
  const materialLines = (m: NotificationMaterial): string[] => {
    index += 1;
    const counts = [
      ...(m.originalCount > 0 ? [t('notification.originalCount', { count: m.originalCount })] : []),
      ...(m.copyCount > 0 ? [t('notification.copyCount', { count: m.copyCount })] : []),
    ];
    const details = [itemEnumLabel('materialType', m.type, locale), ...(counts.length > 0 ? [list(counts)] : []), itemEnumLabel('materialNecessity', m.necessity, locale)];
    return [
      t('notification.materialLine', { index, name: m.name, details: parts(details) }),
      ...neededBy(m.items),
      ...m.optionalWhen.map((condition) => INDENT + t('notification.optionalWhen', { condition })),
      ...m.instructions.map((text) => INDENT + t('notification.instructions', { text })),
      ...(m.eLicenceType === undefined ? [] : [INDENT + t('notification.eLicenceNote', { licence: m.eLicenceType.name })]),
      ...(m.sampleUrl === undefined ? [] : [INDENT + t('notification.sample', { url: m.sampleUrl })]),
      ...(m.blankFormUrl === undefined ? [] : [INDENT + t('notification.blankForm', { url: m.blankFormUrl })]),
    ];
  };
  section(
    t('notification.materials'),
    notification.groups.flatMap((group) => [itemEnumLabel('materialClass', group.class, locale), ...group.materials.flatMap(materialLines)]),
  );
  section(
    t('notification.deferrable'),
    notification.deferrable.map(
      (m) => BULLET + t('notification.deferrableLine', { name: m.name, necessity: itemEnumLabel('materialNecessity', m.necessity, locale) }),
    ),
  );
  section(
    t('notification.eLicence'),
    notification.eLicenceReplaceable.map((m) => BULLET + t('notification.eLicenceLine', { name: m.name, licence: m.eLicenceType?.name ?? '' })),
  );
  section(
    t('notification.timeLimits'),
    notification.timeLimits.map(({ item, legal, promised }) =>
      perItem(item, t('notification.timeLimitLine', { legal: limit(legal), promised: limit(promised) })),
    ),
  );
  section(
    t('notification.fees'),
    notification.fees.map(({ item, fee }) =>
      perItem(
        item,
        fee.charged
          ? parts(fee.items.map((f) => t('notification.feeLine', { name: f.name, standard: f.standard }) + (f.waivable ? t('notification.feeWaivable') : '')))
          : t('notification.free'),
      ),
    ),
  );
  section(
    t('notification.locations'),
    notification.locations.flatMap(({ value, items }) => [
      BULLET +
        parts([
          t('notification.locationLine', { name: value.name, address: value.address, hours: value.hours }),
          ...(value.phone === undefined ? [] : [t('notification.phone', { phone: value.phone })]),
        ]),
      ...neededBy(items),
    ]),
  );
  section(
    t('notification.visits'),
    notification.visits.map(({ item, count, reason }) =>
      perItem(
        item,
        count === 0
          ? t('notification.noVisits')
          : parts([t('notification.visitsLine', { count }), ...(reason === undefined ? [] : [t('notification.visitReason', { reason })])]),
      ),
    ),
  );
  const consultation = (c: Consultation) =>
    parts([
      ...(c.phone === undefined ? [] : [t('notification.phone', { phone: c.phone })]),
      ...(c.url === undefined ? [] : [t('notification.website', { url: c.url })]),
      ...(c.address === undefined ? [] : [t('notification.address', { address: c.address })]),
    ]);
  section(
    t('notification.consultation'),
    notification.consultation.flatMap(({ value, items }) => [BULLET + consultation(value), ...neededBy(items)]),
  );
  return `${lines.join('\n')}\n`;
}
