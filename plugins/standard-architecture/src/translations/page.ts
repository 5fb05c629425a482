/** English strings of the page; nested keys become `page.<key>`. */
export const pageMessages = {};

/** Korean strings of the page, keyed as flattened paths. */
export const pageMessagesKo: Record<string, string> = {};
