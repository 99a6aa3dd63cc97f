import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { SEVERITY_LABEL } from '../format';
import type { Severity } from '../api';

/** Loads data when `deps` change; `reload()` fetches again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): {
  data: T | null; error: ApiError | null; loading: boolean; reload: () => Promise<void>;
} {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>(
    { data: null, error: null, loading: true });
  const generation = useRef(0);
  const run = async (keep: boolean) => {
    const mine = ++generation.current;
    setState((previous) => ({ data: keep ? previous.data : null, error: null, loading: true }));
    try {
      const data = await load();
      if (mine === generation.current) setState({ data, error: null, loading: false });
    } catch (error) {
      if (mine !== generation.current) return;
      const apiError = error instanceof ApiError ? error : new ApiError(0, 'client', String(error));
      setState({ data: null, error: apiError, loading: false });
    }
  };
  useEffect(() => { void run(false); }, deps);
  return { ...state, reload: () => run(true) };
}

export function Loading({ what }: { what: string }) {
  return <p class="loading" role="status">Chargement {what}…</p>;
}

export function ErrorMessage({ error, title }: { error: ApiError; title?: string }) {
  return (
    <div class="alert alert-error" role="alert">
      {title && <p class="alert-title">{title}</p>}
      <p>{error.message}</p>
    </div>
  );
}

let firstScreen = true;

/** The page's main heading; takes the focus when the screen changes (screen readers). */
export function PageTitle({ children, title }: { children: ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Octroi`;
    // The first screen of a visit keeps the natural order (skip link first);
    // later screens move the focus to their heading, as a page load would.
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    if (document.activeElement === document.body || document.activeElement?.closest('nav, .skip-link, main')) {
      ref.current?.focus({ preventScroll: true });
    }
  }, [title]);
  return <h1 ref={ref} tabIndex={-1}>{children}</h1>;
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span class={`badge badge-${severity}`}>{SEVERITY_LABEL[severity]}</span>;
}

export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Fil d’Ariane" class="breadcrumbs">
      <ol>
        {items.map((item, index) => (
          <li key={index}>
            {item.href && index < items.length - 1
              ? <a href={item.href}>{item.label}</a>
              : <span aria-current={index === items.length - 1 ? 'page' : undefined}>{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
