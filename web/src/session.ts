import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me } from './api';

export const SessionContext = createContext<Me | null>(null);

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('session absente');
  return me;
}
