import type { FullContext } from '@forge/bridge';
import { normalizeLocale } from '@shared/format-money';
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

/** What the front ends use from Forge's context: the user's locale and zone, and the module. */
export type AppContext = {
  readonly accountId: string | undefined;
  readonly locale: string;
  readonly timezone: string;
  readonly extension: Readonly<Record<string, unknown>>;
};

const FALLBACK_TIME_ZONE = 'UTC';

/** Normalises Forge's context: a BCP 47 locale (`de_DE` → `de-DE`), a time zone Intl knows. */
export function toAppContext(context: FullContext): AppContext {
  return {
    accountId: context.accountId,
    locale: normalizeLocale(context.locale),
    timezone: checkedTimeZone(context.timezone),
    extension: isRecord(context.extension) ? context.extension : {},
  };
}

function checkedTimeZone(timezone: string | undefined): string {
  if (!timezone) return FALLBACK_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return timezone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const AppContextValue = createContext<AppContext | null>(null);

export function AppContextProvider({
  value,
  children,
}: {
  value: AppContext;
  children: ReactNode;
}) {
  return <AppContextValue.Provider value={value}>{children}</AppContextValue.Provider>;
}

/** The app context; components below an AppContextProvider only. */
export function useAppContext(): AppContext {
  const value = useContext(AppContextValue);
  if (!value) {
    throw new Error('useAppContext needs an AppContextProvider above it.');
  }

  return value;
}
