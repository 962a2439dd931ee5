using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// Combines the runs of a sharded suite (<c>--shard i/n</c>) into one run: same suites (suite hash) and generators
/// required, no result twice; results in plan order, so merged shards equal the unsharded run apart from timings.
/// </summary>
public static class RunMerger
{
    /// <summary>Merges <paramref name="parts"/> (named by <paramref name="names"/> in errors) into a new run.</summary>
    public static RunResult Merge(IReadOnlyList<RunResult> parts, IReadOnlyList<string> names, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(names);
        if (parts.Count == 0)
        {
            throw new InputException(new SourceLocation("merge", 0, 0), "give at least one run to merge.");
        }

        var first = parts[0].Run;
        var errors = new List<InputError>();
        for (var i = 1; i < parts.Count; i++)
        {
            var run = parts[i].Run;
            if (!string.Equals(run.SuiteHash, first.SuiteHash, StringComparison.Ordinal))
            {
                errors.Add(new InputError(new SourceLocation(names[i], 0, 0), $"ran other suites than {names[0]} (suite hash {run.SuiteHash} vs {first.SuiteHash}); merge only shards of one plan."));
            }

            if (!run.Generators.SequenceEqual(first.Generators, StringComparer.Ordinal))
            {
                errors.Add(new InputError(new SourceLocation(names[i], 0, 0), $"used generators {string.Join(", ", run.Generators)}, not {string.Join(", ", first.Generators)} as {names[0]}."));
            }
        }

        var shards = parts.Select(p => p.Run.Shard is null ? null : ShardSpec.TryParse(p.Run.Shard, out _)).ToList();
        if (shards.All(s => s is not null) && shards.Select(s => s!.Value.Count).Distinct().Count() == 1)
        {
            var count = shards[0]!.Value.Count;
            var missing = Enumerable.Range(1, count).Where(i => shards.All(s => s!.Value.Index != i)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new InputError(new SourceLocation("merge", 0, 0), $"shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))} missing; give every shard's run so the merged run is complete."));
            }
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var r in parts[i].Results)
            {
                if (!seen.TryAdd($"{r.ScenarioId}\u001f{r.Variant}\u001f{r.Generator}\u001f{r.Attempt}", names[i]))
                {
                    errors.Add(new InputError(new SourceLocation(names[i], 0, 0), $"has scenario '{r.ScenarioId}' ({r.Generator}, attempt {r.Attempt}) that {seen[$"{r.ScenarioId}\u001f{r.Variant}\u001f{r.Generator}\u001f{r.Attempt}"]} has too; the same shard was given twice?"));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var record = first with
        {
            Id = Runner.NewRunId(now),
            StartedAt = parts.Min(p => p.Run.StartedAt),
            FinishedAt = parts.Max(p => p.Run.FinishedAt),
            Cancelled = parts.Any(p => p.Run.Cancelled),
            Shard = null,
            Tags = parts.SelectMany(p => p.Run.Tags).Append("merged").Distinct(StringComparer.Ordinal).ToList(),
        };
        var results = parts.SelectMany(p => p.Results)
            .OrderBy(r => r.Position)
            .ThenBy(r => r.Generator, StringComparer.Ordinal)
            .ThenBy(r => r.Variant, StringComparer.Ordinal)
            .ThenBy(r => r.Attempt)
            .ToList();
        return new RunResult(record, parts.Sum(p => p.Planned), results);
    }
}
