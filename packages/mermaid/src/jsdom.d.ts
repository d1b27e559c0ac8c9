// The slice of jsdom's API the delegate uses (jsdom ships no types; @types/jsdom lags its majors).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: Record<string, unknown>);
    readonly window: Window & typeof globalThis;
  }
}
