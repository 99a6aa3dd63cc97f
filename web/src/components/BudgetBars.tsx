import type { ComponentChildren } from 'preact';
import { centsOf, type Money } from '../money';
import { Bar } from './Bar';

export interface BudgetBar { label: string; value: Money | null; tone: string }

/** The largest magnitude among the amounts, in cents (the scale of a group of bars). */
export function maxCents(values: (Money | null)[]): bigint {
  let max = 0n;
  for (const value of values) {
    if (!value) continue;
    let cents = centsOf(value);
    if (cents < 0n) cents = -cents;
    if (cents > max) max = cents;
  }
  return max;
}

/** One budget line as a figure: its code and label, then one bar per amount, each printed. */
export function BudgetBars({ code, label, subtitle, bars, children }: {
  code: string; label: string; subtitle?: string; bars: BudgetBar[]; children?: ComponentChildren;
}) {
  const max = maxCents(bars.map((bar) => bar.value));
  const titleId = `budget-${code}`;
  return (
    <figure class="budget-line" aria-labelledby={titleId}>
      <figcaption id={titleId}>
        <strong>{code}</strong> — {label}
        {subtitle && <span class="muted block">{subtitle}</span>}
      </figcaption>
      <dl class="bars">
        {bars.map((bar) => (
          <div class="bar-row" key={bar.label}>
            <dt>{bar.label}</dt>
            <dd>
              <Bar value={bar.value ? centsOf(bar.value) : 0n} max={max} tone={bar.tone} />
              <span class="amount">{bar.value ? bar.value.text : 'non renseigné'}</span>
            </dd>
          </div>
        ))}
      </dl>
      {children}
    </figure>
  );
}
