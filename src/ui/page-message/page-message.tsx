import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './page-message.css';

type PageMessageProps = {
  title: string;
  message: string;
  homeHref: string;
  homeLabel: string;
  /** What else the person can do here, shown before the way home. */
  children?: ReactNode;
};

/** A whole-page message for dead ends: an unknown address, a missing template, an error. */
export function PageMessage({ title, message, homeHref, homeLabel, children }: PageMessageProps) {
  return (
    <section className="page-message" aria-labelledby="page-message-title">
      <h1 id="page-message-title">{title}</h1>
      <p>{message}</p>
      {children}
      <Link className="button button-primary" to={homeHref}>
        {homeLabel}
      </Link>
    </section>
  );
}
