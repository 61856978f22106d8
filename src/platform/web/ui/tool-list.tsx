import { toolHref, tools, type ToolId } from '../../../content/tools.ts';

/** The tools for a stage or pattern, each a link to where it lives. */
export function ToolList({ ids }: { ids: readonly ToolId[] }) {
  return (
    <ul class="tool-list">
      {ids.map((id) => (
        <li key={id}>
          <a href={toolHref(id)}>{tools[id].name}</a>: {tools[id].what}
        </li>
      ))}
    </ul>
  );
}
