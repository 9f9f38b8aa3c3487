// Settings: `newsAnnotator` section, read per resource through workspace/configuration when the client
// supports it, else from initializationOptions. Anything malformed falls back to the defaults field by field.
import { Connection } from 'vscode-languageserver/node';
import { defaultSettings, NewsAnnotatorSettings, RuleSetting } from '../shared/protocol';

export const SETTINGS_SECTION = 'newsAnnotator';

const RULE_SETTINGS: RuleSetting[] = ['off', 'error', 'warning', 'information', 'hint', 'default'];

export function normaliseSettings(raw: unknown): NewsAnnotatorSettings {
  const r = isObject(raw) ? raw : {};
  const kb = isObject(r.knowledgeBase) ? r.knowledgeBase : {};
  const articles = isObject(r.articles) ? r.articles : {};
  const inlay = isObject(r.inlayHints) ? r.inlayHints : {};
  const rules: Record<string, RuleSetting> = {};
  if (isObject(r.rules)) {
    for (const [code, value] of Object.entries(r.rules)) {
      if (RULE_SETTINGS.includes(value as RuleSetting)) rules[code] = value as RuleSetting;
    }
  }
  const maxSize = Number(articles.maxSizeKB);
  return {
    knowledgeBase: {
      globs: stringArray(kb.globs) ?? defaultSettings.knowledgeBase.globs,
      includeStarter: typeof kb.includeStarter === 'boolean' ? kb.includeStarter : defaultSettings.knowledgeBase.includeStarter,
    },
    articles: {
      globs: stringArray(articles.globs) ?? defaultSettings.articles.globs,
      maxSizeKB: Number.isFinite(maxSize) && maxSize > 0 ? maxSize : defaultSettings.articles.maxSizeKB,
    },
    dateOverride: typeof r.dateOverride === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(r.dateOverride) ? r.dateOverride : '',
    rules,
    inlayHints: { enabled: typeof inlay.enabled === 'boolean' ? inlay.enabled : defaultSettings.inlayHints.enabled },
  };
}

/** Per-resource settings, cached until the configuration changes. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<NewsAnnotatorSettings>>();
  private global: NewsAnnotatorSettings;

  constructor(
    private readonly connection: Connection,
    initial: unknown,
    private readonly clientHasConfiguration: boolean,
  ) {
    this.global = normaliseSettings(initial);
  }

  /** Settings that are not per resource (KB, article globs): the client's global view. */
  get defaults(): NewsAnnotatorSettings {
    return this.global;
  }

  /** Drop cached values; `pushed` is the payload of didChangeConfiguration when the client pushes it. */
  reset(pushed?: unknown): void {
    this.cache.clear();
    if (isObject(pushed) && pushed[SETTINGS_SECTION] !== undefined) this.global = normaliseSettings(pushed[SETTINGS_SECTION]);
  }

  async refreshGlobal(): Promise<NewsAnnotatorSettings> {
    if (!this.clientHasConfiguration) return this.global;
    try {
      const value = await this.connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
      this.global = normaliseSettings(value ?? {});
    } catch {
      // keep the last known settings
    }
    return this.global;
  }

  get(uri: string): Promise<NewsAnnotatorSettings> {
    if (!this.clientHasConfiguration) return Promise.resolve(this.global);
    let result = this.cache.get(uri);
    if (!result) {
      result = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((value) => normaliseSettings(value ?? {}), () => this.global);
      this.cache.set(uri, result);
    }
    return result;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;
}
