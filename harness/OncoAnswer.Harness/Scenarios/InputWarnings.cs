namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Warnings about input that is read anyway (e.g. invalid UTF-8 replaced by U+FFFD), each at its file and line. The
/// command line listens for the command it runs and prints them on stderr; without a listener they are dropped.
/// </summary>
public static class InputWarnings
{
    private static readonly AsyncLocal<Action<InputError>?> Listener = new();

    /// <summary>Sends the warnings raised in this asynchronous flow to <paramref name="listener"/> until the result is disposed.</summary>
    public static IDisposable Listen(Action<InputError> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var previous = Listener.Value;
        Listener.Value = listener;
        return new Restore(previous);
    }

    /// <summary>Raises a warning at <paramref name="location"/>.</summary>
    public static void Warn(SourceLocation location, string message) => Listener.Value?.Invoke(new InputError(location, message));

    private sealed class Restore(Action<InputError>? previous) : IDisposable
    {
        public void Dispose() => Listener.Value = previous;
    }
}
