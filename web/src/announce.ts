// A polite live region for status messages ("Enregistré", "12 lignes affichées").
let setter: ((text: string) => void) | null = null;

export function registerAnnouncer(fn: ((text: string) => void) | null): void { setter = fn; }

export function announce(text: string): void {
  if (!setter) return;
  // Clear first so the same message twice is read twice.
  setter('');
  const current = setter;
  setTimeout(() => current(text), 50);
}
