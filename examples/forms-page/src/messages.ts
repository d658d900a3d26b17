import { defineMessages, type MessageKey } from '@sijitong/core';

/**
 * The texts of the example page and of its server's errors, zh-CN first, then en (same keys and
 * placeholders). The page's inline script gets both languages, so the language switch needs no
 * round trip.
 */
export const pageMessages = defineMessages(
  {
    TITLE: '开办餐饮店“一件事”一表申请（演示）',
    HEADING: '开办餐饮店“一件事”：一张表格',
    INTRO: '个体工商户登记、小餐饮登记、户外招牌审批和低压用电报装四个事项合并为一张表，相同信息只填一次。本页用一个 <script> 标签加载表单组件，适合旧版网站内容管理系统。',
    OPEN_CASE_NOTE: '演示异步核验：证件类型选“居民身份证”，填写身份证号码 {id} 后离开该栏，会提示该号码已有在办件。',
    SWITCH_LANGUAGE: 'English',
    SWITCH_LANGUAGE_LANG: 'en',
    RESULT_TITLE: '提交结果',
    RESULT_EMPTY: '尚未提交。',
    LOADING: '正在加载表单…',
    LOAD_FAILED: '表单加载失败：{detail}',
    SENDING: '正在提交…',
    SUBMITTED: '已提交，按事项拆分为 {count} 份：',
    PART: '{itemCode} {title}（{count} 项）',
    REJECTED: '服务端核验未通过：',
    SUBMIT_FAILED: '提交失败：{detail}',
    OPEN_CASE: '该身份证号码已有在办的开办餐饮店申请，请勿重复申请；如需查询进度请拨打 12345。',
    CHECK_FAILED: '暂时无法核验在办件（{status}）',
    DIVISIONS_FAILED: '行政区划加载失败（{status}）',
    NOT_FOUND: '没有这个地址：{path}',
    METHOD_NOT_ALLOWED: '{path} 不支持 {method} 请求',
    REQUEST_INVALID: '请求参数不正确：{detail}',
    BODY_INVALID: '请求内容不是有效的 JSON',
    BODY_TOO_LARGE: '请求内容超过 {limit} 字节',
    SERVER_ERROR: '服务器内部错误',
    MAIN_LISTENING: '开办餐饮店“一件事”一表申请演示页：{url}（按 Ctrl-C 退出）',
    MAIN_PORT_BUSY: '端口 {port} 已被占用，改用任意空闲端口。',
    MAIN_BUILD_MISSING: '找不到 @sijitong/forms 的 <script> 构建（dist/sjt-form.global.js），请先运行：{command}',
  },
  {
    TITLE: 'Opening a restaurant as one thing: one application (demo)',
    HEADING: 'Opening a restaurant as one thing: one form',
    INTRO: 'Four items (individual business registration, small eatery registration, outdoor sign permit and low-voltage electricity connection) merged into one form: shared answers are asked once. This page loads the form component with a single <script> tag, as an old CMS page can.',
    OPEN_CASE_NOTE: 'Asynchronous check demo: choose "Resident ID card" as the ID document type, enter {id} as the number and leave the field: it already has an open application.',
    SWITCH_LANGUAGE: '中文',
    SWITCH_LANGUAGE_LANG: 'zh-CN',
    RESULT_TITLE: 'Result',
    RESULT_EMPTY: 'Nothing submitted yet.',
    LOADING: 'Loading the form…',
    LOAD_FAILED: 'The form could not be loaded: {detail}',
    SENDING: 'Submitting…',
    SUBMITTED: 'Submitted, split into {count} parts by item:',
    PART: '{itemCode} {title} ({count} answers)',
    REJECTED: 'The server check failed:',
    SUBMIT_FAILED: 'The submission failed: {detail}',
    OPEN_CASE: 'This ID number already has an open application to open a restaurant: do not apply twice; call 12345 to follow it up.',
    CHECK_FAILED: 'Open applications cannot be checked now ({status})',
    DIVISIONS_FAILED: 'The divisions could not be loaded ({status})',
    NOT_FOUND: 'Nothing at {path}',
    METHOD_NOT_ALLOWED: '{path} does not take {method} requests',
    REQUEST_INVALID: 'Invalid request: {detail}',
    BODY_INVALID: 'The request body is not valid JSON',
    BODY_TOO_LARGE: 'The request body is larger than {limit} bytes',
    SERVER_ERROR: 'Internal server error',
    MAIN_LISTENING: 'One-form demo page (opening a restaurant): {url} (Ctrl-C to stop)',
    MAIN_PORT_BUSY: 'Port {port} is in use: using a free one.',
    MAIN_BUILD_MISSING: 'The <script> build of @sijitong/forms (dist/sjt-form.global.js) is missing: run {command}',
  },
);

/** A key of {@link pageMessages}. */
export type PageText = MessageKey<typeof pageMessages>;
