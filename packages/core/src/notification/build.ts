import { canonicalJson } from '../canonical-json.js';
import { SijitongError } from '../errors.js';
import { translate } from '../i18n/define.js';
import type { Answers } from '../items/answers.js';
import { applyScenarioAnswers, type ScenarioOutcome } from '../items/apply-scenario.js';
import type { Item } from '../items/item.js';
import { mergeMaterials, type ItemMaterial } from './merge-materials.js';
import type {
  Notification,
  NotificationEntry,
  NotificationItem,
  NotificationMaterial,
  NotificationOptions,
  Provenanced,
} from './types.js';
import { notificationMessages } from '../i18n/messages/notification.js';

/** Lists equal values once, with the items they come from, in first-appearance order. */
function provenanced<T>(pairs: readonly { item: string; value: T }[]): Provenanced<T>[] {
  const byKey = new Map<string, { value: T; items: string[] }>();
  for (const { item, value } of pairs) {
    const key = canonicalJson(value);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { value, items: [item] });
    else if (!seen.items.includes(item)) seen.items.push(item);
  }
  return [...byKey.values()];
}

/** Applies each entry's answers; collects every unanswered required question before failing. */
function tailor(entries: readonly NotificationEntry[], multiple: boolean): ScenarioOutcome[] {
  const unanswered: { index: number; item: Item; question: string }[] = [];
  const outcomes = entries.map(({ item, answers }, index) => {
    let outcome: ScenarioOutcome;
    try {
      outcome = applyScenarioAnswers(item, answers ?? {});
    } catch (error) {
      if (!multiple || !(error instanceof SijitongError)) throw error;
      throw error.withPath([index, 'answers', ...error.path]);
    }
    for (const question of outcome.unanswered) unanswered.push({ index, item, question });
    return outcome;
  });
  const first = unanswered[0];
  if (first !== undefined) {
    const labelOf = ({ item, question }: (typeof unanswered)[number]) => {
      const label = item.scenarios.find((scenario) => scenario.id === question)?.label ?? question;
      return multiple ? translate(notificationMessages, 'notification.itemPrefix', { item: item.shortName ?? item.name, text: label }) : label;
    };
    throw new SijitongError(
      notificationMessages,
      'NOTIFICATION_UNANSWERED',
      {
        count: unanswered.length,
        questions: unanswered.map((u) => (multiple ? `${u.item.implementationCode}/${u.question}` : u.question)).join(', '),
        labels: unanswered.map(labelOf).join(translate(notificationMessages, 'notification.listSeparator')),
      },
      { path: multiple ? [first.index, 'answers', first.question] : [first.question] },
    );
  }
  return outcomes;
}

function notificationItem(item: Item, outcome: ScenarioOutcome): NotificationItem {
  return {
    code: item.implementationCode,
    basicCode: item.basicCode,
    name: item.name,
    shortName: item.shortName,
    version: item.version,
    acceptanceConditions: outcome.acceptanceConditions,
    channels: [...item.channels],
    onlineDepth: item.onlineDepth,
    intermediaryServices: [...(item.intermediaryServices ?? [])],
    appointment: item.appointment,
  };
}

function build(entries: readonly NotificationEntry[], options: NotificationOptions, multiple: boolean): Notification {
  if (entries.length === 0) throw new SijitongError(notificationMessages, 'NOTIFICATION_EMPTY');
  const codes = new Set<string>();
  entries.forEach(({ item }, index) => {
    if (codes.has(item.implementationCode)) {
      throw new SijitongError(notificationMessages, 'NOTIFICATION_ITEM_DUPLICATE', { code: item.implementationCode }, { path: [index, 'item'] });
    }
    codes.add(item.implementationCode);
  });

  const outcomes = tailor(entries, multiple);
  const list: ItemMaterial[] = [];
  entries.forEach(({ item }, index) => {
    const itemCodes = [item.implementationCode, item.basicCode];
    for (const material of outcomes[index]?.materials ?? []) list.push({ item: item.implementationCode, itemCodes, material });
  });
  const groups = mergeMaterials(list, options.sharedMaterials ?? []);
  const materials: NotificationMaterial[] = groups.flatMap((group) => group.materials);
  const items = entries.map(({ item }) => item);

  return {
    items: items.map((item, index) => notificationItem(item, outcomes[index] as ScenarioOutcome)),
    groups,
    deferrable: materials.filter((m) => m.necessity === 'deferrable' || m.necessity === 'promise'),
    eLicenceReplaceable: materials.filter((m) => m.eLicenceType !== undefined),
    timeLimits: items.map((item) => ({
      item: item.implementationCode,
      legal: item.legalLimit,
      promised: item.promisedLimit,
      caseKind: item.caseKind,
    })),
    fees: items.map((item) => ({ item: item.implementationCode, fee: item.fee })),
    locations: provenanced(items.flatMap((item) => item.locations.map((value) => ({ item: item.implementationCode, value })))),
    visits: items.map((item) => ({ item: item.implementationCode, count: item.visits.count, reason: item.visits.reason })),
    consultation: provenanced(
      items
        .filter(({ consultation: c }) => c.phone !== undefined || c.url !== undefined || c.address !== undefined)
        .map((item) => ({ item: item.implementationCode, value: item.consultation })),
    ),
  };
}

/**
 * Builds the one-time notification (一次性告知) for one item: its materials tailored by the
 * applicant's answers to its scenario questions (情形) and grouped by class, with counts, samples,
 * blank forms, e-licence replacement and what may be supplied later (容缺后补) or promised
 * (告知承诺), plus time limits, fees, places and hours, visits and consultation.
 *
 * Deterministic: materials follow class order (证件类, 批文类, 中介服务类, 文书类), then the item's
 * material order after scenario effects; the order of keys in `answers` does not matter.
 *
 * @param item A parsed item.
 * @param answers Option id(s) by scenario question id.
 * @param options A bundle's shared materials, see {@link NotificationOptions}.
 * @throws {@link SijitongError} `NOTIFICATION_UNANSWERED` listing every required question left
 * unanswered (params `count`, `questions` (ids), `labels`; `path` is the first question's id), or
 * the answer errors of `applyScenarioAnswers` (`ANSWER_*`).
 *
 * @example
 * ```ts
 * const notification = buildNotification(item, { agent: 'yes', premises: 'rented' });
 * console.log(renderNotificationText(notification));
 * ```
 */
export function buildNotification(item: Item, answers?: Answers, options?: NotificationOptions): Notification;
/**
 * Builds one notification for several items handled in one visit (one applicant): a material
 * several items need is listed once, with the strictest requirement (original over copy, largest
 * counts, required over deferrable, promise and optional) and the codes of the items needing it.
 * Items keep request order; so do materials of equal class.
 *
 * Two materials are the same when a bundle's shared material (in `options`) declares it, else when
 * both name the same e-licence type code, else when their names are equal after
 * `normalizeMaterialName` (trimmed, whitespace removed, full-width folded to half-width).
 *
 * @param entries The items and the answers to each one's scenario questions.
 * @param options A bundle's shared materials, see {@link NotificationOptions}.
 * @throws {@link SijitongError} `NOTIFICATION_EMPTY`; `NOTIFICATION_ITEM_DUPLICATE` (path
 * `[index, 'item']`); `NOTIFICATION_UNANSWERED` listing every required question of every item
 * (`questions` as `code/questionId`, `path` `[index, 'answers', questionId]` of the first); answer
 * errors (`ANSWER_*`) with path `[index, 'answers', questionId]`.
 */
export function buildNotification(entries: readonly NotificationEntry[], options?: NotificationOptions): Notification;
export function buildNotification(
  first: Item | readonly NotificationEntry[],
  second?: Answers | NotificationOptions,
  third?: NotificationOptions,
): Notification {
  if (Array.isArray(first)) return build(first as readonly NotificationEntry[], (second as NotificationOptions | undefined) ?? {}, true);
  return build([{ item: first as Item, answers: second as Answers | undefined }], third ?? {}, false);
}
