using System.Diagnostics;
using System.Globalization;
using OncoAnswer.Harness.Runs;
using Spectre.Console;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>
/// Progress of a run per generator: scenarios done of total, errors and time remaining. On a terminal it is a live
/// Spectre.Console progress display; without one (CI logs, pipes) or with NO_COLOR it degrades to plain lines, one
/// per generator each time another tenth of its scenarios is done, with no ANSI codes and no cursor movement.
/// </summary>
internal sealed class RunProgress
{
    private readonly IAnsiConsole console;
    private readonly Dictionary<string, Counter> counters;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private TimeSpan lastResultAt;

    /// <param name="console">Where progress goes.</param>
    /// <param name="totals">Results planned per generator, in display order.</param>
    public RunProgress(IAnsiConsole console, IReadOnlyList<(string Generator, int Total)> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        this.console = console;
        counters = totals.ToDictionary(t => t.Generator, t => new Counter(t.Total), StringComparer.Ordinal);
        Order = totals.Select(t => t.Generator).ToList();
    }

    private IReadOnlyList<string> Order { get; }

    /// <summary>Whether the live display is used (a terminal that understands ANSI and NO_COLOR unset).</summary>
    public bool Live => console.Profile.Capabilities.Ansi && console.Profile.Capabilities.Interactive;

    /// <summary>Counts results that were already stored before this process (a resumed run).</summary>
    public void Preload(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            if (counters.TryGetValue(result.Generator, out var c))
            {
                c.Done++;
                c.Preloaded++;
                c.Errors += result.Verdict == Verdict.Error ? 1 : 0;
            }
        }
    }

    /// <summary>Sets every generator's total (a resumed run keeps its own repeat count and shard).</summary>
    public void Retotal(int total)
    {
        lock (gate)
        {
            foreach (var c in counters.Values)
            {
                c.Total = total;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/>, giving it the per-result callback that moves the progress on.</summary>
    public async Task<T> TrackAsync<T>(Func<Action<ScenarioResult>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Live)
        {
            return await work(Plain).ConfigureAwait(false);
        }

        T outcome = default!;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = Order.ToDictionary(
                    g => g,
                    g => context.AddTask(Describe(g), maxValue: Math.Max(1, counters[g].Total)).Value(counters[g].Done),
                    StringComparer.Ordinal);
                outcome = await work(result =>
                {
                    lock (gate)
                    {
                        if (Count(result) is { } name)
                        {
                            tasks[name].MaxValue = Math.Max(1, counters[name].Total);
                            tasks[name].Value = counters[name].Done;
                            tasks[name].Description = Describe(name);
                        }
                    }
                }).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                {
                    task.StopTask();
                }
            }).ConfigureAwait(false);
        return outcome;
    }

    private void Plain(ScenarioResult result)
    {
        lock (gate)
        {
            if (Count(result) is not { } name)
            {
                return;
            }

            var c = counters[name];
            var tenth = c.Total == 0 ? 10 : c.Done * 10 / c.Total;
            if (tenth > c.LastTenth || c.Done == c.Total)
            {
                c.LastTenth = tenth;
                console.WriteLine("progress: " + Describe(name) + Eta(c));
            }
        }
    }

    private string? Count(ScenarioResult result)
    {
        if (!counters.TryGetValue(result.Generator, out var c))
        {
            return null;
        }

        if (c.Done == c.Preloaded)
        {
            // Generators run one after another: this one's clock starts when the previous one's last result came.
            c.StartedAt = lastResultAt;
        }

        lastResultAt = clock.Elapsed;
        c.Done++;
        c.Errors += result.Verdict == Verdict.Error ? 1 : 0;
        c.Failed += result.Verdict == Verdict.Fail ? 1 : 0;
        c.Reviews += result.Verdict == Verdict.Review ? 1 : 0;
        return result.Generator;
    }

    private string Describe(string generator)
    {
        var c = counters[generator];
        var text = string.Create(CultureInfo.InvariantCulture, $"{generator}: {c.Done}/{c.Total} scenarios, {c.Failed} fail, {c.Reviews} review, {c.Errors} error");
        return Live ? Markup.Escape(text) : text;
    }

    private string Eta(Counter c)
    {
        var fresh = c.Done - c.Preloaded;
        if (c.Done >= c.Total || fresh <= 0)
        {
            return c.Done >= c.Total ? ", done" : "";
        }

        var remaining = TimeSpan.FromSeconds((clock.Elapsed - c.StartedAt).TotalSeconds / fresh * (c.Total - c.Done));
        return ", about " + remaining.ToString(remaining.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) + " left";
    }

    private sealed class Counter(int total)
    {
        public int Total { get; set; } = total;

        public int Done { get; set; }

        public int Preloaded { get; set; }

        public int Failed { get; set; }

        public int Reviews { get; set; }

        public int Errors { get; set; }

        public int LastTenth { get; set; }

        public TimeSpan StartedAt { get; set; }
    }
}
