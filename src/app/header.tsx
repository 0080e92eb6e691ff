import { describeDataVersion } from '../data/describe-data-version';
import { useCatalogue } from '../data/use-atlas-data';
import { VIEW_KEYS, type ViewKey } from '../state/url-state';
import { VIEW_REGISTRY } from './view-registry';

/** Names the Atlas and says which data is on screen. */
export function Header({
  view,
  onNavigate,
  onLoadData,
}: {
  readonly view: ViewKey;
  readonly onNavigate: (view: ViewKey) => void;
  /** Opens "Load your own data" in the Data and methods view. */
  readonly onLoadData: () => void;
}) {
  const catalogue = useCatalogue();
  return (
    <header className="header">
      <div className="header__inner">
        <a className="header__title" href="./">
          London Mental Health Variation Atlas
        </a>
        <p className="header__data" aria-live="polite">
          {catalogue.data ? `Data: ${describeDataVersion(catalogue.data)}` : 'Loading data…'}
        </p>
      </div>
      <nav className="nav" aria-label="Views">
        <ul className="nav__list">
          {VIEW_KEYS.map((key) => (
            <li key={key}>
              <a
                className="nav__link"
                href={`?v=${key}`}
                aria-current={key === view ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  onNavigate(key);
                }}
              >
                {VIEW_REGISTRY[key].label}
              </a>
            </li>
          ))}
        </ul>
        <button type="button" className="nav__button" onClick={onLoadData}>
          Load data
        </button>
      </nav>
    </header>
  );
}
