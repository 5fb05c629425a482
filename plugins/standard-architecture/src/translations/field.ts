/** English strings of the field; nested keys become `field.<key>`. */
export const fieldMessages = {};

/** Korean strings of the field, keyed as flattened paths. */
export const fieldMessagesKo: Record<string, string> = {};
