// The `chrome` global that page.evaluate callbacks use inside extension pages.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
