import { Link } from 'react-router';

export function BackLink({ href }: { href: string }) {
  return (
    <Link className="back-link" to={href}>
      <span aria-hidden="true">←</span> All templates
    </Link>
  );
}
