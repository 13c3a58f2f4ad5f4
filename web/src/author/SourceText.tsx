import { useMemo, useRef, type MouseEvent } from 'react';
import { spanOf, type Span } from './spans';
import type { Suggestion } from './suggest';

// The source's text as it will be stored, with the suggestions, the words selected for the
// next fact and the words every fact quotes marked in it. A selection made with the mouse
// becomes a span of the text: its offsets are counted in the text itself, so its quote is
// verbatim by construction.

interface Range {
  start: number;
  end: number;
  cls: string;
  suggestion?: number;
}

/** The offset in `root`'s text of a DOM position inside it. */
function offsetIn(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function SourceText({
  text,
  suggestions,
  picked,
  quoted,
  current,
  onSelect,
  onSuggestion,
}: {
  text: string;
  suggestions: readonly Suggestion[];
  /** The spans selected for the next fact. */
  picked: readonly Span[];
  /** The spans the draft's facts quote. */
  quoted: readonly Span[];
  /** The spans of the fact being edited. */
  current: readonly Span[];
  onSelect: (span: Span) => void;
  onSuggestion: (index: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => {
    const ranges: Range[] = [
      ...suggestions.map((s, i) => ({ start: s.start, end: s.end, cls: `sg sg-${s.kind}`, suggestion: i })),
      ...quoted.filter((s) => s.start >= 0).map((s) => ({ ...s, cls: 'quoted' })),
      ...current.filter((s) => s.start >= 0).map((s) => ({ ...s, cls: 'current-fact' })),
      ...picked.map((s) => ({ ...s, cls: 'picked' })),
    ];
    const cuts = new Set([0, text.length]);
    for (const r of ranges) {
      cuts.add(r.start);
      cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out: { start: number; end: number; cls: string[]; suggestion?: number }[] = [];
    for (let i = 0; i + 1 < points.length; i += 1) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const covering = ranges.filter((r) => r.start <= start && r.end >= end);
      const suggestion = covering.find((r) => r.suggestion !== undefined)?.suggestion;
      out.push({
        start,
        end,
        cls: [...new Set(covering.map((r) => r.cls))],
        ...(suggestion !== undefined ? { suggestion } : {}),
      });
    }
    return out;
  }, [text, suggestions, picked, quoted, current]);

  const onMouseUp = () => {
    const root = ref.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const span = spanOf(
      text,
      offsetIn(root, range.startContainer, range.startOffset),
      offsetIn(root, range.endContainer, range.endOffset),
    );
    selection.removeAllRanges();
    if (span) onSelect(span);
  };

  const onClick = (e: MouseEvent<HTMLElement>, suggestion: number | undefined) => {
    if (suggestion === undefined) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    e.preventDefault();
    onSuggestion(suggestion);
  };

  return (
    <div
      ref={ref}
      className="author-text"
      role="region"
      aria-label="Text of the source"
      tabIndex={0}
      onMouseUp={onMouseUp}
    >
      {segments.map((s) =>
        s.cls.length === 0 ? (
          text.slice(s.start, s.end)
        ) : (
          <mark
            key={s.start}
            className={s.cls.join(' ')}
            data-suggestion={s.suggestion}
            title={
              s.suggestion !== undefined
                ? `Suggested ${suggestions[s.suggestion]?.kind}: click to draft a fact`
                : undefined
            }
            onClick={(e) => onClick(e, s.suggestion)}
          >
            {text.slice(s.start, s.end)}
          </mark>
        ),
      )}
    </div>
  );
}
