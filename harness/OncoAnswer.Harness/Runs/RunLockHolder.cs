using System.Globalization;

namespace OncoAnswer.Harness.Runs;

/// <summary>Who holds a run's lock: the process writing it (a run, a resume or one shard of it).</summary>
/// <param name="RunId">The locked run.</param>
/// <param name="Part">The part of the run locked: "" for the whole run, or a shard ("2/4") writing into a shared run.</param>
/// <param name="Owner">A token unique to the holding lease.</param>
/// <param name="Host">The machine of the holding process.</param>
/// <param name="ProcessId">The holding process.</param>
/// <param name="AcquiredAt">When the lock was taken.</param>
/// <param name="HeartbeatAt">When the holder last said it is alive (every the heartbeat interval, 10 s).</param>
public sealed record RunLockHolder(string RunId, string Part, string Owner, string Host, int ProcessId, DateTimeOffset AcquiredAt, DateTimeOffset HeartbeatAt)
{
    /// <summary>One line for messages: "pid 4242 on ci-runner-3, heartbeat 4 s ago".</summary>
    public string Describe(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"pid {ProcessId} on {Host}{(Part.Length == 0 ? "" : " (shard " + Part + ")")}, locked since {AcquiredAt:yyyy-MM-ddTHH:mm:ssZ}, last heartbeat {Math.Max(0, (int)(now - HeartbeatAt).TotalSeconds)} s ago");
}
