import type { TemplateSchema } from '../template/schema';
import { DRAFT_KIND, type Draft } from './draft-schema';

export type DraftIdentity = Pick<Draft, 'kind' | 'id' | 'templateId' | 'templateHash' | 'template' | 'createdAt' | 'updatedAt' | 'revision'>;

/**
 * What makes a draft a new one of this browser, whatever its content came
 * from (a template, an imported file, a share link): its id, its template
 * and the time it was made, at revision 0. The one place these are set.
 */
export function draftIdentity(template: TemplateSchema, { id, now }: { id: string; now: Date }): DraftIdentity {
  const stamp = now.toISOString();
  return {
    kind: DRAFT_KIND,
    id,
    templateId: template.id,
    templateHash: template.sourceHash,
    template,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
  };
}
