import type { Finding } from '../api';
import { SeverityBadge } from './common';
import { href } from '../route';

function lines(finding: Finding): string {
  const ranges = finding.where.lines ?? [];
  return ranges.map((range) => (range.to_line && range.to_line !== range.line
    ? `l. ${range.line}–${range.to_line}` : `l. ${range.line}`)).join(', ');
}

export function FindingList({ findings, programme, showRow = true }: {
  findings: Finding[]; programme: string; showRow?: boolean;
}) {
  return (
    <ul class="findings">
      {findings.map((finding, index) => (
        <li key={index} class={`finding finding-${finding.severity}`} data-severity={finding.severity}>
          <p class="finding-head">
            <SeverityBadge severity={finding.severity} />{' '}
            <code>{finding.code}</code>
            {showRow && finding.where.row && (
              <> — ligne <a href={href.award(programme, finding.where.row)}>{finding.where.row}</a></>
            )}
            {finding.where.organisation && (
              <> — structure <a href={href.organisation(finding.where.organisation)}>{finding.where.organisation}</a></>
            )}
            {finding.where.article && <> — {finding.where.article}</>}
            {lines(finding) && <span class="muted"> — délibération {lines(finding)}</span>}
          </p>
          <p class="finding-message">{finding.message}</p>
          {finding.values.length > 0 && (
            <dl class="finding-values">
              {finding.values.map((value, valueIndex) => (
                <div key={valueIndex}>
                  <dt>{value.label}{value.line ? ` (l. ${value.line})` : ''}</dt>
                  <dd>{value.printed || value.value || '—'}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
