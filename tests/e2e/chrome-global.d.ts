// The `chrome` global that page.evaluate callbacks use inside extension pages.
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { content_scripts?: { matches?: string[]; js?: string[]; world?: string; run_at?: string }[] };
  };
};
