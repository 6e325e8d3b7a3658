import type { VersionMeta } from '../../core/history/version-record';

const REASONS: Record<VersionMeta['reason'], string> = {
  named: 'Named',
  export: 'Downloaded',
  copy: 'Copied',
  share: 'Shared',
  github: 'Opened on GitHub',
  auto: 'While editing',
  'before-restore': 'Before a restore',
};

/** `v1, sent for review`, or what the app took it at: `Downloaded`. */
export function versionLabel(version: VersionMeta): string {
  return version.name ?? REASONS[version.reason];
}

export function versionTime(version: VersionMeta): string {
  return new Date(version.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function kilobytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
