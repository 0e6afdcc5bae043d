import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from './highlighted-text.tsx';

// <mark> has no ARIA role that Testing Library can query, so read the elements directly.
/* eslint-disable testing-library/no-node-access, testing-library/no-container */

describe('HighlightedText', () => {
  it('marks the matched words and shows the rest as it is', () => {
    const { container } = render(
      <p>
        <HighlightedText value={{ text: 'Smart grid pilots', ranges: [[6, 10]] }} />
      </p>,
    );
    expect(screen.getByText(/Smart/)).toHaveTextContent('Smart grid pilots');
    expect(Array.from(container.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(['grid']);
  });

  it('never turns markup in the text into elements', () => {
    const text = '<img src=x onerror=alert(1)> <b>bold</b> <script>alert(2)</script>';
    const { container } = render(
      <p>
        <HighlightedText value={{ text, ranges: [[32, 36]] }} />
      </p>,
    );
    const paragraph = container.querySelector('p')!;
    expect(paragraph).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(Array.from(paragraph.querySelectorAll('*'), (element) => element.tagName)).toEqual(['MARK']);
    expect(paragraph.querySelector('mark')).toHaveTextContent('bold');
  });
});
