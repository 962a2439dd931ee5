namespace OncoAnswer.Cli.Infrastructure;

/// <summary>Where the run store lives unless <c>--store</c> says otherwise (git-ignored).</summary>
internal static class StoreDefaults
{
    public const string Path = ".oncoanswer/runs.db";
}
