import type { AreaId } from '../../../content/areas.ts';
import { toolHref, tools, type ToolId } from '../../../content/tools.ts';

let built = new Set<AreaId>();

/** The app says once which areas have their screens; tools elsewhere are named, not linked. */
export function setBuiltAreas(ids: Iterable<AreaId>): void {
  built = new Set(ids);
}

/** The tools for a stage or pattern: a link where the tool exists, its name alone where not yet. */
export function ToolList({ ids, notYet }: { ids: readonly ToolId[]; notYet: string }) {
  return (
    <ul class="tool-list">
      {ids.map((id) => {
        const tool = tools[id];
        const href = toolHref(id, (area) => built.has(area));
        return (
          <li key={id}>
            {href ? <a href={href}>{tool.name}</a> : <strong>{tool.name}</strong>}: {tool.what}
            {href ? null : <span class="muted"> ({notYet})</span>}
          </li>
        );
      })}
    </ul>
  );
}
