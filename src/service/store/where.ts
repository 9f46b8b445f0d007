/** A WHERE clause of ANDed conditions with named parameters, for the store's filtered queries. */
export class Where {
  readonly params: Record<string, unknown> = {};
  private readonly clauses: string[] = [];

  /** column IN (...) when values are given; nothing when the list is absent or empty. */
  in(column: string, name: string, values: readonly string[] | undefined): this {
    if (values && values.length > 0) {
      const names = values.map((value, i) => {
        this.params[`${name}${i}`] = value;
        return `@${name}${i}`;
      });
      this.clauses.push(`${column} IN (${names.join(', ')})`);
    }
    return this;
  }

  equals(column: string, name: string, value: string | undefined): this {
    if (value !== undefined) {
      this.params[name] = value;
      this.clauses.push(`${column} = @${name}`);
    }
    return this;
  }

  /** from <= time < to, each bound only when given. */
  timeRange(from: number | undefined, to: number | undefined): this {
    if (from !== undefined) {
      this.params.from = from;
      this.clauses.push('time >= @from');
    }
    if (to !== undefined) {
      this.params.to = to;
      this.clauses.push('time < @to');
    }
    return this;
  }

  get sql(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
