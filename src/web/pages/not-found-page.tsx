import { Link } from 'react-router';
import { usePageTitle } from '../components/page-title.js';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>This page does not exist</h1>
      <p>
        The address may be mistyped, or the page was moved.{' '}
        <Link to="/">Go to your opportunities</Link>.
      </p>
    </>
  );
}
