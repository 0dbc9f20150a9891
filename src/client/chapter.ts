/** Chapter page: upgraded in a later step. */
export {};
