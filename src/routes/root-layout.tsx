import { Link, Outlet } from 'react-router-dom';

export function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">WIOTC News Center</span>
            <span className="brand__tagline">official news feed, bringing you real first-hand information</span>
          </Link>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>World Internet of Things Convention (WIOTC) · News Center</p>
      </footer>
    </>
  );
}
