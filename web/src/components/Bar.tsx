import { barWidth } from '../format';

/** A horizontal bar, decorative (the figure is always printed next to it). */
export function Bar({ value, max, tone = 'primary' }: { value: bigint; max: bigint; tone?: string }) {
  return (
    <span class="bar-track" aria-hidden="true">
      <span class={`bar bar-${tone}`} style={{ width: barWidth(value < 0n ? -value : value, max) }} />
    </span>
  );
}
