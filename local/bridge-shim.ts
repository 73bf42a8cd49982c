/**
 * The script the host puts before each Custom UI bundle: a `window.__bridge` that answers
 * @forge/bridge's calls the way Jira's host frame does. Calls that need the back end go to the
 * host over HTTP; theming, flags and navigation are handled here and in the shell page.
 */
export function bridgeShimScript(input: {
  bridgeUrl: string;
  themeCssUrl: string;
  colorMode: 'light' | 'dark';
}): string {
  const config = JSON.stringify(input);

  return `(() => {
  const config = ${config.replace(/</g, '\\u003c')};
  const listeners = new Map();
  const post = async (name, payload) => {
    const response = await fetch(config.bridgeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, payload }),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.message || 'The local host refused the bridge call.');
    return answer.result;
  };
  const applyColorMode = (mode) => document.documentElement.setAttribute('data-color-mode', mode);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.type === 'okr-host:color-mode' && document.documentElement.hasAttribute('data-theme')) {
      applyColorMode(event.data.mode);
    }
    if (event.data.type === 'okr-host:event') {
      for (const callback of listeners.get(event.data.event) || []) callback(event.data.payload);
    }
  });
  const toParent = (message) => window.parent.postMessage(message, window.location.origin);
  window.__bridge = {
    callBridge: async (name, payload) => {
      switch (name) {
        case 'enableTheming': {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = config.themeCssUrl;
          document.head.appendChild(link);
          document.documentElement.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography shape:shape');
          applyColorMode(config.colorMode);
          return undefined;
        }
        case 'showFlag':
          toParent({ type: 'okr-host:flag', flag: payload });
          return undefined;
        case 'closeFlag':
          toParent({ type: 'okr-host:close-flag', id: payload && payload.id });
          return undefined;
        case 'on': {
          const list = listeners.get(payload.event) || [];
          list.push(payload.callback);
          listeners.set(payload.event, list);
          return { unsubscribe: () => listeners.set(payload.event, list.filter((c) => c !== payload.callback)) };
        }
        case 'emit':
          for (const callback of listeners.get(payload.event) || []) callback(payload.payload);
          return undefined;
        case 'reload':
          // Module frames may not navigate the top page (no allow-top-navigation), so the shell does.
          toParent({ type: 'okr-host:navigate', url: null });
          return undefined;
        case 'navigate':
        case 'submit':
        case 'close': {
          const result = await post(name, payload);
          if (result && result.url) {
            if (payload && payload.type === 'new-tab') toParent({ type: 'okr-host:open', url: result.url });
            else toParent({ type: 'okr-host:navigate', url: result.url });
          }
          return name === 'navigate' ? undefined : true;
        }
        default:
          return post(name, payload);
      }
    },
  };
})();`;
}
