// The `chrome` global that page.evaluate callbacks use inside extension pages.
declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { content_scripts?: { matches?: string[]; js?: string[]; world?: string; run_at?: string }[] };
  };
};
