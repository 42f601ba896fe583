import { useId } from 'react';
import { useI18n } from '../i18n';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * A horizontal bar chart in plain SVG. The same numbers are in a visually hidden table for
 * screen readers; colours pass WCAG AA contrast on white.
 */
export function BarChart(props: { title: string; bars: Bar[]; color?: string; max?: number }) {
  const i18n = useI18n();
  const id = useId();
  const bars = props.bars
    .filter((b) => b.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, props.max ?? 12);
  const top = Math.max(1, ...bars.map((b) => b.value));
  const row = 26;
  const labelWidth = 190;
  const width = 560;
  const height = Math.max(row, bars.length * row) + 4;
  return (
    <figure className="chart card">
      <figcaption id={`${id}-t`}>{props.title}</figcaption>
      {bars.length === 0 ? (
        <p className="empty">{i18n.t('common.empty')}</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-labelledby={`${id}-t`}
            preserveAspectRatio="xMinYMin meet"
          >
            <title>{i18n.t('stats.chart', { title: props.title })}</title>
            {bars.map((b, n) => {
              const w = Math.max(2, ((width - labelWidth - 56) * b.value) / top);
              const y = n * row + 2;
              return (
                <g key={b.key}>
                  <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="chart-label">
                    {b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label}
                  </text>
                  <rect x={labelWidth} y={y + 3} width={w} height={row - 8} rx="3" fill={props.color ?? '#1f5f99'} />
                  <text x={labelWidth + w + 6} y={y + 16} className="chart-value">
                    {i18n.number(b.value)}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="visually-hidden">
            <caption>{props.title}</caption>
            <tbody>
              {bars.map((b) => (
                <tr key={b.key}>
                  <th scope="row">{b.label}</th>
                  <td>{b.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
