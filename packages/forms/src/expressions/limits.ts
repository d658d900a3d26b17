/** Longest expression source accepted (merged forms combine several items' conditions). */
export const EXPRESSION_MAX_LENGTH = 8000;
