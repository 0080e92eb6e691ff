import type { Provider } from '../../domain';
import type { TableSpec } from '../../domain/chart-spec';

/** The trusts' table: each London mental health trust, its boroughs, and its merger history. */
export function serviceAreaTable(
  providers: readonly Provider[],
  names: ReadonlyMap<string, string>,
  boroughNames: ReadonlyMap<string, string>,
): TableSpec<Provider> {
  const nameOf = (code: string) => names.get(code) ?? code;
  return {
    caption: "London's mental health trusts and the boroughs they serve",
    rows: providers.filter((p) => p.kind === 'mental-health-trust'),
    rowKey: (p) => p.code,
    columns: [
      { key: 'name', header: 'Trust', value: (p) => nameOf(p.code), rowHeader: true },
      { key: 'code', header: 'ODS code', value: (p) => p.code },
      {
        key: 'status',
        header: 'Status',
        value: (p) =>
          p.status === 'active'
            ? `Open${p.openDate ? ` since ${p.openDate}` : ''}`
            : `Closed${p.closeDate ? ` ${p.closeDate}` : ''}${p.successor ? `: merged into ${nameOf(p.successor)} (${p.successor})` : ''}`,
      },
      {
        key: 'boroughs',
        header: 'Boroughs served',
        value: (p) =>
          p.boroughsServed.map((b) => boroughNames.get(b) ?? b).join(', ') || 'None listed',
      },
      {
        key: 'predecessors',
        header: 'Formed from',
        value: (p) =>
          providers
            .filter((q) => q.successor === p.code)
            .map((q) => `${nameOf(q.code)} (${q.code})`)
            .join('; ') || '–',
      },
      { key: 'note', header: 'Note', value: (p) => p.note ?? '' },
    ],
  };
}
