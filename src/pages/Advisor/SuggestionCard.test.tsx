import { readableTemplate } from './SuggestionCard';

describe('readableTemplate', () => {
  it('shows template fields by name', () => {
    expect(readableTemplate('Collector {{ $labels.collector }} on {{$labels.instance}} is at {{ $value }}')).toBe(
      'Collector ‹collector› on ‹instance› is at ‹value›'
    );
  });
});
