import { strFromU8 } from 'fflate';
import { checkContentCaps } from '../draft/content-caps';
import { DRAFT_VERSION, type Draft } from '../draft/draft-schema';
import { draftIdentity } from '../draft/draft-identity';
import { loadDraft } from '../draft/load-draft';
import type { TemplateSchema } from '../template/schema';
import { fromBase64url } from './base64url';
import { inflateCappedSteps } from './inflate-capped';
import { parseUntrustedJson } from './parse-untrusted-json';
import { loadPayload, migratePayload, type LoadFailure } from '../payload/load-payload';
import { templateSnapshotFormat } from '../template/template-format';
import { shareFormat, ShareEnvelopeSchema, type BuiltInTemplateLookup } from './share-envelope';
import { shareError, type ShareError, type ShareErrorCode } from './share-error';
import { MAX_JSON_DEPTH, MAX_LINK_CHARS, MAX_UNPACKED_BYTES, SHARE_LINK_FORMAT } from './share-format';

export type DecodeShareOptions = {
  builtInTemplate: BuiltInTemplateLookup;
  /** The new draft's id: the recipient's copy is a draft of their own. */
  id: string;
  /** When the recipient opened the link: the new draft's createdAt and updatedAt. */
  now: Date;
};

export type DecodeShareResult =
  | {
      ok: true;
      draft: Draft;
      /**
       * The link names a built-in template whose source has changed since the
       * link was made (one app version to another). The draft opens with the
       * template this app has; sections or fields the two do not share may
       * not line up, and the UI should say so.
       */
      templateMismatch: boolean;
    }
  | { ok: false; error: ShareError };

/** `s1.` -> 1; null when the fragment is not one of ours at all. */
const prefix = /^s([1-9]\d{0,5})\./;

/**
 * The part of a URL after `#` (with or without the `#`) -> a new draft, or
 * why not. Untrusted input: every step is bounded (link length, unpacked
 * size, nesting depth, the draft's content caps) and the result passes the share envelope schema, then
 * loadDraft (migrations and the Draft schema, template included), before it
 * is returned. Content is never interpreted: `<script>` comes back as text.
 * Never throws.
 */
export function decodeShareLink(fragment: string, options: DecodeShareOptions): DecodeShareResult {
  const steps = decodeSteps(fragment, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export type DecodeInSlicesOptions = {
  /** Resolves when the page has had a turn (a new task): between slices. */
  pause: () => Promise<void>;
  /** The longest a slice runs before it pauses, in ms. */
  sliceMs?: number;
  now?: () => number;
};

/**
 * `decodeShareLink` in slices of at most about `sliceMs` each, pausing
 * between them: unpacking a heavy link (up to MAX_UNPACKED_BYTES, the one
 * step that takes long) never blocks the page's main thread for long.
 */
export async function decodeShareLinkInSlices(fragment: string, options: DecodeShareOptions, { pause, sliceMs = 12, now = Date.now }: DecodeInSlicesOptions): Promise<DecodeShareResult> {
  const steps = decodeSteps(fragment, options);
  let sliceStart = now();
  let step = steps.next();
  while (!step.done) {
    if (now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
    step = steps.next();
  }
  return step.value;
}

function* decodeSteps(fragment: string, options: DecodeShareOptions): Generator<void, DecodeShareResult, void> {
  try {
    return yield* decode(fragment.startsWith('#') ? fragment.slice(1) : fragment, options);
  } catch (error) {
    // Nothing above should throw; if a lookup or a schema does, the link still only fails.
    return fail('invalid', `Something went wrong while reading it${error instanceof Error ? `: ${error.message}` : ''}.`);
  }
}

function* decode(fragment: string, options: DecodeShareOptions): Generator<void, DecodeShareResult, void> {
  const match = prefix.exec(fragment);
  if (!match) return fail('not-ours');
  if (Number(match[1]) > SHARE_LINK_FORMAT) return fail('future-version');
  const body = fragment.slice(match[0].length).trim();
  if (body.length > MAX_LINK_CHARS) return fail('too-long');

  const packed = fromBase64url(body);
  if (!packed) return fail('bad-encoding');
  const unpacked = yield* inflateCappedSteps(packed, MAX_UNPACKED_BYTES);
  if (!unpacked.ok) return fail(unpacked.reason);
  const json = parseUntrustedJson(strFromU8(unpacked.bytes), MAX_JSON_DEPTH);
  if (!json.ok) return json.reason === 'too-deep' ? fail('invalid', 'Its data is nested far deeper than any draft.') : fail('bad-json');

  const migrated = migratePayload(shareFormat, json.value);
  if (!migrated.ok) return fail(SHARE_ERROR_FOR[migrated.code], migrated.code === 'migration-failed' ? migrated.reason : undefined);
  const raw = migrated.record;
  // Before the schema and everything after it (migrations, rendering, saving), which is what stalls on a heavy draft.
  const heavy = checkContentCaps(raw.draft);
  if (heavy) return fail('too-big', heavy.message);
  const envelope = ShareEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return fail('invalid', issue && `Its data does not hold up at ${issue.path.join('.') || 'the top'}: ${issue.message}.`);
  }
  const { draft: shared, template: carried, templateRef } = envelope.data;
  if (shared.version > DRAFT_VERSION) return fail('future-version');

  let template: TemplateSchema;
  let templateMismatch = false;
  if (carried) {
    // A snapshot of any schema version this app reads, brought up to date.
    const loaded = loadPayload(templateSnapshotFormat, carried);
    if (!loaded.ok) return fail(loaded.code === 'future-version' ? 'future-version' : 'invalid', loaded.reason);
    template = loaded.value;
  } else if (templateRef) {
    const builtIn = options.builtInTemplate(templateRef.id);
    if (!builtIn) return fail('unknown-template', `It was made with the template “${clip(templateRef.id)}”.`);
    template = builtIn;
    templateMismatch = builtIn.sourceHash !== templateRef.sourceHash;
  } else {
    return fail('invalid'); // the envelope schema allows neither
  }

  // Set after the spread, so nothing in the link can replace them; the shared `version` stays, for its migrations.
  const loaded = loadDraft({ ...shared, ...draftIdentity(template, options) });
  if (!loaded.ok) return fail('invalid', loaded.reason);
  return { ok: true, draft: loaded.draft, templateMismatch };
}

/** How a refused envelope reads to the person who opened the link. */
const SHARE_ERROR_FOR: Record<LoadFailure, ShareErrorCode> = {
  'not-an-object': 'not-ours',
  'wrong-kind': 'not-ours',
  'no-version': 'wrong-version',
  'future-version': 'future-version',
  'no-migration': 'wrong-version',
  'migration-failed': 'invalid',
  damaged: 'invalid',
};

function fail(code: ShareErrorCode, detail?: string): DecodeShareResult {
  return { ok: false, error: shareError(code, detail) };
}

/** An id from a link is shown to the user; a hostile one may be long. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
