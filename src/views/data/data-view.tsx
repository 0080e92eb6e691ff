import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { describeDataVersion } from '../../data/describe-data-version';
import { useCatalogue, useReference } from '../../data/use-atlas-data';
import { asIndicatorId } from '../../domain';
import { useSelectionStore } from '../../state/selection-store';
import { useUserDataStore } from '../../state/user-data-store';
import { YourDataPanel } from '../shared/your-data-panel';
import { buildCatalogueRows, filterCatalogueRows } from './build-catalogue-rows';
import { CatalogueTable } from './catalogue-table';
import { MethodsSection } from './methods-section';

/** "Where do these figures come from?": the catalogue, the methods, the data version, your files. */
export function DataView({ focus }: { readonly focus?: 'load-data' }) {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const datasets = useUserDataStore((s) => s.datasets);
  const focusId = useSelectionStore((s) => s.indicator);
  const openIndicator = useSelectionStore((s) => s.openIndicator);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const loadHeading = useRef<HTMLHeadingElement>(null);

  const rows = useMemo(
    () =>
      buildCatalogueRows(
        catalogue.data?.indicators ?? [],
        datasets.flatMap((d) => d.indicators),
      ),
    [catalogue.data, datasets],
  );
  const shown = useMemo(() => filterCatalogueRows(rows, query), [rows, query]);
  const boroughCodes = useMemo(
    () => reference.data?.areas.filter((a) => a.kind === 'borough').map((a) => a.code) ?? [],
    [reference.data],
  );
  useEffect(() => {
    if (focus === 'load-data') loadHeading.current?.focus();
  }, [focus]);

  if (catalogue.error)
    return <ErrorMessage title="The catalogue could not be loaded" error={catalogue.error} />;

  return (
    <>
      <h1 className="view-title">Data and methods</h1>
      <div className="data-view">
        <section aria-labelledby={`${searchId}-version`} className="data-section">
          <h2 id={`${searchId}-version`}>Which data is shown</h2>
          {catalogue.data ? (
            <p>
              {describeDataVersion(catalogue.data)}. Data version{' '}
              <code>{catalogue.data.dataVersion}</code>; {catalogue.data.indicators.length}{' '}
              published indicators
              {datasets.length > 0 &&
                ` and ${datasets.reduce((n, d) => n + d.indicators.length, 0)} from your files`}
              .
            </p>
          ) : (
            <p aria-busy="true">Loading the catalogue…</p>
          )}
        </section>

        <section aria-labelledby={`${searchId}-catalogue`} className="data-section">
          <h2 id={`${searchId}-catalogue`}>Indicators</h2>
          <div className="field">
            <label htmlFor={searchId} className="field__label">
              Search indicators
            </label>
            <input
              id={searchId}
              type="search"
              className="field__input"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <p className="field__hint" aria-live="polite">
              {/* Not "0 of 0" while the catalogue is read: that would say the Atlas holds nothing. */}
              {catalogue.data
                ? `${shown.length} of ${rows.length} indicators shown.`
                : 'Reading the catalogue…'}
            </p>
          </div>
          {catalogue.data && (
            <CatalogueTable
              rows={shown}
              focusId={focusId}
              onOpen={(id) => openIndicator(asIndicatorId(id))}
            />
          )}
        </section>

        <MethodsSection />

        <section aria-labelledby="load-data-heading" className="data-section">
          <h2 id="load-data-heading" ref={loadHeading} tabIndex={-1}>
            Load your own data
          </h2>
          <p>
            Add a Fingertips export, an ONS Explore Local Statistics CSV (with its JSON metadata) or
            an NHS provider-measure CSV. It is checked, reported on and kept in this browser only,
            beside the published figures, never mixed into them.
          </p>
          <YourDataPanel
            indicators={[
              ...(catalogue.data?.indicators ?? []),
              ...datasets.flatMap((d) => d.indicators),
            ]}
            boroughCodes={boroughCodes}
          />
        </section>
      </div>
    </>
  );
}
