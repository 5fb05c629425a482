/** English strings of the cards; nested keys become `cards.<key>`. */
export const cardsMessages = {};

/** Korean strings of the cards, keyed as flattened paths. */
export const cardsMessagesKo: Record<string, string> = {};
