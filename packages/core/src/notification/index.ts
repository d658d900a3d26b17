/**
 * One-time notification (一次性告知): the complete, de-duplicated list of what an applicant must
 * bring or upload for one item or several handled in one visit, tailored by their answers, plus
 * time limits, fees, places, visits and consultation; and its plain-text rendering.
 * @module
 */
export { buildNotification } from './build.js';
export { normalizeMaterialName } from './merge-materials.js';
export { renderNotificationText } from './render-text.js';
export type {
  MaterialUse,
  Notification,
  NotificationEntry,
  NotificationFee,
  NotificationGroup,
  NotificationItem,
  NotificationMaterial,
  NotificationOptions,
  NotificationTimeLimit,
  NotificationVisits,
  Provenanced,
} from './types.js';
