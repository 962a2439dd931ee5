namespace OncoAnswer.Harness.Runs;

/// <summary>A run as the store knows it.</summary>
/// <param name="Record">Its audit record (as last stored: the start record until it finishes).</param>
/// <param name="Planned">Results it planned.</param>
/// <param name="Stored">Results stored so far.</param>
/// <param name="Finished">True once the run finished or was cancelled; false while it runs or after a crash.</param>
public sealed record StoredRun(RunRecord Record, int Planned, int Stored, bool Finished)
{
    /// <summary>"running / interrupted", "cancelled" or "finished".</summary>
    public string Status => !Finished ? "unfinished" : Record.Cancelled ? "cancelled" : "finished";
}
